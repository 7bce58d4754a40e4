import { randomUUID } from 'node:crypto';
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
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { announcePlanChange, recordPlanChange } from '../../journal';
import {
  AppError,
  ConflictError,
  NotFoundError,
  StaleVersionError,
  ValidationError,
} from '../../plugins/errors';
import { closedPlanError } from '../plans';
import { undoRefusal } from './sign-off-undo';
import { statusUpdatesRepository } from './status-updates.repository';
import {
  type ActionWrite,
  asUser,
  authorPersonId,
  type Checked,
  checkRefusal,
  checkSignOff,
  checkUpdate,
  NEEDS,
  rightsOf,
  type UpdateAuthor,
  type UpdateRights,
  type Violation,
} from './update-checks';

const CHANGED = 'This action was changed by someone else';

/** The reply a refusal earns. */
function refusal(violations: Violation[]): AppError {
  const fields = violations.flatMap((v) => (v.kind === 'field' ? [v] : []));
  if (fields.length > 0) {
    return new ValidationError(
      fields.map((v) => v.message).join('; '),
      fields.map((v) => ({ path: `body.${v.field}`, message: v.message })),
    );
  }
  const [first] = violations;
  switch (first?.kind) {
    case 'no-action':
      return new NotFoundError('Action');
    case 'closed-plan':
      return closedPlanError();
    case 'forbidden':
      return new AppError(403, 'forbidden', first.message);
    // A stale version is told apart by its code (decision 048); an archived action stays a conflict.
    case 'moved-on':
      return first.why === 'stale'
        ? new StaleVersionError(first.message, first.action)
        : new ConflictError(first.message, first.action);
    default:
      return new ConflictError(first?.message ?? 'This change was refused');
  }
}

/** A batch's 409: each action someone else changed, as it now stands. */
function batchConflict(conflicts: { actionId: string; action: Action }[]) {
  const message =
    conflicts.length === 1
      ? `Action ${conflicts[0]!.action.ref} was changed by someone else`
      : `${conflicts.length} of these actions were changed by someone else`;
  return new ConflictError(`${message}: nothing was saved`, { conflicts });
}

/**
 * The monthly round: status updates under the plan's rules, and the sign-off of Blue. A status
 * update, a sign-off and a refusal go the same way (decision 046): the action is read in one
 * statement (its target), checked by a pure function (update-checks.ts), written in one statement
 * that claims the version the check read, and the plan's change announced. None needs a
 * transaction of its own; a sheet's updates share one, so all are saved or none.
 */
