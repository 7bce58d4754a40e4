import {
  type Action,
  type CreateActionBody,
  newDateProblem,
  type SetNewDateBody,
  type UpdateActionBody,
} from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { outcomes } from '../../db/schema';
import { recordPlanChange } from '../../journal';
import { ConflictError, NotFoundError, StaleVersionError, ValidationError } from '../../plugins/errors';
import { assertIfMatch } from '../../plugins/etag';
import { assertLivePeople } from '../people';
import { HAS_HISTORY, itemPlace } from '../plans';
import { actionRefSafe, actionsRepository } from './actions.repository';

/**
 * A due month and due words exclude each other: setting one clears the other, so "Feb-23" never
 * outlives a month moved to May.
 */
function dueColumns(body: UpdateActionBody) {
  const due: { dueMonth?: string | null; dueText?: string | null } = {};
  if (body.dueMonth !== undefined) due.dueMonth = body.dueMonth;
  if (body.dueText !== undefined) due.dueText = body.dueText;
  if (body.dueMonth && body.dueText === undefined) due.dueText = null;
  if (body.dueText && body.dueMonth === undefined) due.dueMonth = null;
  return due;
}

/** Actions of an outcome and their leads. Every write is audited and bumps the plan's revision. */
export function actionsService(db: Db, now: () => Date) {
  async function load(tx: Db, id: string): Promise<Action> {
    const action = await actionsRepository(tx).detail(id, now());
    if (!action) throw new NotFoundError('Action');
    return action;
  }

  async function targetOutcome(tx: Db, outcomeId: string, planId: string) {
    const outcome = await itemPlace(tx, outcomes, outcomeId);
    if (!outcome || outcome.planId !== planId || outcome.archivedAt) {
      const message = 'Choose an outcome of the same plan that is not archived';
      throw new ValidationError(message, [{ path: 'body.outcomeId', message }]);
    }
  }

  function change(actorId: string, operation: string, before: Action | null, after: Action | null) {
    const action = (after ?? before)!;
    return {
      actorId,
      planId: action.planId,
      entityType: 'action',
      entityId: action.id,
      operation,
      before,
      after,
    };
  }

  return {
    get: (id: string) => load(db, id),

    create: (actorId: string, outcomeId: string, body: CreateActionBody) =>
      actionRefSafe(
        body.ref,
        writeTransaction(db, async (tx) => {
          const outcome = await itemPlace(tx, outcomes, outcomeId);
          if (!outcome) throw new NotFoundError('Outcome');
          if (outcome.archivedAt) throw new ConflictError('This outcome is archived');
          const repo = actionsRepository(tx);
          await repo.assertRefFree(outcome.planId, body.ref);
          await assertLivePeople(tx, body.leadIds, 'body.leadIds');
          const row = await repo.insert({
            planId: outcome.planId,
            outcomeId,
            ref: body.ref,
            title: body.title,
            dueMonth: body.dueMonth ?? null,
            dueText: body.dueText ?? null,
            position: await repo.nextPosition(outcomeId),
          });
          await repo.setLeads(row.id, body.leadIds);
          const after = await load(tx, row.id);
          await recordPlanChange(tx, change(actorId, 'create', null, after));
          return after;
        }),
      ),

    update: (actorId: string, id: string, body: UpdateActionBody, ifMatch: number | null) =>
      actionRefSafe(
        body.ref,
        writeTransaction(db, async (tx) => {
          const before = await load(tx, id);
          assertIfMatch(ifMatch, before, 'action');
          if (before.archivedAt) throw new ConflictError('This action is archived');
          const repo = actionsRepository(tx);
          const moved = body.outcomeId !== undefined && body.outcomeId !== before.outcome.id;
          if (moved) await targetOutcome(tx, body.outcomeId!, before.planId);
          if (body.ref && body.ref !== before.ref) await repo.assertRefFree(before.planId, body.ref, id);
          if (body.leadIds) await assertLivePeople(tx, body.leadIds, 'body.leadIds');
          const { ref, title, outcomeId, leadIds, position } = body;
          const values = { ref, title, outcomeId, ...dueColumns(body) };
          if (!(await repo.update(id, before.version, values, now()))) {
            throw new StaleVersionError('This action was changed by someone else', before);
          }
          if (leadIds) await repo.setLeads(id, leadIds);
          if (moved || position) {
            await repo.placeAt(outcomeId ?? before.outcome.id, id, position ?? Number.MAX_SAFE_INTEGER);
          }
          const after = await load(tx, id);
          await recordPlanChange(tx, change(actorId, moved ? 'move' : 'update', before, after));
          return after;
        }),
      ),

    /**
     * The manager sets (or clears) the new completion date in force from the plan's current month,
     * saying why: kept beside the leads' Reds so any month's date reads back with where it came from.
     */
    setNewDate: (actorId: string, id: string, body: SetNewDateBody, ifMatch: number | null) =>
      writeTransaction(db, async (tx) => {
        const before = await load(tx, id);
        assertIfMatch(ifMatch, before, 'action');
        if (before.archivedAt) throw new ConflictError('This action is archived');
        if (before.status === 'Blue')
          throw new ConflictError('This action is completed: it needs no new date');
        const problem = body.date && newDateProblem(body.date, before, now());
        if (problem) throw new ValidationError(problem, [{ path: 'body.date', message: problem }]);
        const at = now();
        const repo = actionsRepository(tx);
        if (!(await repo.update(id, before.version, { revisedDue: body.date }, at))) {
          throw new StaleVersionError('This action was changed by someone else', before);
        }
        await repo.insertNewDate({
          actionId: id,
          period: before.currentPeriod ?? before.month,
          newDate: body.date,
          source: 'manager',
          reason: body.reason,
          authorId: actorId,
          createdAt: at,
        });
        const after = await load(tx, id);
        await recordPlanChange(tx, {
          ...change(actorId, 'new-date', before, after),
          after: { ...after, reason: body.reason },
        });
        return after;
      }),

    /** Only an action without status updates goes; one with history is archived instead. */
    remove: (actorId: string, id: string) =>
      writeTransaction(db, async (tx) => {
        const before = await load(tx, id);
        const repo = actionsRepository(tx);
        if (await repo.hasHistory(id)) throw new ConflictError(HAS_HISTORY);
        await repo.remove(id);
        await recordPlanChange(tx, change(actorId, 'delete', before, null));
      }),

    archive: (actorId: string, id: string) =>
      writeTransaction(db, async (tx) => {
        const before = await load(tx, id);
        if (before.archivedAt) return before;
        await actionsRepository(tx).archive(id, now());
        const after = await load(tx, id);
        await recordPlanChange(tx, change(actorId, 'archive', before, after));
        return after;
      }),
  };
}
