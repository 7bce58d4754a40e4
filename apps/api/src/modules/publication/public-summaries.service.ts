import type { PublicItemKind, PublicSummary, SessionUser, WritePublicSummaryBody } from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { unlessUniqueViolation } from '../../db/unique-violation';
import { recordPlanChange } from '../../journal';
import {
  AppError,
  ConflictError,
  NotFoundError,
  StaleVersionError,
  ValidationError,
} from '../../plugins/errors';
import { assertIfMatch } from '../../plugins/etag';
import { kpisRepository } from '../kpis';
import { updateRights } from '../status-updates';
import { publicationRepository, type SummaryValues } from './publication.repository';

const ITEM_NAMES: Record<PublicItemKind, string> = { action: 'Action', kpi: 'KPI' };
const changedMeanwhile = () => new ConflictError('This summary was changed by someone else');

/**
 * Summaries for the public page. The item's lead (an action's lead or delivery-group lead, a KPI's
 * owner) or the manager writes the draft; only the manager approves it, which publishes that exact
 * text. A later edit does not reach the public until approved again.
 */
export function publicSummariesService(db: Db, now: () => Date) {
  async function load(tx: Db, kind: PublicItemKind, itemId: string): Promise<PublicSummary> {
    const summary = await publicationRepository(tx).summary(kind, itemId);
    if (!summary) throw new NotFoundError(ITEM_NAMES[kind]);
    return summary;
  }

  async function mayWrite(tx: Db, user: SessionUser, kind: PublicItemKind, itemId: string) {
    if (user.role === 'manager') return true;
    if (kind === 'action') return (await updateRights(tx, user, itemId)).update;
    if (user.role !== 'lead' || !user.personId) return false;
    return (await kpisRepository(tx).ownerId(itemId)) === user.personId;
  }

  /** Writes the summary row (the first write creates it), audited, bumping the plan's revision. */
  async function save(
    tx: Db,
    actorId: string,
    before: PublicSummary,
    values: SummaryValues,
    operation: string,
  ): Promise<PublicSummary> {
    const repo = publicationRepository(tx);
    const row =
      before.version === 0
        ? await repo.insertSummary(before.kind, before.itemId, before.planId, values, now())
        : await repo.updateSummary(before.kind, before.itemId, before.version, values, now());
    if (!row) throw new StaleVersionError('This summary was changed by someone else', before);
    const after = await load(tx, before.kind, before.itemId);
    await recordPlanChange(tx, {
      actorId,
      planId: before.planId,
      entityType: 'public-summary',
      entityId: before.itemId,
      operation,
      before: { ...before, title: undefined },
      after: { ...after, title: undefined },
    });
    return after;
  }

  return {
    get: (kind: PublicItemKind, itemId: string) => load(db, kind, itemId),

    write: (
      user: SessionUser,
      kind: PublicItemKind,
      itemId: string,
      body: WritePublicSummaryBody,
      ifMatch: number | null,
    ) =>
      unlessUniqueViolation(
        writeTransaction(db, async (tx) => {
          const before = await load(tx, kind, itemId);
          if (!(await mayWrite(tx, user, kind, itemId))) {
            throw new AppError(
              403,
              'forbidden',
              'Only its lead or the partnership manager may write this summary',
            );
          }
          assertIfMatch(ifMatch, before, 'summary');
          const values = { said: body.said, happened: body.happened, writtenById: user.id, writtenAt: now() };
          return save(tx, user.id, before, values, 'write');
        }),
        changedMeanwhile,
      ),

    /** Publishes the draft as it stands: the manager approves the text they were shown (If-Match). */
    approve: (actorId: string, kind: PublicItemKind, itemId: string, ifMatch: number | null) =>
      writeTransaction(db, async (tx) => {
        const before = await load(tx, kind, itemId);
        assertIfMatch(ifMatch, before, 'summary');
        const missing = [
          before.said
            ? null
            : { path: 'body.said', message: 'Write what we said we would do before approving' },
          before.happened
            ? null
            : { path: 'body.happened', message: 'Write what has happened before approving' },
        ].filter((issue) => issue !== null);
        if (missing.length > 0) throw new ValidationError('The summary is not complete', missing);
        const values = {
          publishedSaid: before.said,
          publishedHappened: before.happened,
          approvedById: actorId,
          approvedAt: now(),
        };
        return save(tx, actorId, before, values, 'approve');
      }),

    /** Takes the item off the public page; its draft stays for a later approval. */
    withdraw: (actorId: string, kind: PublicItemKind, itemId: string, ifMatch: number | null) =>
      writeTransaction(db, async (tx) => {
        const before = await load(tx, kind, itemId);
        assertIfMatch(ifMatch, before, 'summary');
        if (!before.published) return before;
        const values = { publishedSaid: null, publishedHappened: null, approvedById: null, approvedAt: null };
        return save(tx, actorId, before, values, 'withdraw');
      }),
  };
}
