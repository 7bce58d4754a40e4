import type { CreatePriorityBody, DeliveryGroupBody, Priority, UpdatePriorityBody } from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { recordPlanChange } from '../../journal';
import { ConflictError, NotFoundError, StaleVersionError } from '../../plugins/errors';
import { assertIfMatch } from '../../plugins/etag';
import { assertLivePeople } from '../people';
import { HAS_HISTORY, plansRepository } from '../plans';
import { prioritiesRepository, priorityRefSafe } from './priorities.repository';

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
      priorityRefSafe(
        body.ref,
        writeTransaction(db, async (tx) => {
          if (!(await plansRepository(tx).exists(planId))) throw new NotFoundError('Plan');
          const repo = prioritiesRepository(tx);
          await repo.assertRefFree(planId, body.ref);
          await assertLivePeople(tx, [body.deliveryGroup?.leadId], 'body.deliveryGroup.leadId');
          const row = await repo.insert({
            ...deliveryGroupColumns(body.deliveryGroup),
            planId,
            ref: body.ref,
            title: body.title,
            position: await repo.nextPosition(planId),
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
      priorityRefSafe(
        body.ref,
        writeTransaction(db, async (tx) => {
          const repo = prioritiesRepository(tx);
          const before = await load(tx, id);
          assertIfMatch(ifMatch, before, 'priority');
          if (before.archivedAt) throw new ConflictError('This priority is archived');
          if (body.ref && body.ref !== before.ref) await repo.assertRefFree(before.planId, body.ref, id);
          await assertLivePeople(tx, [body.deliveryGroup?.leadId], 'body.deliveryGroup.leadId');
          const { position, deliveryGroup, ...fields } = body;
          const values = { ...fields, ...deliveryGroupColumns(deliveryGroup) };
          if (!(await repo.update(id, before.version, values, now()))) {
            throw new StaleVersionError('This priority was changed by someone else', before);
          }
          if (position) await repo.placeAt(before.planId, id, position);
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
      writeTransaction(db, async (tx) => {
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
      writeTransaction(db, async (tx) => {
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
