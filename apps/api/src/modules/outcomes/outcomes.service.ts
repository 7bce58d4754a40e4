import type { CreateOutcomeBody, Outcome, UpdateOutcomeBody } from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { priorities } from '../../db/schema';
import { recordPlanChange } from '../../journal';
import { ConflictError, NotFoundError, StaleVersionError, ValidationError } from '../../plugins/errors';
import { assertIfMatch } from '../../plugins/etag';
import { assertLivePeople } from '../people';
import { HAS_HISTORY, itemPlace, plansRepository } from '../plans';
import { outcomeRefSafe, outcomesRepository } from './outcomes.repository';

/** Outcomes of a priority. Every write is audited and bumps the plan's revision. */
export function outcomesService(db: Db, now: () => Date) {
  async function load(tx: Db, id: string): Promise<Outcome> {
    const outcome = await outcomesRepository(tx).detail(id);
    if (!outcome) throw new NotFoundError('Outcome');
    return outcome;
  }

  /** Where an outcome is moved to: a live priority of its own plan. */
  async function targetPriority(tx: Db, priorityId: string, planId: string) {
    const priority = await itemPlace(tx, priorities, priorityId);
    if (!priority || priority.planId !== planId || priority.archivedAt) {
      const message = 'Choose a priority of the same plan that is not archived';
      throw new ValidationError(message, [{ path: 'body.priorityId', message }]);
    }
  }

  return {
    create: (actorId: string, priorityId: string, body: CreateOutcomeBody) =>
      outcomeRefSafe(
        body.ref,
        writeTransaction(db, async (tx) => {
          const priority = await itemPlace(tx, priorities, priorityId);
          if (!priority) throw new NotFoundError('Priority');
          if (priority.archivedAt) throw new ConflictError('This priority is archived');
          const { planId } = priority;
          const repo = outcomesRepository(tx);
          await repo.assertRefFree(planId, body.ref);
          await assertLivePeople(tx, [body.leadId], 'body.leadId');
          const row = await repo.insert({
            planId,
            priorityId,
            ref: body.ref,
            title: body.title,
            leadId: body.leadId ?? null,
            position: await repo.nextPosition(priorityId),
          });
          const after = await load(tx, row.id);
          await recordPlanChange(tx, {
            actorId,
            planId,
            entityType: 'outcome',
            entityId: row.id,
            operation: 'create',
            after,
          });
          return after;
        }),
      ),

    update: (actorId: string, id: string, body: UpdateOutcomeBody, ifMatch: number | null) =>
      outcomeRefSafe(
        body.ref,
        writeTransaction(db, async (tx) => {
          const repo = outcomesRepository(tx);
          const before = await load(tx, id);
          assertIfMatch(ifMatch, before, 'outcome');
          if (before.archivedAt) throw new ConflictError('This outcome is archived');
          const { planId } = before;
          const moved = body.priorityId !== undefined && body.priorityId !== before.priorityId;
          if (moved) await targetPriority(tx, body.priorityId!, planId);
          const renamed = body.ref !== undefined && body.ref !== before.ref;
          if (renamed) await repo.assertRefFree(planId, body.ref!, id);
          await assertLivePeople(tx, [body.leadId], 'body.leadId');
          const { position, ...values } = body;
          if (!(await repo.update(id, before.version, values, now()))) {
            throw new StaleVersionError('This outcome was changed by someone else', before);
          }
          if (renamed)
            await plansRepository(tx).followOutcomeRefs(planId, [{ from: before.ref, to: body.ref! }]);
          if (moved || position) {
            await repo.placeAt(body.priorityId ?? before.priorityId, id, position ?? Number.MAX_SAFE_INTEGER);
          }
          const after = await load(tx, id);
          await recordPlanChange(tx, {
            actorId,
            planId,
            entityType: 'outcome',
            entityId: id,
            operation: moved ? 'move' : 'update',
            before,
            after,
          });
          return after;
        }),
      ),

    /** Only an outcome without history goes, with its actions. */
    remove: (actorId: string, id: string) =>
      writeTransaction(db, async (tx) => {
        const before = await load(tx, id);
        const repo = outcomesRepository(tx);
        if (await repo.hasHistory(id)) throw new ConflictError(HAS_HISTORY);
        await repo.deleteTree(id);
        await recordPlanChange(tx, {
          actorId,
          planId: before.planId,
          entityType: 'outcome',
          entityId: id,
          operation: 'delete',
          before,
        });
      }),

    archive: (actorId: string, id: string) =>
      writeTransaction(db, async (tx) => {
        const before = await load(tx, id);
        if (before.archivedAt) return before;
        await outcomesRepository(tx).archiveTree(id, now());
        const after = await load(tx, id);
        await recordPlanChange(tx, {
          actorId,
          planId: before.planId,
          entityType: 'outcome',
          entityId: id,
          operation: 'archive',
          before,
          after,
        });
        return after;
      }),
  };
}
