import { randomUUID } from 'node:crypto';
import {
  type FieldIssue,
  formatMonth,
  type NextPlanStartedReply,
  type SessionUser,
  type StartNextPlanBody,
} from '@ragboard/shared';
import type { Db } from '../../db/client';
import { unlessUniqueViolation } from '../../db/unique-violation';
import { ConflictError, NotFoundError, ValidationError } from '../../plugins/errors';
import { assertIfMatch } from '../../plugins/etag';
import { recordPlanChange } from '../plans/plan-changes';
import { plansRepository } from '../plans/plans.repository';
import { slugFromTitle, toPlan } from '../plans/plans.service';
import { planSuccessionRepository } from './plan-succession.repository';

/** "1.5.3" under an outcome renumbered from 1.5 to 2.1 reads "2.1.3"; any other ref is kept. */
function followParent(ref: string, parentFrom: string, parentTo: string): string {
  return parentFrom !== parentTo && ref.startsWith(`${parentFrom}.`)
    ? `${parentTo}${ref.slice(parentFrom.length)}`
    : ref;
}

function invalid(issues: FieldIssue[]): never {
  throw new ValidationError(issues[0]!.message, issues);
}

/** Ids the body names that are not live items of the plan. */
function strangers(path: string, asked: { id: string }[] | string[] | undefined, known: Set<string>) {
  return (asked ?? [])
    .map((item, i) => ({ id: typeof item === 'string' ? item : item.id, i }))
    .filter(({ id }) => !known.has(id))
    .map(({ i }) => ({ path: `body.${path}.${i}`, message: 'Not a live item of this plan' }));
}

