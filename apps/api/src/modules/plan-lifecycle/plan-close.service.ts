import {
  type CloseOut,
  type CloseOutDisposition,
  type ClosePlanBody,
  type Month,
  monthOf,
  type PlanClosedReply,
  type ReportSnapshot,
  type SessionUser,
} from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { actions as actionTable } from '../../db/schema';
import { recordPlanChange } from '../../journal';
import { ConflictError, NotFoundError, ValidationError } from '../../plugins/errors';
import { assertIfMatch } from '../../plugins/etag';
import { carriedToRefs } from '../../read-model';
import { plansRepository, toPlan } from '../plans';
import { reportsRepository, takeSnapshot, toBoardReport } from '../reports';
import { planLifecycleRepository } from './plan-lifecycle.repository';

export const SUMMARY_OF_PROGRESS = 'Summary of progress';

/** Every action of a snapshot, in the plan's order. */
const actionsOf = (snapshot: ReportSnapshot) =>
  snapshot.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions));

/** The month a close is taken at: as asked, or the plan's last month, or this month if sooner. */
function closingMonth(
  asked: Month | undefined,
  plan: { periodStart: Month; periodEnd: Month },
  today: Month,
) {
  const period = asked ?? (plan.periodEnd < today ? plan.periodEnd : today);
  const problem =
    period < plan.periodStart
      ? 'A plan closes in or after the month it starts'
      : period > today
        ? 'A plan closes this month or before, not in a month still to come'
        : null;
  if (problem) throw new ValidationError(problem, [{ path: 'body.period', message: problem }]);
  return period;
}

/**
 * Closing a plan (issue 19): in one transaction, its summary of progress is frozen as a published
 * report (every action's final status, a Blue's sign-off, why each unfinished one closes, the KPIs'
 * final positions) and the plan becomes read-only (the closed-plan guard). A second close is refused.
 */
export function planCloseService(db: Db, now: () => Date) {
  return {
    close: (actor: SessionUser, planId: string, body: ClosePlanBody, ifMatch: number | null) =>
      writeTransaction(db, async (tx): Promise<PlanClosedReply> => {
        const before = await plansRepository(tx).lock(planId);
        if (!before) throw new NotFoundError('Plan');
        assertIfMatch(ifMatch, before, 'plan', toPlan(before));
        if (before.state === 'closed') throw new ConflictError('This plan is already closed');
        if (before.state !== 'active') {
          throw new ConflictError(`Only an active plan can be closed; this one is ${before.state}`);
        }
        const at = now();
        const period = closingMonth(body.period, before, monthOf(at));
        const snapshot = (await takeSnapshot(tx, planId, period, at))!;
        const actions = actionsOf(snapshot);

        const known = new Set(actions.map((a) => a.id));
        const strangers = Object.keys(body.reasons ?? {}).filter((id) => !known.has(id));
        if (strangers.length > 0) {
          throw new ValidationError(
            'A reason names an action that is not in this plan',
            strangers.map((id) => ({ path: `body.reasons.${id}`, message: 'Not an action of this plan' })),
          );
        }
        const lifecycle = planLifecycleRepository(tx);
        const carriedTo = await carriedToRefs(tx, eq(actionTable.planId, planId));
        const reasonFor = (id: string) => body.reasons?.[id] ?? body.reason;
        const unexplained = actions.filter(
          (a) => a.status !== 'Blue' && !carriedTo.has(a.id) && !reasonFor(a.id),
        );
        if (unexplained.length > 0) {
          const message = `Enter why the unfinished actions close (${unexplained.map((a) => a.ref).join(', ')})`;
          throw new ValidationError(message, [{ path: 'body.reason', message }]);
        }

        const signOffs = await lifecycle.signOffsAt(planId, period);
        const disposition = (a: (typeof actions)[number]): CloseOutDisposition => {
          if (a.status === 'Blue') return { kind: 'completed' };
          const next = carriedTo.get(a.id);
          return next
            ? { kind: 'carried', planTitle: next.planTitle, ref: next.ref }
            : { kind: 'closed', reason: reasonFor(a.id)! };
        };
        const closeOut: CloseOut = {
          closedAt: at.toISOString(),
          closedBy: actor.displayName,
          actions: actions.map((a) => ({
            id: a.id,
            ref: a.ref,
            title: a.title,
            status: a.status,
            signedOff: a.status === 'Blue' ? (signOffs.get(a.id) ?? null) : null,
            disposition: disposition(a),
          })),
          kpis: snapshot.kpis.map((k) => {
            const target12m = k.targets.find((t) => t.monthsFromStart === 12);
            return {
              id: k.id,
              outcomeRef: k.outcomeRef,
              statement: k.statement,
              baseline: k.baselineText,
              target12m: target12m?.text ?? null,
              final: k.latest
                ? { period: k.latest.period, value: k.latest.value, judgement: k.latest.judgement }
                : null,
            };
          }),
        };
        const report = await reportsRepository(tx).insert({
          planId,
          period,
          title: `${SUMMARY_OF_PROGRESS}: ${before.title}`,
          state: 'published',
          commentary: { overall: '', priorities: {} },
          sections: ['summary', 'kpis', 'findings'],
          snapshot: { ...snapshot, closeOut },
          createdById: actor.id,
          createdAt: at,
          updatedAt: at,
          publishedAt: at,
          publishedById: actor.id,
        });
        await recordPlanChange(tx, {
          actorId: actor.id,
          planId,
          entityType: 'report',
          entityId: report.id,
          operation: 'publish',
          after: toBoardReport(report),
        });
        const after = toPlan(await plansRepository(tx).update(planId, { state: 'closed' }, at));
        await recordPlanChange(tx, {
          actorId: actor.id,
          planId,
          entityType: 'plan',
          entityId: planId,
          operation: 'close',
          before: toPlan(before),
          after,
        });
        return { plan: after, summaryReportId: report.id };
      }),
  };
}
