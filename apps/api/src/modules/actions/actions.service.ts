import type { Action, CreateActionBody, UpdateActionBody } from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actions } from '../../db/schema';
import { ConflictError, NotFoundError, ValidationError } from '../../plugins/errors';
import { assertIfMatch } from '../../plugins/etag';
import { outcomesRepository } from '../outcomes/outcomes.repository';
import { assertLivePeople } from '../people/people.service';
import { recordPlanChange } from '../plans/plan-changes';
import { assertRefFree, HAS_HISTORY, nextPosition, placeAt, refSafe, siblingIds } from '../plans/plan-items';
import { actionsRepository } from './actions.repository';

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
    const outcome = await outcomesRepository(tx).findById(outcomeId);
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
      refSafe(
        actions,
        body.ref,
        db.transaction(async (tx) => {
          const outcome = await outcomesRepository(tx).findById(outcomeId);
          if (!outcome) throw new NotFoundError('Outcome');
          if (outcome.archivedAt) throw new ConflictError('This outcome is archived');
          await assertRefFree(tx, actions, outcome.planId, body.ref);
          await assertLivePeople(tx, body.leadIds, 'body.leadIds');
          const repo = actionsRepository(tx);
          const row = await repo.insert({
            planId: outcome.planId,
            outcomeId,
            ref: body.ref,
            title: body.title,
            dueMonth: body.dueMonth ?? null,
            dueText: body.dueText ?? null,
            position: await nextPosition(tx, actions, actions.outcomeId, outcomeId),
          });
          await repo.setLeads(row.id, body.leadIds);
          const after = await load(tx, row.id);
          await recordPlanChange(tx, change(actorId, 'create', null, after));
          return after;
        }),
      ),

    update: (actorId: string, id: string, body: UpdateActionBody, ifMatch: number | null) =>
      refSafe(
        actions,
        body.ref,
        db.transaction(async (tx) => {
          const before = await load(tx, id);
          assertIfMatch(ifMatch, before, 'action');
          if (before.archivedAt) throw new ConflictError('This action is archived');
          const moved = body.outcomeId !== undefined && body.outcomeId !== before.outcome.id;
          if (moved) await targetOutcome(tx, body.outcomeId!, before.planId);
          if (body.ref && body.ref !== before.ref)
            await assertRefFree(tx, actions, before.planId, body.ref, id);
          if (body.leadIds) await assertLivePeople(tx, body.leadIds, 'body.leadIds');
          const repo = actionsRepository(tx);
          const { ref, title, outcomeId, leadIds, position } = body;
          const values = { ref, title, outcomeId, ...dueColumns(body) };
          if (!(await repo.update(id, before.version, values, now()))) {
            throw new ConflictError('This action was changed by someone else', before);
          }
          if (leadIds) await repo.setLeads(id, leadIds);
          if (moved || position) {
            const siblings = await siblingIds(tx, actions, actions.outcomeId, outcomeId ?? before.outcome.id);
            await placeAt(tx, actions, siblings, id, position ?? Number.MAX_SAFE_INTEGER);
          }
          const after = await load(tx, id);
          await recordPlanChange(tx, change(actorId, moved ? 'move' : 'update', before, after));
          return after;
        }),
      ),

    /** Only an action without status updates goes; one with history is archived instead. */
    remove: (actorId: string, id: string) =>
      db.transaction(async (tx) => {
        const before = await load(tx, id);
        const repo = actionsRepository(tx);
        if (await repo.hasHistoryWhere(eq(actions.id, id))) throw new ConflictError(HAS_HISTORY);
        await repo.deleteWhere(eq(actions.id, id));
        await recordPlanChange(tx, change(actorId, 'delete', before, null));
      }),

    archive: (actorId: string, id: string) =>
      db.transaction(async (tx) => {
        const before = await load(tx, id);
        if (before.archivedAt) return before;
        await actionsRepository(tx).archiveWhere(eq(actions.id, id), now());
        const after = await load(tx, id);
        await recordPlanChange(tx, change(actorId, 'archive', before, after));
        return after;
      }),
  };
}
