import { randomUUID } from 'node:crypto';
import {
  type CreateStatusUpdateBody,
  checkStatusUpdate,
  revisedDueAfter,
  type StatusUpdateReply,
} from '@ragboard/shared';
import type { Db } from '../../db/client';
import type { statusUpdates } from '../../db/schema';
import {
  AppError,
  ConflictError,
  NotFoundError,
  StaleVersionError,
  ValidationError,
} from '../../plugins/errors';
import { isStale } from '../../plugins/etag';
import { historyWith, toActionDetail } from '../actions/action-detail';
import { closedPlanError } from '../plan-lifecycle/closed-plan-guard';
import { announcePlanChange } from '../plans/plan-changes';
import { actionWrites, NEEDS } from './action-writes';
import { assertPeriodTakesUpdates } from './period-rule';
import { saveUpdate } from './save-update';
import { toStatusUpdate } from './status-updates.repository';
import { auditActor, authorColumns, authorName, type UpdateAuthor } from './update-author';
import { authorPersonId, rightsOf } from './update-rights';
import { loadUpdateTarget } from './update-target';

/**
 * Every check an update must pass before anything is written, against the action as one statement
 * reads it (`loadUpdateTarget`); throws the first refusal.
 */
export async function checkUpdate(
  db: Db,
  now: () => Date,
  author: UpdateAuthor,
  actionId: string,
  body: CreateStatusUpdateBody,
  ifMatch: number | null,
) {
  const today = now();
  const target = await loadUpdateTarget(db, actionId, authorPersonId(author), today);
  if (!target) throw new NotFoundError('Action');
  // As the closed-plan guard would, before any other refusal (the route skips the guard).
  if (target.planState === 'closed') throw closedPlanError();
  const rights = rightsOf(author, target);
  if (!rights.update) throw new AppError(403, 'forbidden', NEEDS.update);
  const { action } = target;
  if (action.archivedAt) throw new ConflictError('This action is archived', toActionDetail(target, today));
  if (isStale(ifMatch, action.version)) {
    throw new StaleVersionError('This action was changed by someone else', toActionDetail(target, today));
  }
  assertPeriodTakesUpdates(target.periods, body.period, today);
  const violations = checkStatusUpdate(body, action, today);
  if (violations.length > 0) {
    throw new ValidationError(
      violations.map((v) => v.message).join('; '),
      violations.map((v) => ({ path: `body.${v.field}`, message: v.message })),
    );
  }
  return { target, rights, body };
}

export type CheckedUpdate = Awaited<ReturnType<typeof checkUpdate>>;

/**
 * Writes a checked update in one statement (`saveUpdate`): a new row (history is never rewritten),
 * the earlier one of the period superseded, the action's current state moved forward, and the
 * audit entry. The version it claims is the one the checks read, so the reply is worked out from
 * what was read and written, not read again.
 */
export async function writeUpdate(
  db: Db,
  now: () => Date,
  author: UpdateAuthor,
  { target, rights, body }: CheckedUpdate,
): Promise<StatusUpdateReply> {
  const { action } = target;
  const at = now();
  // Where the plan asks for evidence, even a Blue from someone who may sign off waits for it.
  const signsOff = body.status === 'Blue' && rights.signOff && !target.signOffNeedsEvidence;
  const signer = author.kind === 'user' && signsOff ? author.user : null;
  const row: typeof statusUpdates.$inferSelect = {
    id: randomUUID(),
    actionId: action.id,
    period: body.period,
    status: body.status,
    note: body.note?.trim() || null,
    revisedDue: body.status === 'Red' ? (body.revisedDue ?? null) : null,
    authorName: null,
    authorPersonId: null,
    updateRequestId: null,
    ...authorColumns(author),
    createdAt: at,
    supersededById: null,
    signedOffById: signer?.id ?? null,
    signedOffAt: signer ? at : null,
    signOffNote: null,
    rejectedById: null,
    rejectedAt: null,
    rejectionReason: null,
  };
  // A lead's Blue waits for sign-off; until then the action keeps the status it had. An update
  // to an earlier month than the current update's goes into the history only.
  const takesEffect = body.status !== 'Blue' || signsOff;
  const becomesCurrent =
    takesEffect && (!target.currentUpdateMonth || target.currentUpdateMonth <= body.period);
  const current = becomesCurrent
    ? { status: row.status, revisedDue: revisedDueAfter(row, action.revisedDue), currentUpdateId: row.id }
    : null;
  const after = { ...action, ...current, version: action.version + 1, updatedAt: at };
  const update = toStatusUpdate(row, authorName(author), signer?.displayName ?? null, null);
  const saved = await saveUpdate(db, {
    action,
    current,
    update: row,
    supersedesMonth: takesEffect,
    audit: {
      ...auditActor(author),
      planId: action.planId,
      entityType: 'action',
      entityId: action.id,
      operation: signsOff ? 'status-update-signed-off' : 'status-update',
      before: { status: action.status, revisedDue: action.revisedDue, version: action.version },
      after: {
        update,
        status: after.status,
        ...(author.kind === 'update-request'
          ? { via: 'update-request', updateRequestId: author.requestId }
          : {}),
      },
    },
  });
  // Another writer claimed this version since the checks read it: nothing was written.
  if (!saved) {
    throw new StaleVersionError(
      'This action was changed by someone else',
      await actionWrites(db, now).detail(action.id),
    );
  }
  await announcePlanChange(db, action.planId);
  // Every Blue awaiting sign-off is superseded by this update, so only this one can await it.
  const awaitingSignOff = body.status === 'Blue' && !signsOff && after.status !== 'Blue';
  const history = historyWith(target.history, row, takesEffect);
  return { update, action: toActionDetail({ ...target, action: after, awaitingSignOff, history }, at) };
}
