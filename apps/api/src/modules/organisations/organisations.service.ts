import type { CreateOrganisationBody, Organisation, UpdateOrganisationBody } from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { unlessUniqueViolation } from '../../db/unique-violation';
import { announcePlanChange, recordAudit } from '../../journal';
import { ConflictError, NotFoundError, StaleVersionError } from '../../plugins/errors';
import { assertIfMatch } from '../../plugins/etag';
import { organisationsRepository } from './organisations.repository';

const nameClash = () => new ConflictError('An organisation with that name already exists');

/** Organisations show beside every lead's name, so each write announces a change of every plan. */
export function organisationsService(db: Db) {
  async function load(repo: ReturnType<typeof organisationsRepository>, id: string): Promise<Organisation> {
    const organisation = await repo.detail(id);
    if (!organisation) throw new NotFoundError('Organisation');
    return organisation;
  }

  return {
    list: () => organisationsRepository(db).list(),

    create: (actorId: string, body: CreateOrganisationBody) =>
      unlessUniqueViolation(
        writeTransaction(db, async (tx) => {
          const repo = organisationsRepository(tx);
          if (await repo.nameTaken(body.name)) throw nameClash();
          const row = await repo.insert(body);
          const organisation = await load(repo, row.id);
          await recordAudit(tx, {
            actorId,
            entityType: 'organisation',
            entityId: row.id,
            operation: 'create',
            after: organisation,
          });
          await announcePlanChange(tx);
          return organisation;
        }),
        nameClash,
      ),

    update: (actorId: string, organisationId: string, body: UpdateOrganisationBody, ifMatch: number | null) =>
      unlessUniqueViolation(
        writeTransaction(db, async (tx) => {
          const repo = organisationsRepository(tx);
          const before = await load(repo, organisationId);
          assertIfMatch(ifMatch, before, 'organisation');
          if (body.name && (await repo.nameTaken(body.name, organisationId))) throw nameClash();
          if (!(await repo.update(organisationId, before.version, body))) {
            throw new StaleVersionError(
              'This organisation was changed by someone else',
              await load(repo, organisationId),
            );
          }
          const after = await load(repo, organisationId);
          await recordAudit(tx, {
            actorId,
            entityType: 'organisation',
            entityId: organisationId,
            operation: 'update',
            before,
            after,
          });
          await announcePlanChange(tx);
          return after;
        }),
        nameClash,
      ),
  };
}
