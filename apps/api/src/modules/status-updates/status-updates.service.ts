import type {
  Action,
  CreateStatusUpdateBody,
  FieldIssue,
  SessionUser,
  StatusUpdate,
  StatusUpdateBatchReply,
  StatusUpdateEntry,
  StatusUpdateReply,
} from '@ragboard/shared';
import { eq, sql } from 'drizzle-orm';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { attachments, plans } from '../../db/schema';
import { ConflictError, NotFoundError, StaleVersionError, ValidationError } from '../../plugins/errors';
import { recordPlanChange } from '../plans/plan-changes';
import { actionWrites } from './action-writes';
import { type CheckedUpdate, checkUpdate, writeUpdate } from './record-update';
import { statusUpdatesRepository } from './status-updates.repository';
import { asUser, type UpdateAuthor } from './update-author';

/**
 * The action as it now stands, when one action's entry was refused because the action moved on:
 * someone saved first (`stale_version`, the action in `details.current`), or it was archived (a
 * `conflict` carrying the action itself). Null for any other refusal.
 */
function movedOn(error: unknown): Action | null {
  if (error instanceof StaleVersionError) return error.details.current as Action;
  if (error instanceof ConflictError && typeof (error.details as Action | undefined)?.version === 'number')
    return error.details as Action;
  return null;
}

/** The monthly round: status updates under the plan's rules, and the sign-off of Blue. */
/** Whether the plan asks for evidence before sign-off and the update has no complete file not removed. */
async function evidenceMissing(db: Db, planId: string, statusUpdateId: string): Promise<boolean> {
  const [row] = await db
    .select({
      needs: plans.signOffNeedsEvidence,
      files: sql<number>`(select count(*)::int from ${attachments}
        where ${attachments.statusUpdateId} = ${statusUpdateId} and ${attachments.completedAt} is not null
          and ${attachments.removedAt} is null)`,
    })
    .from(plans)
    .where(eq(plans.id, planId));
  return Boolean(row?.needs) && Number(row?.files ?? 0) === 0;
}

export function statusUpdatesService(db: Db, now: () => Date) {
  /**
   * Checks every entry before writing any, so one reply names every refused field (paths
   * `body.updates.N.field`) or every action someone else changed; then writes them all.
   */
  async function recordEach(
    tx: Db,
    author: UpdateAuthor,
    entries: StatusUpdateEntry[],
  ): Promise<StatusUpdateReply[]> {
    const checked: CheckedUpdate[] = [];
    const issues: FieldIssue[] = [];
    const conflicts: { actionId: string; action: Action }[] = [];
    for (const [i, entry] of entries.entries()) {
      try {
        checked.push(await checkUpdate(tx, now, author, entry.actionId, entry, entry.version));
      } catch (error) {
        if (error instanceof ValidationError) {
          for (const issue of error.details as FieldIssue[]) {
            issues.push({
              path: issue.path.replace(/^body\./, `body.updates.${i}.`),
              message: issue.message,
            });
          }
        } else if (error instanceof NotFoundError) {
          issues.push({ path: `body.updates.${i}.actionId`, message: 'No such action' });
        } else {
          const action = movedOn(error);
          if (!action) throw error;
          conflicts.push({ actionId: entry.actionId, action });
        }
      }
    }
    if (issues.length > 0) {
      throw new ValidationError(issues.map((issue) => issue.message).join('; '), issues);
    }
    if (conflicts.length > 0) throw batchConflict(conflicts);
    const results: StatusUpdateReply[] = [];
    for (const update of checked) {
      try {
        results.push(await writeUpdate(tx, now, author, update));
      } catch (error) {
        // Another writer committed between this check and this write: nothing here is kept.
        const action = movedOn(error);
        if (action) throw batchConflict([{ actionId: update.target.action.id, action }]);
        throw error;
      }
    }
    return results;
  }

  function batchConflict(conflicts: { actionId: string; action: Action }[]) {
    const message =
      conflicts.length === 1
        ? `Action ${conflicts[0]!.action.ref} was changed by someone else`
        : `${conflicts.length} of these actions were changed by someone else`;
    return new ConflictError(`${message}: nothing was saved`, { conflicts });
  }

  return {
    history: async (actionId: string): Promise<StatusUpdate[]> => {
      await actionWrites(db, now).detail(actionId);
      return statusUpdatesRepository(db).history(actionId);
    },

    /**
     * One update needs no transaction: it is read in one statement and written in one, which claims
     * the version the checks read (decision 033).
     */
    async record(user: SessionUser, actionId: string, body: CreateStatusUpdateBody, ifMatch: number | null) {
      const author = asUser(user);
      return writeUpdate(db, now, author, await checkUpdate(db, now, author, actionId, body, ifMatch));
    },

    /** Several actions' updates in one transaction: all are saved, or none. */
    recordMany: (author: UpdateAuthor, entries: StatusUpdateEntry[]): Promise<StatusUpdateBatchReply> =>
      writeTransaction(db, async (tx) => ({ results: await recordEach(tx, author, entries) })),

    recordEach,

    signOff: (user: SessionUser, actionId: string, note: string | null, ifMatch: number | null) =>
      writeTransaction(db, async (tx) => {
        const writes = actionWrites(tx, now);
        const { action } = await writes.load(asUser(user), actionId, ifMatch, 'signOff');
        const repo = statusUpdatesRepository(tx);
        const awaiting = await repo.awaitingBlue(actionId);
        if (!awaiting) throw new ConflictError('Nothing is awaiting sign-off on this action');
        if (await evidenceMissing(tx, action.planId, awaiting.id))
          throw new ConflictError(
            'This plan signs a Blue off only with evidence: attach a file to the update before signing it off',
          );
        await writes.claimVersion(actionId, action.version);
        const signed = await repo.mark(awaiting.id, {
          signedOffById: user.id,
          signedOffAt: now(),
          signOffNote: note?.trim() || null,
        });
        await repo.supersede(actionId, awaiting.period, awaiting.id);
        await repo.setCurrent(actionId, awaiting, action.revisedDue);
        const after = await writes.detail(actionId);
        await recordPlanChange(tx, {
          actorId: user.id,
          planId: action.planId,
          entityType: 'action',
          entityId: actionId,
          operation: 'sign-off',
          before: { status: action.status, version: action.version },
          after: { status: 'Blue', updateId: signed.id, note: signed.signOffNote },
        });
        return after;
      }),

    reject: (user: SessionUser, actionId: string, reason: string, ifMatch: number | null) =>
      writeTransaction(db, async (tx) => {
        const writes = actionWrites(tx, now);
        const { action } = await writes.load(asUser(user), actionId, ifMatch, 'signOff');
        const repo = statusUpdatesRepository(tx);
        const awaiting = await repo.awaitingBlue(actionId);
        if (!awaiting) throw new ConflictError('Nothing is awaiting sign-off on this action');
        await writes.claimVersion(actionId, action.version);
        await repo.mark(awaiting.id, { rejectedById: user.id, rejectedAt: now(), rejectionReason: reason });
        const after = await writes.detail(actionId);
        await recordPlanChange(tx, {
          actorId: user.id,
          planId: action.planId,
          entityType: 'action',
          entityId: actionId,
          operation: 'sign-off-rejected',
          before: { status: action.status, version: action.version },
          after: { status: after.status, updateId: awaiting.id, reason },
        });
        return after;
      }),
  };
}
