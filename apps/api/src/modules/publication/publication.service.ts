import type {
  GlossaryTermBody,
  Publication,
  PublicationSettings,
  UpdateGlossaryTermBody,
  UpdatePublicationBody,
} from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { unlessUniqueViolation } from '../../db/unique-violation';
import { recordPlanChange } from '../../journal';
import { ConflictError, NotFoundError, StaleVersionError } from '../../plugins/errors';
import { assertIfMatch } from '../../plugins/etag';
import { publicationRepository, toTerm } from './publication.repository';

const slugClash = (slug: string) =>
  new ConflictError(`Another plan’s public page already has the address "${slug}"`);
const termClash = (term: string) => new ConflictError(`The glossary already explains "${term}"`);

/** The manager's side of the public page: turning it on, its address, licence and glossary. */
export function publicationService(db: Db, now: () => Date) {
  async function settingsOf(tx: Db, planId: string): Promise<PublicationSettings> {
    const settings = await publicationRepository(tx).settings(planId);
    if (!settings) throw new NotFoundError('Plan');
    return settings;
  }

  async function termOf(tx: Db, termId: string) {
    const term = await publicationRepository(tx).term(termId);
    if (!term) throw new NotFoundError('Glossary term');
    return term;
  }

  return {
    async overview(planId: string): Promise<Publication> {
      const repo = publicationRepository(db);
      const settings = await settingsOf(db, planId);
      return { settings, glossary: await repo.glossary(planId), items: await repo.summaries(planId) };
    },

    /** Settings never saved have version 0: the first save creates them. */
    updateSettings: (
      actorId: string,
      planId: string,
      body: UpdatePublicationBody,
      ifMatch: number | null,
    ) => {
      const slug = body.slug;
      return unlessUniqueViolation(
        writeTransaction(db, async (tx) => {
          const before = await settingsOf(tx, planId);
          assertIfMatch(ifMatch, before, 'publication');
          const next = { ...before, ...body };
          const repo = publicationRepository(tx);
          if (await repo.slugTaken(next.slug, planId)) throw slugClash(next.slug);
          const values = {
            public: next.public,
            slug: next.slug,
            showLeadNames: next.showLeadNames,
            licenceName: next.licenceName,
            licenceUrl: next.licenceUrl,
          };
          const row =
            before.version === 0
              ? await repo.insertSettings(planId, values)
              : await repo.updateSettings(planId, before.version, values, now());
          if (!row)
            throw new StaleVersionError('This plan’s publication was changed by someone else', before);
          const after = await settingsOf(tx, planId);
          await recordPlanChange(tx, {
            actorId,
            planId,
            entityType: 'plan-publication',
            entityId: planId,
            operation: before.public === after.public ? 'update' : after.public ? 'publish' : 'unpublish',
            before,
            after,
          });
          return after;
        }),
        () => slugClash(slug ?? ''),
      );
    },

    addTerm: (actorId: string, planId: string, body: GlossaryTermBody) =>
      unlessUniqueViolation(
        writeTransaction(db, async (tx) => {
          await settingsOf(tx, planId);
          const repo = publicationRepository(tx);
          if (await repo.termTaken(planId, body.term)) throw termClash(body.term);
          const term = toTerm(await repo.insertTerm({ planId, ...body }));
          await recordPlanChange(tx, {
            actorId,
            planId,
            entityType: 'glossary-term',
            entityId: term.id,
            operation: 'create',
            after: term,
          });
          return term;
        }),
        () => termClash(body.term),
      ),

    updateTerm: (actorId: string, termId: string, body: UpdateGlossaryTermBody, ifMatch: number | null) =>
      unlessUniqueViolation(
        writeTransaction(db, async (tx) => {
          const row = await termOf(tx, termId);
          const before = toTerm(row);
          assertIfMatch(ifMatch, before, 'glossary term');
          const repo = publicationRepository(tx);
          if (body.term && (await repo.termTaken(row.planId, body.term, termId))) {
            throw termClash(body.term);
          }
          const updated = await repo.updateTerm(termId, before.version, body, now());
          if (!updated) throw new StaleVersionError('This glossary term was changed by someone else', before);
          const after = toTerm(updated);
          await recordPlanChange(tx, {
            actorId,
            planId: row.planId,
            entityType: 'glossary-term',
            entityId: termId,
            operation: 'update',
            before,
            after,
          });
          return after;
        }),
        () => termClash(body.term ?? ''),
      ),

    removeTerm: (actorId: string, termId: string, ifMatch: number | null) =>
      writeTransaction(db, async (tx) => {
        const row = await termOf(tx, termId);
        const before = toTerm(row);
        assertIfMatch(ifMatch, before, 'glossary term');
        await publicationRepository(tx).deleteTerm(termId);
        await recordPlanChange(tx, {
          actorId,
          planId: row.planId,
          entityType: 'glossary-term',
          entityId: termId,
          operation: 'delete',
          before,
        });
      }),
  };
}
