import {
  type Action,
  type CreateStatusUpdateBody,
  checkStatusUpdate,
  type SessionUser,
  type StatusUpdate,
} from '@ragboard/shared';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actions, statusUpdates } from '../../db/schema';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../../plugins/errors';
import { actionsRepository } from '../actions/actions.repository';
import { recordPlanChange } from '../plans/plan-changes';
import { assertPeriodTakesUpdates } from './period-rule';
import { statusUpdatesRepository, toStatusUpdate } from './status-updates.repository';
import { updateRights } from './update-rights';

/** The monthly round: status updates under the plan's rules, and the sign-off of Blue. */
export function statusUpdatesService(db: Db, now: () => Date) {
  async function detail(tx: Db, actionId: string): Promise<Action> {
    const action = await actionsRepository(tx).detail(actionId, now());
    if (!action) throw new NotFoundError('Action');
    return action;
  }

  /**
   * Claims the action's next version: of writers holding the same ETag, exactly one gets it, and
   * the others are told who won with the action as it now stands.
   */
  async function claimVersion(tx: Db, actionId: string, version: number) {
    const [row] = await tx
      .update(actions)
      .set({ version: sql`${actions.version} + 1`, updatedAt: now() })
      .where(and(eq(actions.id, actionId), eq(actions.version, version)))
      .returning({ version: actions.version });
    if (!row) throw new ConflictError('This action was changed by someone else', await detail(tx, actionId));
  }

  const NEEDS = {
    update: 'Only the action’s leads, its delivery-group lead or the manager may update it',
    signOff: 'Only the manager or the priority’s delivery-group lead may sign off or refuse it',
  };

  async function loadForWrite(
    tx: Db,
    user: SessionUser,
    actionId: string,
    ifMatch: number | null,
    need: keyof typeof NEEDS,
  ) {
    const action = await actionsRepository(tx).findById(actionId);
    if (!action) throw new NotFoundError('Action');
    const rights = await updateRights(tx, user, actionId);
    if (!rights[need]) throw new AppError(403, 'forbidden', NEEDS[need]);
    if (action.archivedAt) throw new ConflictError('This action is archived');
    if (ifMatch !== null && ifMatch !== action.version) {
      throw new ConflictError('This action was changed by someone else', await detail(tx, actionId));
    }
    return { action, rights };
  }

  return {
    history: async (actionId: string): Promise<StatusUpdate[]> => {
      await detail(db, actionId);
      return statusUpdatesRepository(db).history(actionId);
    },

    record: (user: SessionUser, actionId: string, body: CreateStatusUpdateBody, ifMatch: number | null) =>
      db.transaction(async (tx) => {
        const { action, rights } = await loadForWrite(tx, user, actionId, ifMatch, 'update');
        await assertPeriodTakesUpdates(tx, action.planId, body.period, now());
        const violations = checkStatusUpdate(body, action, now());
        if (violations.length > 0) {
          throw new ValidationError(
            violations.map((v) => v.message).join('; '),
            violations.map((v) => ({ path: `body.${v.field}`, message: v.message })),
          );
        }
        await claimVersion(tx, actionId, action.version);
        const repo = statusUpdatesRepository(tx);
        const at = now();
        const signsOff = body.status === 'Blue' && rights.signOff;
        const earlierAwaiting = await repo.awaitingBlue(actionId);
        const row = await repo.insert({
          actionId,
          period: body.period,
          status: body.status,
          note: body.note?.trim() || null,
          revisedDue: body.status === 'Red' ? (body.revisedDue ?? null) : null,
          authorId: user.id,
          createdAt: at,
          ...(signsOff ? { signedOffById: user.id, signedOffAt: at } : {}),
        });
        if (earlierAwaiting) await repo.mark(earlierAwaiting.id, { supersededById: row.id });
        // A lead's Blue waits for sign-off; until then the action keeps the status it had.
        if (body.status !== 'Blue' || signsOff) {
          await repo.supersede(actionId, body.period, row.id);
          const [current] = action.currentUpdateId
            ? await tx
                .select({ period: statusUpdates.period })
                .from(statusUpdates)
                .where(eq(statusUpdates.id, action.currentUpdateId))
            : [];
          if (!current || current.period <= body.period) {
            const revisedDue =
              body.status === 'Red' ? row.revisedDue : body.status === 'Blue' ? null : action.revisedDue;
            await tx
              .update(actions)
              .set({ status: body.status, revisedDue, currentUpdateId: row.id })
              .where(eq(actions.id, actionId));
          }
        }
        const after = await detail(tx, actionId);
        await recordPlanChange(tx, {
          actorId: user.id,
          planId: action.planId,
          entityType: 'action',
          entityId: actionId,
          operation: signsOff ? 'status-update-signed-off' : 'status-update',
          before: { status: action.status, revisedDue: action.revisedDue, version: action.version },
          after: {
            update: toStatusUpdate(row, user.displayName, signsOff ? user.displayName : null, null),
            status: after.status,
          },
        });
        return {
          update: toStatusUpdate(row, user.displayName, signsOff ? user.displayName : null, null),
          action: after,
        };
      }),

    signOff: (user: SessionUser, actionId: string, note: string | null, ifMatch: number | null) =>
      db.transaction(async (tx) => {
        const { action } = await loadForWrite(tx, user, actionId, ifMatch, 'signOff');
        const repo = statusUpdatesRepository(tx);
        const awaiting = await repo.awaitingBlue(actionId);
        if (!awaiting) throw new ConflictError('Nothing is awaiting sign-off on this action');
        await claimVersion(tx, actionId, action.version);
        const signed = await repo.mark(awaiting.id, {
          signedOffById: user.id,
          signedOffAt: now(),
          signOffNote: note?.trim() || null,
        });
        await repo.supersede(actionId, awaiting.period, awaiting.id);
        await tx
          .update(actions)
          .set({ status: 'Blue', revisedDue: null, currentUpdateId: awaiting.id })
          .where(eq(actions.id, actionId));
        const after = await detail(tx, actionId);
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
      db.transaction(async (tx) => {
        const { action } = await loadForWrite(tx, user, actionId, ifMatch, 'signOff');
        const repo = statusUpdatesRepository(tx);
        const awaiting = await repo.awaitingBlue(actionId);
        if (!awaiting) throw new ConflictError('Nothing is awaiting sign-off on this action');
        await claimVersion(tx, actionId, action.version);
        await repo.mark(awaiting.id, { rejectedById: user.id, rejectedAt: now(), rejectionReason: reason });
        const after = await detail(tx, actionId);
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
