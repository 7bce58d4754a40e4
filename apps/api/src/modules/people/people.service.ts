import type { CreatePersonBody, Person, UpdatePersonBody } from '@ragboard/shared';
import { announce, writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { announcePlanChange, recordAudit } from '../../journal';
import { ConflictError, NotFoundError, StaleVersionError, ValidationError } from '../../plugins/errors';
import { assertIfMatch } from '../../plugins/etag';
import { organisationsRepository } from '../organisations';
import { peopleRepository } from './people.repository';

/** Leads and owners must be people who exist and were not merged away. */
export async function assertLivePeople(db: Db, ids: (string | null | undefined)[], path: string) {
  const wanted = ids.filter((id): id is string => Boolean(id));
  const live = await peopleRepository(db).liveIds(wanted);
  if (wanted.some((id) => !live.has(id))) {
    throw new ValidationError('No such person', [{ path, message: 'Choose a person from the list' }]);
  }
}

async function assertOrganisation(db: Db, organisationId: string | null | undefined) {
  if (!organisationId) return;
  if (!(await organisationsRepository(db).exists(organisationId))) {
    throw new ValidationError('No such organisation', [
      { path: 'body.organisationId', message: 'Choose an organisation from the list' },
    ]);
  }
}

/**
 * People as records (leads, owners, account holders). A name change shows in every plan's tree,
 * so each write bumps every plan's revision.
 */
export function peopleService(db: Db, now: () => Date) {
  async function load(repo: ReturnType<typeof peopleRepository>, id: string): Promise<Person> {
    const person = await repo.detail(id);
    if (!person) throw new NotFoundError('Person');
    return person;
  }

  return {
    list: (q?: string) => peopleRepository(db).list(q),

    create: (actorId: string, body: CreatePersonBody) =>
      writeTransaction(db, async (tx) => {
        await assertOrganisation(tx, body.organisationId);
        const repo = peopleRepository(tx);
        const row = await repo.insert(body);
        const person = await load(repo, row.id);
        await recordAudit(tx, {
          actorId,
          entityType: 'person',
          entityId: row.id,
          operation: 'create',
          after: person,
        });
        await announcePlanChange(tx);
        return person;
      }),

    update: (actorId: string, personId: string, body: UpdatePersonBody, ifMatch: number | null) =>
      writeTransaction(db, async (tx) => {
        const repo = peopleRepository(tx);
        const before = await load(repo, personId);
        assertIfMatch(ifMatch, before, 'person');
        await assertOrganisation(tx, body.organisationId);
        if (!(await repo.update(personId, before.version, body, now()))) {
          throw new StaleVersionError('This person was changed by someone else', before);
        }
        const after = await load(repo, personId);
        await recordAudit(tx, {
          actorId,
          entityType: 'person',
          entityId: personId,
          operation: 'update',
          before,
          after,
        });
        await announcePlanChange(tx);
        return after;
      }),

    /** Two records of one person become one: everything the first led or owned moves to `intoId`. */
    merge: (actorId: string, personId: string, intoId: string) =>
      writeTransaction(db, async (tx) => {
        const repo = peopleRepository(tx);
        const from = await load(repo, personId);
        const refuse = (message: string) => new ValidationError(message, [{ path: 'body.intoId', message }]);
        if (intoId === personId) throw refuse('Choose another person to merge into');
        if (!(await repo.liveIds([intoId])).has(intoId)) throw refuse('Choose a person from the list');
        if ((await repo.accountIds([personId, intoId])).length > 1) {
          throw new ConflictError('Both people have accounts: unlink one account before merging');
        }
        for (const id of await repo.moveReferences(personId, intoId)) {
          await announce(tx, { kind: 'user', id });
        }
        await repo.mergeInto(personId, intoId, now());
        const into = await load(repo, intoId);
        await recordAudit(tx, {
          actorId,
          entityType: 'person',
          entityId: personId,
          operation: 'merge',
          before: from,
          after: { mergedIntoId: intoId, into },
        });
        await announcePlanChange(tx);
        return into;
      }),
  };
}