export function statusUpdatesService(db: Db, now: () => Date) {
  const target = (tx: Db, actionId: string, author: UpdateAuthor, today: Date) =>
    statusUpdatesRepository(tx).target(actionId, authorPersonId(author), today);

  /**
   * Makes a checked change's one write and announces it. Null when written; when another writer
   * claimed the version the check read, nothing was written, and this is the action as it now
   * stands.
   */
  async function commit(tx: Db, change: ActionWrite): Promise<Action | null> {
    if (await statusUpdatesRepository(tx).write(change)) {
      await announcePlanChange(tx, change.audit.planId);
      return null;
    }
    const action = await statusUpdatesRepository(tx).detail(change.action.id, now());
    if (!action) throw new NotFoundError('Action');
    return action;
  }

  /** A checked change written, with the reply it earned; or its refusal. */
  async function apply<Reply>(tx: Db, checked: Checked<Reply>): Promise<Reply> {
    if ('violations' in checked) throw refusal(checked.violations);
    const movedOn = await commit(tx, checked.write);
    if (movedOn) throw refusal([{ kind: 'moved-on', why: 'stale', message: CHANGED, action: movedOn }]);
    return checked.reply;
  }

  return {
    /** An action's updates, newest first; null when there is no such action. */
    async history(actionId: string): Promise<StatusUpdate[] | null> {
      const repo = statusUpdatesRepository(db);
      const updates = await repo.history(actionId);
      // An action with updates exists: only one without any is looked for.
      return updates.length > 0 || (await repo.actionExists(actionId)) ? updates : null;
    },

    /** One action's update: two statements, the target's read and the write (decision 033). */
    async record(
      user: SessionUser,
      actionId: string,
      body: CreateStatusUpdateBody,
      ifMatch: number | null,
    ): Promise<StatusUpdateReply> {
      const author = asUser(user);
      const today = now();
      const loaded = await target(db, actionId, author, today);
      return apply(db, checkUpdate({ target: loaded, author, body, ifMatch, today, newId: randomUUID() }));
    },

    /**
     * Several actions' updates (a sheet) in one transaction: all are saved, or none. Every entry
     * is checked before any is written, so one reply names every refused field (paths
     * `body.updates.N.field`) or every action someone else changed.
     */
    recordAll: (author: UpdateAuthor, entries: StatusUpdateEntry[]): Promise<StatusUpdateBatchReply> =>
      writeTransaction(db, async (tx) => {
        const checked: { actionId: string; write: ActionWrite; reply: StatusUpdateReply }[] = [];
        const issues: FieldIssue[] = [];
        const conflicts: { actionId: string; action: Action }[] = [];
        for (const [i, { actionId, version, ...body }] of entries.entries()) {
          const today = now();
          const check = checkUpdate({
            target: await target(tx, actionId, author, today),
            author,
            body,
            ifMatch: version,
            today,
            newId: randomUUID(),
          });
          if ('violations' in check) {
            for (const v of check.violations) {
              if (v.kind === 'field')
                issues.push({ path: `body.updates.${i}.${v.field}`, message: v.message });
              else if (v.kind === 'no-action')
                issues.push({ path: `body.updates.${i}.actionId`, message: 'No such action' });
              else if (v.kind === 'moved-on') conflicts.push({ actionId, action: v.action });
              else throw refusal([v]);
            }
          } else checked.push({ actionId, ...check });
        }
        if (issues.length > 0) {
          throw new ValidationError(issues.map((issue) => issue.message).join('; '), issues);
        }
        if (conflicts.length > 0) throw batchConflict(conflicts);
        for (const { actionId, write } of checked) {
          const movedOn = await commit(tx, write);
          // Another writer committed between this check and this write: nothing here is kept.
          if (movedOn) throw batchConflict([{ actionId, action: movedOn }]);
        }
        return { results: checked.map((c) => c.reply) };
      }),

    /** The Blue awaiting sign-off becomes the action's status: two statements, as an update. */
    async signOff(user: SessionUser, actionId: string, note: string | null, ifMatch: number | null) {
      const author = asUser(user);
      const today = now();
      const loaded = await target(db, actionId, author, today);
      return apply(db, checkSignOff({ target: loaded, author, note, ifMatch, today }));
    },

    /**
     * Takes back a sign-off while its month is open (decision 052): the action is as the sign-off
     * found it and the Blue awaits sign-off again, with an audit entry saying who undid it.
     */
    undoSignOff: (user: SessionUser, actionId: string, ifMatch: number | null): Promise<Action> =>
      writeTransaction(db, async (tx) => {
        const author = asUser(user);
        const today = now();
        const repo = statusUpdatesRepository(tx);
        const loaded = await target(tx, actionId, author, today);
        const blue = await repo.undoableSignOff(actionId);
        const refused = undoRefusal(loaded, author, blue, ifMatch, today);
        if (refused || !loaded || !blue || author.kind !== 'user') {
          throw refusal([refused ?? { kind: 'forbidden', message: NEEDS.signOff }]);
        }
        if (!(await repo.undoSignOff(actionId, loaded.action.version, blue, today))) {
          const movedOn = await repo.detail(actionId, today);
          if (!movedOn) throw new NotFoundError('Action');
          throw refusal([{ kind: 'moved-on', why: 'stale', message: CHANGED, action: movedOn }]);
        }
        await recordPlanChange(tx, {
          actorId: author.user.id,
          planId: loaded.action.planId,
          entityType: 'action',
          entityId: actionId,
          operation: 'sign-off-undone',
          before: {
            status: 'Blue',
            updateId: blue.id,
            note: blue.signOffNote,
            version: loaded.action.version,
          },
          after: { status: blue.signOffBefore.status, awaitingSignOff: true },
        });
        const action = await repo.detail(actionId, today);
        if (!action) throw new NotFoundError('Action');
        return action;
      }),

    /** The Blue awaiting sign-off is refused, with a reason: two statements, as an update. */
    async refuse(user: SessionUser, actionId: string, reason: string, ifMatch: number | null) {
      const author = asUser(user);
      const today = now();
      const loaded = await target(db, actionId, author, today);
      return apply(db, checkRefusal({ target: loaded, author, reason, ifMatch, today }));
    },
  };
}

/**
 * What a signed-in user may do to an action's monthly status (other modules ask: who may attach
 * evidence, raise a challenge, see a draft). Only a lead's rights turn on the action.
 */
export async function updateRights(db: Db, user: SessionUser, actionId: string): Promise<UpdateRights> {
  const author = asUser(user);
  if (user.role !== 'lead' || !user.personId) {
    return rightsOf(author, { groupLeadId: null, leadsAction: false });
  }
  return rightsOf(author, await statusUpdatesRepository(db).rightsFacts(actionId, user.personId));
}
