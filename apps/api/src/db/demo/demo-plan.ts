import type { Month, OrganisationKind, ReportingCadence } from '@ragboard/shared';
import type { Tx } from '../client';
import {
  actionLeads,
  actions,
  kpis,
  kpiTargets,
  organisations,
  outcomes,
  people,
  plans,
  priorities,
} from '../schema';
import { kpiShape, percent } from './demo-kpis';
import json from './plan-2023-24.json';

export const DEMO_PLAN_SLUG = 'lancashire-send-2023-24';
const AGREED_AT = new Date('2022-12-15T12:00:00Z');

interface SourceAction {
  ref: string;
  title: string;
  dueMonth: Month | null;
  dueText: string | null;
  leads: string[];
}

/** The plan as cut into records from the published document. */
export interface DemoSource {
  title: string;
  priorities: {
    ref: string;
    title: string;
    deliveryGroup: { leadRole: string; reportingCadence: string; byException: boolean };
    outcomes: { ref: string; title: string; lead: string | null; actions: SourceAction[] }[];
  }[];
  kpis: {
    ref: string;
    title: string;
    baseline: string | null;
    target3m: string;
    target6m: string;
    target12m: string;
  }[];
}

export const demoSource: DemoSource = json;
const source = demoSource;

/** The partners the plan names. */
const PARTNERS: { name: string; kind: OrganisationKind }[] = [
  { name: 'Lancashire County Council', kind: 'council' },
  { name: 'Lancashire and South Cumbria Integrated Care Board', kind: 'icb' },
  { name: 'Lancashire and South Cumbria NHS Foundation Trust', kind: 'nhs_trust' },
  { name: 'Lancashire Parent Carer Forum', kind: 'parent_carer_forum' },
  { name: 'POWAR (Lancashire young people’s participation group)', kind: 'young_people' },
  { name: 'Lancashire schools and colleges', kind: 'school_or_college' },
];

/**
 * The plan names each lead but not who they work for. So that "by partner organisation" shows
 * something, each demo person is placed, for illustration only, in the partner whose delivery group
 * they lead most actions in, from the group lead's role the plan gives (Head of Inclusion: the
 * council; Associate Director SEND - Health and the Director of Policy, Commissioning and
 * Children's Health: the ICB; the Learning Disability, Autism and Mental Health service: the NHS
 * trust). It is not a statement about any real person's employer.
 */
export const ILLUSTRATIVE_PARTNER_BY_PRIORITY: Record<string, string> = {
  '1': 'Lancashire County Council',
  '2': 'Lancashire County Council',
  '3': 'Lancashire and South Cumbria Integrated Care Board',
  '4': 'Lancashire and South Cumbria NHS Foundation Trust',
  '5': 'Lancashire and South Cumbria Integrated Care Board',
};

/** Each lead's priority by where they lead most (the earlier priority on a tie). */
export function demoLeadPriorities(plan: Pick<DemoSource, 'priorities'>): Map<string, string> {
  const tally = new Map<string, Map<string, number>>();
  for (const p of plan.priorities) {
    for (const o of p.outcomes) {
      for (const name of [o.lead, ...o.actions.flatMap((a) => a.leads)]) {
        if (!name) continue;
        const counts = tally.get(name.trim()) ?? new Map<string, number>();
        counts.set(p.ref, (counts.get(p.ref) ?? 0) + 1);
        tally.set(name.trim(), counts);
      }
    }
  }
  return new Map(
    [...tally].map(([name, counts]) => [
      name,
      [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0],
    ]),
  );
}

/** Lead "names" that are posts, not people: kept as person records that carry the role. */
const ROLE_LEADS = new Set(['FHISS Project Manager']);

/**
 * Every demo lead can be reminded: an invented address at example.org (a domain that never
 * receives mail) made from their name, "Sapphire Murray" → sapphire.murray@example.org.
 */
export function demoEmail(name: string): string {
  const local = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
  return `${local}@example.org`;
}

