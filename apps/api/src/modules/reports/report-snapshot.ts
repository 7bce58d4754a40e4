import type { Month, ReportAction, ReportChallenge, ReportFinding, ReportSnapshot } from '@ragboard/shared';
import { and, desc, eq, gt, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { boardReports, challenges } from '../../db/schema';
import { positionReader } from '../../read-model';
import { challengesRepository } from '../challenges';
import { findingsRepository } from '../findings';
import { kpisRepository } from '../kpis';
import { plansRepository } from '../plans';
import { loadSummaryInput, periodSummary, type SummaryInput } from '../summary';
import { readStoredSnapshot } from './stored-snapshot';

/**
 * The challenges the board must hear: every one raised or answered since the last published
 * report was taken, and every one still open, however old.
 */
async function challengesSince(db: Db, planId: string, since: Date | null): Promise<ReportChallenge[]> {
  const recent = since
    ? or(eq(challenges.state, 'open'), gt(challenges.createdAt, since), gt(challenges.answeredAt, since))
    : undefined;
  const list = await challengesRepository(db).list(and(eq(challenges.planId, planId), recent));
  return list.map(({ planId: _, version: __, ...challenge }) => challenge);
}

/** Each finding's judgement by the period, and its actions with their status and note at the period. */
async function findingsAt(
  db: Db,
  planId: string,
  period: Month,
  now: Date,
  actions: Map<string, ReportAction>,
): Promise<ReportFinding[]> {
  return (await findingsRepository(db).forPlan(planId, now)).map((f) => {
    const judgement = f.judgements.find((j) => j.month <= period);
    return {
      id: f.id,
      ref: f.ref,
      title: f.title,
      source: f.source,
      judgement: judgement
        ? { month: judgement.month, judgement: judgement.judgement, note: judgement.note }
        : null,
      actions: f.actions.flatMap((linked) => {
        const a = actions.get(linked.id);
        return a ? [{ id: a.id, ref: a.ref, title: a.title, status: a.status, note: a.note }] : [];
      }),
    };
  });
}

/** The plan as it stood at a period: what a board report freezes. */
/** The plan narrowed to some priorities, their outcomes, actions and updates: a body's pack. */
function narrowedTo(input: SummaryInput, priorityIds: readonly string[]): SummaryInput {
  const keep = new Set(priorityIds);
  const priorities = input.priorities.filter((p) => keep.has(p.id));
  const outcomes = input.outcomes.filter((o) => keep.has(o.priorityId));
  const outcomeIds = new Set(outcomes.map((o) => o.id));
  const actions = input.actions.filter((a) => outcomeIds.has(a.outcomeId));
  const actionIds = new Set(actions.map((a) => a.id));
  return {
    ...input,
    priorities,
    outcomes,
    actions,
    source: {
      ...input.source,
      updates: input.source.updates.filter((u) => actionIds.has(u.actionId)),
      newDates: input.source.newDates.filter((d) => actionIds.has(d.actionId)),
    },
  };
}

/**
 * The plan as it stood at `period`: the summary, every action's status and note, KPIs, challenges
 * and findings. With `scope`, only those priorities (and the summary of them alone).
 */
export async function takeSnapshot(
  db: Db,
  planId: string,
  period: Month,
  now: Date,
  scope: readonly string[] | null = null,
): Promise<ReportSnapshot | null> {
  const plan = await plansRepository(db).findById(planId);
  const loaded = await loadSummaryInput(db, planId, period, now);
  const input = loaded && scope ? narrowedTo(loaded, scope) : loaded;
  if (!plan || !input) return null;
  const summary = periodSummary(input);
  const positions = positionReader(input.source);
  const at = { month: period, today: now, planEnd: plan.periodEnd };
  const actions = input.actions.map((a) => ({
    outcomeId: a.outcomeId,
    id: a.id,
    ref: a.ref,
    title: a.title,
    leads: a.leads.map(({ name, organisation }) => ({ name, organisation })),
    ...positions.at(a, at),
  }));
  const kpis = ((await kpisRepository(db).listForPlan(planId)) ?? []).map((k) => {
    const values = k.values.filter((v) => v.period <= period);
    return { ...k, values, latest: values.at(-1) ?? null };
  });
  const [previous] = await db
    .select()
    .from(boardReports)
    .where(
      and(
        eq(boardReports.planId, planId),
        eq(boardReports.state, 'published'),
        lt(boardReports.period, period),
      ),
    )
    .orderBy(desc(boardReports.period), desc(boardReports.publishedAt))
    .limit(1);
  const before = previous ? readStoredSnapshot(previous.snapshot) : null;
  const beforeStatus = new Map(
    before?.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions.map((a) => [a.id, a.status]))),
  );
  return {
    plan: { id: plan.id, title: plan.title, periodStart: plan.periodStart, periodEnd: plan.periodEnd },
    period,
    takenAt: now.toISOString(),
    summary,
    priorities: input.priorities.map((p) => ({
      id: p.id,
      ref: p.ref,
      title: p.title,
      outcomes: input.outcomes
        .filter((o) => o.priorityId === p.id)
        .map((o) => ({
          id: o.id,
          ref: o.ref,
          title: o.title,
          actions: actions.filter((a) => a.outcomeId === o.id).map(({ outcomeId: _, ...a }) => a),
        })),
    })),
    kpis,
    challenges: await challengesSince(db, planId, before ? new Date(before.takenAt) : null),
    findings: await findingsAt(db, planId, period, now, new Map(actions.map((a) => [a.id, a]))),
    closeOut: null,
    sinceLastReport:
      previous && before
        ? {
            reportId: previous.id,
            title: previous.title,
            period: previous.period,
            changes: actions
              .filter((a) => beforeStatus.has(a.id) && beforeStatus.get(a.id) !== a.status)
              .map((a) => ({ ref: a.ref, title: a.title, from: beforeStatus.get(a.id)!, to: a.status })),
          }
        : null,
  };
}
