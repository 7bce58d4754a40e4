import {
  carriedFromWords,
  type FieldIssue,
  formatMonth,
  type NextPlanStartedReply,
  type SessionUser,
  type StartNextPlanBody,
} from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { unlessUniqueViolation } from '../../db/unique-violation';
import { recordPlanChange } from '../../journal';
import { ConflictError, NotFoundError, ValidationError } from '../../plugins/errors';
import { assertIfMatch } from '../../plugins/etag';
import { plansRepository, slugFromTitle, toPlan } from '../plans';
import { chooseSuccession } from './plan-succession.choice';
import { planSuccessionRepository } from './plan-succession.repository';

function invalid(issues: FieldIssue[]): never {
  throw new ValidationError(issues[0]!.message, issues);
}

/**
 * "Start the next plan" (issue 19): from an active plan, in one transaction, a new draft plan with
 * the priorities and outcomes that continue (renamed or renumbered as asked), the unfinished actions
 * that carry forward (each linked to the action it continues, with its leads), the KPIs with their
 * latest actuals as the new baseline, and the findings, which move on with the work. People and
 * organisations are shared. A plan has one successor: asking again answers with the same one.
 */
export function planSuccessionService(db: Db, now: () => Date) {
  return {
    startNext: (actor: SessionUser, planId: string, body: StartNextPlanBody, ifMatch: number | null) => {
      const slug = body.slug ?? slugFromTitle(body.title);
      const work = writeTransaction(db, async (tx): Promise<NextPlanStartedReply & { created: boolean }> => {
        const old = await plansRepository(tx).lock(planId);
        if (!old) throw new NotFoundError('Plan');
        const repo = planSuccessionRepository(tx);
        const existing = await repo.successorOf(planId);
        if (existing) {
          return { plan: toPlan(existing), carried: await repo.carriedInto(existing.id), created: false };
        }
        assertIfMatch(ifMatch, old, 'plan', toPlan(old));
        if (old.state !== 'active') {
          throw new ConflictError(`Only an active plan starts the next one; this one is ${old.state}`);
        }
        if (!slug)
          invalid([{ path: 'body.slug', message: 'Give the plan an address of letters and digits' }]);
        if (await plansRepository(tx).slugTaken(slug)) {
          throw new ConflictError(`Another plan already has the address "${slug}"`);
        }

        const chosen = chooseSuccession(await repo.liveItems(planId), body);
        const at = now();
        const plan = await plansRepository(tx).insert({
          slug,
          title: body.title,
          periodStart: body.periodStart,
          periodEnd: body.periodEnd,
          predecessorId: planId,
          createdAt: at,
          updatedAt: at,
        });
        const stamp = { planId: plan.id, createdAt: at, updatedAt: at };
        await repo.insertPriorities(
          chosen.priorities.map(({ row: p, id, ref, title }, i) => ({
            ...stamp,
            id,
            ref,
            position: i + 1,
            title,
            deliveryGroupName: p.deliveryGroupName,
            deliveryGroupLeadRole: p.deliveryGroupLeadRole,
            deliveryGroupLeadId: p.deliveryGroupLeadId,
            reportingCadence: p.reportingCadence,
            byException: p.byException,
          })),
        );
        await repo.insertOutcomes(
          chosen.outcomes.map(({ row: o, id, priorityId, ref, title }, i) => ({
            ...stamp,
            id,
            priorityId,
            ref,
            position: i + 1,
            title,
            leadId: o.leadId,
          })),
        );
        await repo.insertActions(
          chosen.actions.map(({ row: a, id, outcomeId, ref }, i) => ({
            ...stamp,
            id,
            outcomeId,
            ref,
            position: i + 1,
            title: a.title,
            // The original date stays: the plan measures progress against its original timescale.
            dueMonth: a.dueMonth,
            dueText: a.dueText,
            revisedDue: a.revisedDue,
            carriedFromId: a.id,
          })),
        );
        // The new completion date in force when it was carried holds in the new plan from its start.
        await repo.insertNewDates(
          chosen.actions.flatMap(({ row: a, id }) =>
            a.revisedDue
              ? [
                  {
                    actionId: id,
                    period: body.periodStart,
                    newDate: a.revisedDue,
                    source: 'carried' as const,
                    reason: carriedFromWords({ planTitle: old.title, ref: a.ref }),
                    authorId: actor.id,
                    createdAt: at,
                  },
                ]
              : [],
          ),
        );
        const newAction = new Map(chosen.actions.map((a) => [a.row.id, a.id]));
        await repo.insertLeads(
          (await repo.leadsOf([...newAction.keys()])).map((l) => ({
            ...l,
            actionId: newAction.get(l.actionId)!,
          })),
        );

        const actuals = await repo.latestActuals(chosen.kpis.map((k) => k.row.id));
        const baselineOf = ({ row: k, confirmed }: (typeof chosen.kpis)[number]) => {
          const latest = actuals.get(k.id);
          if (confirmed === null) return { value: null, text: k.baselineText };
          if (confirmed !== undefined)
            return { value: confirmed, text: `${confirmed} (confirmed when ${body.title} started)` };
          if (latest)
            return {
              value: latest.value,
              text: `${latest.value} (${old.title}, ${formatMonth(latest.period)})`,
            };
          return { value: k.baselineValue, text: k.baselineText };
        };
        await repo.insertKpis(
          chosen.kpis.map((choice, i) => {
            const { row: k, id, outcomeRef } = choice;
            const baseline = baselineOf(choice);
            return {
              ...stamp,
              id,
              outcomeRef,
              position: i + 1,
              statement: k.statement,
              unit: k.unit,
              direction: k.direction,
              targetKind: k.targetKind,
              baselineValue: baseline.value,
              baselineText: baseline.text,
              tolerance: k.tolerance,
              ownerId: k.ownerId,
            };
          }),
        );
        const newKpi = new Map(chosen.kpis.map((k) => [k.row.id, k.id]));
        await repo.insertTargets(
          (await repo.targetsOf([...newKpi.keys()])).map(({ id: _, kpiId, ...t }) => ({
            ...t,
            kpiId: newKpi.get(kpiId)!,
            // Targets fall due counted from the new plan's start.
            month: null,
          })),
        );
        const findings = await repo.moveFindings(planId, plan.id, newAction);

        const carriedCounts = {
          priorities: chosen.priorities.length,
          outcomes: chosen.outcomes.length,
          actions: chosen.actions.length,
          kpis: chosen.kpis.length,
          findings,
        };
        const after = toPlan(plan);
        await recordPlanChange(tx, {
          actorId: actor.id,
          planId: plan.id,
          entityType: 'plan',
          entityId: plan.id,
          operation: 'carry-forward',
          after: { plan: after, from: toPlan(old), carried: carriedCounts },
        });
        await recordPlanChange(tx, {
          actorId: actor.id,
          planId,
          entityType: 'plan',
          entityId: planId,
          operation: 'successor',
          after: { successor: after, carried: carriedCounts },
        });
        return { plan: after, carried: carriedCounts, created: true };
      });
      return unlessUniqueViolation(
        work,
        () => new ConflictError(`Another plan already has the address "${slug}"`),
      );
    },
  };
}
