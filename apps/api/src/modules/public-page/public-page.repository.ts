import {
  type Kpi,
  type Month,
  type PublicKpi,
  type PublicLead,
  type PublicPlan,
  type PublicPriority,
  publicDataUrls,
  publicMonth,
  targetInForce,
} from '@ragboard/shared';
import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  actionLeads,
  actions,
  glossaryTerms,
  organisations,
  outcomes,
  people,
  planPublications,
  plans,
  priorities,
  publicSummaries,
} from '../../db/schema';
import { approvedSummary, loadPositionSource, planPeriods, positionReader } from '../../read-model';
import { attachmentsRepository } from '../attachments';
import { kpisRepository } from '../kpis';

/** Leads by action, as the public may see them: names only when the plan shows names, each once. */
async function publicLeads(db: Db, actionIds: string[], showNames: boolean) {
  const rows = await db
    .select({
      actionId: actionLeads.actionId,
      name: people.name,
      role: people.role,
      organisation: organisations.name,
    })
    .from(actionLeads)
    .innerJoin(people, eq(people.id, actionLeads.personId))
    .leftJoin(organisations, eq(organisations.id, people.organisationId))
    .where(inArray(actionLeads.actionId, actionIds))
    .orderBy(asc(actionLeads.position));
  const byAction = new Map<string, PublicLead[]>();
  for (const row of rows) {
    const lead = { name: showNames ? row.name : null, role: row.role, organisation: row.organisation };
    const leads = byAction.get(row.actionId) ?? [];
    if (!leads.some((l) => JSON.stringify(l) === JSON.stringify(lead))) leads.push(lead);
    byAction.set(row.actionId, leads);
  }
  return byAction;
}

async function publishedActions(
  db: Db,
  plan: { id: string; periodEnd: Month },
  asAt: Month,
  today: Date,
  showNames: boolean,
): Promise<PublicPriority[]> {
  const planId = plan.id;
  const rows = await db
    .select({
      id: actions.id,
      ref: actions.ref,
      dueMonth: actions.dueMonth,
      dueText: actions.dueText,
      said: publicSummaries.publishedSaid,
      happened: publicSummaries.publishedHappened,
      priority: { id: priorities.id, ref: priorities.ref, title: priorities.title },
    })
    .from(publicSummaries)
    .innerJoin(actions, eq(actions.id, publicSummaries.actionId))
    .innerJoin(outcomes, eq(outcomes.id, actions.outcomeId))
    .innerJoin(priorities, eq(priorities.id, outcomes.priorityId))
    .where(
      and(
        eq(publicSummaries.planId, planId),
        eq(actions.planId, planId),
        approvedSummary,
        isNull(actions.archivedAt),
        isNull(outcomes.archivedAt),
        isNull(priorities.archivedAt),
      ),
    )
    .orderBy(asc(priorities.position), asc(outcomes.position), asc(actions.position));
  const leads = await publicLeads(
    db,
    rows.map((r) => r.id),
    showNames,
  );
  const files = await attachmentsRepository(db).publicForActions(rows.map((r) => r.id));
  const ids = rows.map((r) => r.id);
  const positions = positionReader(await loadPositionSource(db, inArray(actions.id, ids), asAt));
  const at = { month: asAt, today, planEnd: plan.periodEnd };
  const byPriority = new Map<string, PublicPriority>();
  for (const row of rows) {
    const priority = byPriority.get(row.priority.id) ?? {
      ref: row.priority.ref,
      title: row.priority.title,
      actions: [],
    };
    const { status, dueMonth, newDate, pastOriginalDate, pastNewDate } = positions.at(row, at);
    priority.actions.push({
      ref: row.ref,
      said: row.said ?? '',
      happened: row.happened ?? '',
      status,
      dueMonth,
      newDate,
      pastOriginalDate,
      pastNewDate,
      statusMonth: positions.index.stateAt(row.id, asAt)?.period ?? null,
      leads: leads.get(row.id) ?? [],
      files: files.filter((f) => f.actionId === row.id).map(({ actionId: _, ...file }) => file),
    });
    byPriority.set(row.priority.id, priority);
  }
  return [...byPriority.values()];
}

/** The target in force at `period`, with the month it fell due. */
function targetAt(kpi: Kpi, planStart: Month, period: Month): PublicKpi['target'] {
  const target = targetInForce(kpi, planStart, period);
  const month = kpi.targets.find((t) => t.monthsFromStart === target?.monthsFromStart)?.month;
  return target && month ? { value: target.value, month } : null;
}

/** Published KPIs with their latest value by `month` (the month the page shows). */
async function publishedKpis(db: Db, planId: string, planStart: Month, month: Month): Promise<PublicKpi[]> {
  const summaries = await db
    .select({
      kpiId: publicSummaries.kpiId,
      said: publicSummaries.publishedSaid,
      happened: publicSummaries.publishedHappened,
    })
    .from(publicSummaries)
    .where(and(eq(publicSummaries.planId, planId), isNotNull(publicSummaries.kpiId), approvedSummary));
  if (summaries.length === 0) return [];
  const text = new Map(summaries.map((s) => [s.kpiId, s]));
  const kpis = ((await kpisRepository(db).listForPlan(planId)) ?? []).filter((k) => text.has(k.id));
  return kpis.map((kpi) => {
    const latest = kpi.values.filter((v) => v.period <= month).at(-1) ?? null;
    return {
      ref: kpi.outcomeRef,
      said: text.get(kpi.id)?.said ?? '',
      happened: text.get(kpi.id)?.happened ?? '',
      unit: kpi.unit,
      direction: kpi.direction,
      targetKind: kpi.targetKind,
      baseline: kpi.baselineValue,
      target: targetAt(kpi, planStart, latest?.period ?? month),
      latest: latest ? { month: latest.period, value: latest.value, judgement: latest.judgement } : null,
    };
  });
}

/**
 * Everything the public may see of a plan, and nothing else: only approved summaries, in their
 * approved words, at the latest month the manager closed (`publicMonth`): never the unchecked one
 * still taking updates.
 */
export async function loadPublicPlan(db: Db, planId: string, today: Date): Promise<PublicPlan | null> {
  const [row] = await db
    .select({ plan: plans, publication: planPublications })
    .from(planPublications)
    .innerJoin(plans, eq(plans.id, planPublications.planId))
    .where(and(eq(plans.id, planId), eq(planPublications.public, true)));
  if (!row) return null;
  const { plan, publication } = row;
  const glossary = await db
    .select({ term: glossaryTerms.term, expansion: glossaryTerms.expansion })
    .from(glossaryTerms)
    .where(eq(glossaryTerms.planId, planId))
    .orderBy(asc(sql`lower(${glossaryTerms.term})`), asc(glossaryTerms.term));
  const periods = (await planPeriods(db, [planId])).get(planId) ?? [];
  const asAt = publicMonth(plan, periods, today);
  return {
    slug: publication.slug,
    title: plan.title,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    asAt,
    asAtClosed: periods.some((p) => p.month === asAt && p.state === 'closed'),
    licence: { name: publication.licenceName, url: publication.licenceUrl },
    data: publicDataUrls(publication.slug),
    glossary,
    priorities: await publishedActions(db, plan, asAt, today, publication.showLeadNames),
    kpis: await publishedKpis(db, planId, plan.periodStart, asAt),
  };
}
