import { type CreateStatusUpdateBody, checkStatusUpdate, type StatusUpdateReply } from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { statusUpdates } from '../../db/schema';
import { ValidationError } from '../../plugins/errors';
import { recordPlanChange } from '../plans/plan-changes';
import { actionWrites } from './action-writes';
import { assertPeriodTakesUpdates } from './period-rule';
import { statusUpdatesRepository, toStatusUpdate } from './status-updates.repository';
import { auditActor, authorColumns, authorName, type UpdateAuthor } from './update-author';

/** Every check an update must pass before anything is written; throws the first refusal. */
export async function checkUpdate(
  tx: Db,
  now: () => Date,
  author: UpdateAuthor,
  actionId: string,
  body: CreateStatusUpdateBody,
  ifMatch: number | null,
) {
  const { action, rights } = await actionWrites(tx, now).load(author, actionId, ifMatch, 'update');
  await assertPeriodTakesUpdates(tx, action.planId, body.period, now());
  const violations = checkStatusUpdate(body, action, now());
  if (violations.length > 0) {
    throw new ValidationError(
      violations.map((v) => v.message).join('; '),
      violations.map((v) => ({ path: `body.${v.field}`, message: v.message })),
    );
  }
  return { action, rights, body };
}

export type CheckedUpdate = Awaited<ReturnType<typeof checkUpdate>>;

/**
 * Writes a checked update: a new row (history is never rewritten), the earlier one of the period
 * superseded, the action's current state moved forward, and the audit entry.
 */
export async function writeUpdate(
  tx: Db,
  now: () => Date,
  author: UpdateAuthor,
  { action, rights, body }: CheckedUpdate,
): Promise<StatusUpdateReply> {
  const writes = actionWrites(tx, now);
  await writes.claimVersion(action.id, action.version);
  const repo = statusUpdatesRepository(tx);
  const at = now();
  const signsOff = body.status === 'Blue' && rights.signOff;
  const signer = author.kind === 'user' && signsOff ? author.user : null;
  const earlierAwaiting = await repo.awaitingBlue(action.id);
  const row = await repo.insert({
    actionId: action.id,
    period: body.period,
    status: body.status,
    note: body.note?.trim() || null,
    revisedDue: body.status === 'Red' ? (body.revisedDue ?? null) : null,
    ...authorColumns(author),
    createdAt: at,
    ...(signer ? { signedOffById: signer.id, signedOffAt: at } : {}),
  });
  if (earlierAwaiting) await repo.mark(earlierAwaiting.id, { supersededById: row.id });
  // A lead's Blue waits for sign-off; until then the action keeps the status it had.
  if (body.status !== 'Blue' || signsOff) {
    await repo.supersede(action.id, body.period, row.id);
    const [current] = action.currentUpdateId
      ? await tx
          .select({ period: statusUpdates.period })
          .from(statusUpdates)
          .where(eq(statusUpdates.id, action.currentUpdateId))
      : [];
    if (!current || current.period <= body.period) {
      await repo.setCurrent(action.id, row, action.revisedDue);
    }
  }
  const after = await writes.detail(action.id);
  const update = toStatusUpdate(row, authorName(author), signer?.displayName ?? null, null);
  await recordPlanChange(tx, {
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
  });
  return { update, action: after };
}