/** Writes the plan's structure (Table 1, outcomes, actions, leads, KPIs) in the caller's transaction. */
export async function insertDemoPlan(tx: Tx, periodEnd: Month) {
  await tx.insert(organisations).values(PARTNERS).onConflictDoNothing();
  const partnerRows = await tx.select({ id: organisations.id, name: organisations.name }).from(organisations);
  const partnerId = new Map(partnerRows.map((o) => [o.name, o.id]));
  const priorityOf = demoLeadPriorities(source);
  const personRows = await tx
    .insert(people)
    .values(
      [...priorityOf].map(([name, priorityRef]) => ({
        name,
        email: demoEmail(name),
        role: ROLE_LEADS.has(name) ? name : null,
        organisationId: partnerId.get(ILLUSTRATIVE_PARTNER_BY_PRIORITY[priorityRef] ?? '') ?? null,
      })),
    )
    .returning({ id: people.id, name: people.name });
  const personId = new Map(personRows.map((p) => [p.name, p.id]));

  const [plan] = await tx
    .insert(plans)
    // Made when it was agreed, before its first month: the plan list reads in the chain's order.
    .values({
      slug: DEMO_PLAN_SLUG,
      title: source.title,
      periodStart: '2023-01',
      periodEnd,
      state: 'active',
      createdAt: AGREED_AT,
      updatedAt: AGREED_AT,
    })
    .returning();
  if (!plan) throw new Error('The demo plan was not written');

  const actionRows: { id: string; ref: string; dueMonth: Month | null; leads: string[] }[] = [];
  for (const [pi, p] of source.priorities.entries()) {
    const [priority] = await tx
      .insert(priorities)
      .values({
        planId: plan.id,
        ref: p.ref,
        position: pi,
        title: p.title,
        deliveryGroupName: `${p.title.replace(/\s*\(.*\)$/, '')} Delivery Group`,
        deliveryGroupLeadRole: p.deliveryGroup.leadRole,
        reportingCadence: p.deliveryGroup.reportingCadence as ReportingCadence,
        byException: p.deliveryGroup.byException,
      })
      .returning({ id: priorities.id });
    for (const [oi, o] of p.outcomes.entries()) {
      const [outcome] = await tx
        .insert(outcomes)
        .values({
          planId: plan.id,
          priorityId: priority!.id,
          ref: o.ref,
          position: oi,
          title: o.title,
          leadId: o.lead ? personId.get(o.lead.trim()) : null,
        })
        .returning({ id: outcomes.id });
      const sourceActions = o.actions;
      if (sourceActions.length === 0) continue;
      const inserted = await tx
        .insert(actions)
        .values(
          sourceActions.map((a, ai) => ({
            planId: plan.id,
            outcomeId: outcome!.id,
            ref: a.ref,
            position: ai,
            title: a.title,
            dueMonth: a.dueMonth,
            dueText: a.dueText,
          })),
        )
        .returning({ id: actions.id, ref: actions.ref, dueMonth: actions.dueMonth });
      for (const [i, row] of inserted.entries()) actionRows.push({ ...row, leads: sourceActions[i]!.leads });
    }
  }
  await tx
    .insert(actionLeads)
    .values(
      actionRows.flatMap((a) =>
        a.leads.map((name, position) => ({ actionId: a.id, personId: personId.get(name.trim())!, position })),
      ),
    );

  const kpiRows = await tx
    .insert(kpis)
    .values(
      source.kpis.map((k, position) => ({
        planId: plan.id,
        outcomeRef: k.ref,
        position,
        statement: k.title,
        ...kpiShape(k.title),
        baselineValue: percent(k.baseline),
        baselineText: k.baseline,
      })),
    )
    .returning();
  await tx.insert(kpiTargets).values(
    source.kpis.flatMap((k, i) =>
      (
        [
          [3, k.target3m],
          [6, k.target6m],
          [12, k.target12m],
        ] as const
      ).map(([monthsFromStart, text]) => ({
        kpiId: kpiRows[i]!.id,
        monthsFromStart,
        value: percent(text),
        text,
      })),
    ),
  );
  return { plan, actions: actionRows, personId, kpis: kpiRows };
}
