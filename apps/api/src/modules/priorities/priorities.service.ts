import type { CreatePriorityBody, DeliveryGroupBody, Priority, UpdatePriorityBody } from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { plans, priorities } from '../../db/schema';
import { ConflictError, NotFoundError } from '../../plugins/errors';
import { assertIfMatch } from '../../plugins/etag';
import { assertLivePeople } from '../people/people.service';
import { recordPlanChange } from '../plans/plan-changes';
import { assertRefFree, HAS_HISTORY, nextPosition, placeAt, refSafe, siblingIds } from '../plans/plan-items';
import { prioritiesRepository } from './priorities.repository';

function deliveryGroupColumns(group: DeliveryGroupBody = {}) {
  return {
    deliveryGroupName: group.name,
    deliveryGroupLeadId: group.leadId,
    deliveryGroupLeadRole: group.leadRole,
    reportingCadence: group.reportingCadence,
    byException: group.byException,
  };
}

/** Priorities of a plan with their delivery groups. Every write is audited and bumps the plan's revision. */
export function prioritiesService(db: Db, now: () => Date) {
  async function load(tx: Db, id: string): Promise<Priority> {
    const priority = await prioritiesRepository(tx).detail(id);
    if (!priority) throw new NotFoundError('Priority');
    return priority;
  }

  return {
    create: (actorId: string, planId: string, body: CreatePriorityBody) =>
      refSafe(
        priorities,
        body.ref,
        db.transaction(async (tx) => {
          const [plan] = await tx.select({ id: plans.id }).from(plans).where(eq(plans.id, planId));
          if (!plan) throw new NotFoundError('Plan');
          await assertRefFree(tx, priorities, planId, body.ref);
          await assertLivePeople(tx, [body.deliveryGroup?.leadId], 'body.deliveryGroup.leadId');
          const row = await prioritiesRepository(tx).insert({
            ...deliveryGroupColumns(body.deliveryGroup),
            planId,
            ref: body.ref,
            title: body.title,
            position: await nextPosition(tx, priorities, priorities.planId, planId),
          });
          const after = await load(tx, row.id);
          await recordPlanChange(tx, {
            actorId,
            planId,
            entityType: 'priority',
            entityId: row.id,
            operation: 'create',
            after,
          });
          return after;
        }),
      ),

    update: (actorId: string, id: string, body: UpdatePriorityBody, ifMatch: number | null) =>
      refSafe(
        priorities,
        body.ref,
        db.transaction(async (tx) => {
          const before = await load(tx, id);
          assertIfMatch(ifMatch, before, 'priority');
          if (before.archivedAt) throw new ConflictError('This priority is archived');
          if (body.ref && body.ref !== before.ref)
            await assertRefFree(tx, priorities, before.planId, body.ref, id);
          await assertLivePeople(tx, [body.deliveryGroup?.leadId], 'body.deliveryGroup.leadId');
          const { position, deliveryGroup, ...fields } = body;
          const values = { ...fields, ...deliveryGroupColumns(deliveryGroup) };
          if (!(await prioritiesRepository(tx).update(id, before.version, values, now()))) {
            throw new ConflictError('This priority was changed by someone else', before);
          }
          if (position) {
            await placeAt(
              tx,
              priorities,
              await siblingIds(tx, priorities, priorities.planId, before.planId),
              id,
              position,
            );
          }
          const after = await load(tx, id);
          await recordPlanChange(tx, {
            actorId,
            planId: before.planId,
            entityType: 'priority',
            entityId: id,
            operation: 'update',
            before,
            after,
          });
          return after;
        }),
      ),

    /** Only a priority without history goes, with its outcomes and actions. */
    remove: (actorId: string, id: string) =>
      db.transaction(async (tx) => {
        const before = await load(tx, id);
        const repo = prioritiesRepository(tx);
        if (await repo.hasHistory(id)) throw new ConflictError(HAS_HISTORY);
        await repo.deleteTree(id);
        await recordPlanChange(tx, {
          actorId,
          planId: before.planId,
          entityType: 'priority',
          entityId: id,
          operation: 'delete',
          before,
        });
      }),

    archive: (actorId: string, id: string) =>
      db.transaction(async (tx) => {
        const before = await load(tx, id);
        if (before.archivedAt) return before;
        await prioritiesRepository(tx).archiveTree(id, now());
        const after = await load(tx, id);
        await recordPlanChange(tx, {
          actorId,
          planId: before.planId,
          entityType: 'priority',
          entityId: id,
          operation: 'archive',
          before,
          after,
        });
        return after;
      }),
  };
}