function duplicates(path: string, refs: string[]): FieldIssue[] {
  const seen = new Set<string>();
  const clash = refs.find((r) => seen.size === seen.add(r).size);
  return clash
    ? [{ path: `body.${path}`, message: `Two items of the next plan would both be ${clash}` }]
    : [];
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
      const work = db.transaction(async (tx): Promise<NextPlanStartedReply & { created: boolean }> => {
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

        const live = await repo.liveItems(planId);
        const priorityAsked = new Map((body.priorities ?? live.priorities).map((p) => [p.id, p]));
        const outcomeAsked = new Map(
          (body.outcomes ?? live.outcomes.filter((o) => priorityAsked.has(o.priorityId))).map((o) => [
            o.id,
            o,
          ]),
        );
        const actionAsked = new Set(
          body.actionIds ??
            live.actions.filter((a) => a.status !== 'Blue' && outcomeAsked.has(a.outcomeId)).map((a) => a.id),
        );
        const kpiAsked = new Map(
          (body.kpis ?? live.kpis.map((k) => ({ id: k.id, baselineValue: undefined }))).map((k) => [k.id, k]),
        );

        const priorities = live.priorities.filter((p) => priorityAsked.has(p.id));
        const outcomes = live.outcomes.filter((o) => outcomeAsked.has(o.id));
        const carried = live.actions.filter((a) => actionAsked.has(a.id));
        const kpis = live.kpis.filter((k) => kpiAsked.has(k.id));
        const issues = [
          ...strangers('priorities', body.priorities, new Set(live.priorities.map((p) => p.id))),
          ...strangers('outcomes', body.outcomes, new Set(live.outcomes.map((o) => o.id))),
          ...strangers('actionIds', body.actionIds, new Set(live.actions.map((a) => a.id))),
          ...strangers('kpis', body.kpis, new Set(live.kpis.map((k) => k.id))),
          ...outcomes
            .filter((o) => !priorityAsked.has(o.priorityId))
            .map((o) => ({
              path: 'body.outcomes',
              message: `Outcome ${o.ref} continues but its priority does not`,
            })),
          ...carried
            .filter((a) => a.status === 'Blue')
            .map((a) => ({
              path: 'body.actionIds',
              message: `Action ${a.ref} is completed: it is not carried forward`,
            })),
          ...carried
            .filter((a) => !outcomeAsked.has(a.outcomeId))
            .map((a) => ({
              path: 'body.actionIds',
              message: `Action ${a.ref} carries forward but its outcome does not`,
            })),
        ];
        if (issues.length) invalid(issues);

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

        const newPriority = new Map(
          priorities.map((p) => [p.id, { id: randomUUID(), ref: priorityAsked.get(p.id)!.ref ?? p.ref }]),
        );
        const oldPriorityRef = new Map(live.priorities.map((p) => [p.id, p.ref]));
        const newOutcome = new Map(
          outcomes.map((o) => {
            const parent = newPriority.get(o.priorityId)!;
            const asked = outcomeAsked.get(o.id)!.ref;
            return [
              o.id,
              {
                id: randomUUID(),
                priorityId: parent.id,
                from: o.ref,
                ref: asked ?? followParent(o.ref, oldPriorityRef.get(o.priorityId)!, parent.ref),
              },
            ];
          }),
        );
        const newAction = new Map(carried.map((a) => [a.id, randomUUID()]));
        const actionRef = (a: (typeof carried)[number]) => {
          const parent = newOutcome.get(a.outcomeId)!;
          return followParent(a.ref, parent.from, parent.ref);
        };
        const outcomeRefs = new Map([...newOutcome.values()].map((o) => [o.from, o.ref]));
        const clashes = [
          ...duplicates(
            'priorities',
            [...newPriority.values()].map((p) => p.ref),
          ),
          ...duplicates(
            'outcomes',
            [...newOutcome.values()].map((o) => o.ref),
          ),
          ...duplicates('actionIds', carried.map(actionRef)),
        ];
        if (clashes.length) invalid(clashes);

        await repo.insertPriorities(
          priorities.map((p, i) => ({
            ...stamp,
            id: newPriority.get(p.id)!.id,
            ref: newPriority.get(p.id)!.ref,
            position: i + 1,
            title: priorityAsked.get(p.id)!.title ?? p.title,
            deliveryGroupName: p.deliveryGroupName,
            deliveryGroupLeadRole: p.deliveryGroupLeadRole,
            deliveryGroupLeadId: p.deliveryGroupLeadId,
            reportingCadence: p.reportingCadence,
            byException: p.byException,
          })),
        );
        await repo.insertOutcomes(
          outcomes.map((o, i) => ({
            ...stamp,
            id: newOutcome.get(o.id)!.id,
            priorityId: newOutcome.get(o.id)!.priorityId,
            ref: newOutcome.get(o.id)!.ref,
            position: i + 1,
            title: outcomeAsked.get(o.id)!.title ?? o.title,
            leadId: o.leadId,
          })),
        );
        await repo.insertActions(
          carried.map((a, i) => ({
            ...stamp,
            id: newAction.get(a.id)!,
            outcomeId: newOutcome.get(a.outcomeId)!.id,
            ref: actionRef(a),
            position: i + 1,
            title: a.title,
            // A Red's new completion date is the date the carried action now works to.
            dueMonth: a.status === 'Red' && a.revisedDue ? a.revisedDue.slice(0, 7) : a.dueMonth,
            dueText: a.dueText,
            carriedFromId: a.id,
          })),
        );
        await repo.insertLeads(
          (await repo.leadsOf(carried.map((a) => a.id))).map((l) => ({
            ...l,
            actionId: newAction.get(l.actionId)!,
          })),
        );

        const actuals = await repo.latestActuals(kpis.map((k) => k.id));
        const newKpi = new Map(kpis.map((k) => [k.id, randomUUID()]));
        await repo.insertKpis(
          kpis.map((k, i) => {
            const confirmed = kpiAsked.get(k.id)!.baselineValue;
            const latest = actuals.get(k.id);
            const baseline =
              confirmed !== undefined
                ? {
                    value: confirmed,
                    text:
                      confirmed === null
                        ? k.baselineText
                        : `${confirmed} (confirmed when ${body.title} started)`,
                  }
                : latest
                  ? {
                      value: latest.value,
                      text: `${latest.value} (${old.title}, ${formatMonth(latest.period)})`,
                    }
                  : { value: k.baselineValue, text: k.baselineText };
            return {
              ...stamp,
              id: newKpi.get(k.id)!,
              outcomeRef: outcomeRefs.get(k.outcomeRef) ?? k.outcomeRef,
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
        await repo.insertTargets(
          (await repo.targetsOf(kpis.map((k) => k.id))).map(({ id: _, kpiId, ...t }) => ({
            ...t,
            kpiId: newKpi.get(kpiId)!,
            // Targets fall due counted from the new plan's start.
            month: null,
          })),
        );
        const findings = await repo.moveFindings(planId, plan.id, new Map([...newAction]));

        const carriedCounts = {
          priorities: priorities.length,
          outcomes: outcomes.length,
          actions: carried.length,
          kpis: kpis.length,
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
