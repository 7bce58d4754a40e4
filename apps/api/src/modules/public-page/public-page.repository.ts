import {
  type Kpi,
  type Month,
  type PublicKpi,
  type PublicLead,
  type PublicPlan,
  type PublicPriority,
  publicDataUrls,
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
  statusUpdates,
} from '../../db/schema';
import { attachmentsRepository } from '../attachments/attachments.repository';
import { kpisRepository } from '../kpis/kpis.repository';

const approved = and(isNotNull(publicSummaries.approvedAt), isNotNull(publicSummaries.publishedSaid));

/** The public plan at `slug`, with its licence's address; null when there is none or it is not public. */
export async function findPublicPlan(db: Db, slug: string) {
  const [row] = await db
    .select({ planId: plans.id, licenceUrl: planPublications.licenceUrl })
    .from(planPublications)
    .innerJoin(plans, eq(plans.id, planPublications.planId))
    .where(and(eq(planPublications.slug, slug), eq(planPublications.public, true)));
  return row ?? null;
}

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

/** Of these actions, those whose summary is published on the plan's public page. */
export async function publishedActionIds(db: Db, planId: string, actionIds: string[]): Promise<string[]> {
  if (actionIds.length === 0) return [];
  const rows = await db
    .select({ id: actions.id })
    .from(publicSummaries)
    .innerJoin(actions, eq(actions.id, publicSummaries.actionId))
    .where(
      and(
        eq(publicSummaries.planId, planId),
        eq(actions.planId, planId),
        inArray(actions.id, actionIds),
        approved,
        isNull(actions.archivedAt),
      ),
    );
  return rows.map((r) => r.id);
}

async function publishedActions(db: Db, planId: string, showNames: boolean): Promise<PublicPriority[]> {
  const rows = await db
    .select({
      id: actions.id,
      ref: actions.ref,
      status: actions.status,
      dueMonth: actions.dueMonth,
      statusMonth: statusUpdates.period,
      said: publicSummaries.publishedSaid,
      happened: publicSummaries.publishedHappened,
      priority: { id: priorities.id, ref: priorities.ref, title: priorities.title },
    })
    .from(publicSummaries)
    .innerJoin(actions, eq(actions.id, publicSummaries.actionId))
    .innerJoin(outcomes, eq(outcomes.id, actions.outcomeId))
    .innerJoin(priorities, eq(priorities.id, outcomes.priorityId))
    .leftJoin(statusUpdates, eq(statusUpdates.id, actions.currentUpdateId))
    .where(
      and(
        eq(publicSummaries.planId, planId),
        eq(actions.planId, planId),
        approved,
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
  const byPriority = new Map<string, PublicPriority>();
  for (const row of rows) {
    const priority = byPriority.get(row.priority.id) ?? {
      ref: row.priority.ref,
      title: row.priority.title,
      actions: [],
    };
    priority.actions.push({
      ref: row.ref,
      said: row.said ?? '',
      happened: row.happened ?? '',
      status: row.status,
      statusMonth: row.statusMonth,
      dueMonth: row.dueMonth,
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

async function publishedKpis(db: Db, planId: string, planStart: Month, month: Month): Promise<PublicKpi[]> {
  const summaries = await db
    .select({
      kpiId: publicSummaries.kpiId,
      said: publicSummaries.publishedSaid,
      happened: publicSummaries.publishedHappened,
    })
    .from(publicSummaries)
    .where(and(eq(publicSummaries.planId, planId), isNotNull(publicSummaries.kpiId), approved));
  if (summaries.length === 0) return [];
  const text = new Map(summaries.map((s) => [s.kpiId, s]));
  const kpis = ((await kpisRepository(db).listForPlan(planId)) ?? []).filter((k) => text.has(k.id));
  return kpis.map((kpi) => {
    const latest = kpi.latest;
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
 * approved words. `month` (today's) picks the target in force for a KPI with no value yet.
 */
export async function loadPublicPlan(db: Db, planId: string, month: Month): Promise<PublicPlan | null> {
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
  const within =
    month < plan.periodStart ? plan.periodStart : month > plan.periodEnd ? plan.periodEnd : month;
  return {
    slug: publication.slug,
    title: plan.title,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    licence: { name: publication.licenceName, url: publication.licenceUrl },
    data: publicDataUrls(publication.slug),
    glossary,
    priorities: await publishedActions(db, planId, publication.showLeadNames),
    kpis: await publishedKpis(db, planId, plan.periodStart, within),
  };
}
