import { addMonths, lastDayOfMonth, type Month, type SessionUser } from '@ragboard/shared';
import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import { actionsService } from '../../modules/actions';
import { planSuccessionService } from '../../modules/plan-lifecycle';
import type { Tx } from '../client';
import { actionLeads, actions, kpis, kpiTargets, outcomes, people, plans } from '../schema';

export const SUCCESSOR_TITLE = 'Lancashire SEND Partnership Continuous Improvement Plan 2025 - 2027';
export const SUCCESSOR_SLUG = 'lancashire-send-2025-27';
export const SUCCESSOR_START: Month = '2025-01';
export const SUCCESSOR_END: Month = '2027-12';

/** The words that mark the demo's invented actions: the 2025-27 plan itself is not published. */
export const ILLUSTRATIVE = 'Illustrative action (not from a published plan):';

/** A few new actions the next plan adds, clearly marked as invented for the demo. */
const NEW_ACTIONS: { outcomeRef: string; title: string; dueMonth: Month; lead: string }[] = [
  {
    outcomeRef: '1.1',
    title: `${ILLUSTRATIVE} review the graduated response toolkit with school SENCOs and publish the revised version on the Local Offer`,
    dueMonth: '2026-03',
    lead: 'Sapphire Murray',
  },
  {
    outcomeRef: '3.1',
    title: `${ILLUSTRATIVE} agree a joint quality assurance audit of EHC plans with health and social care each term`,
    dueMonth: '2026-09',
    lead: 'Sally Richardson',
  },
  {
    outcomeRef: '5.1',
    title: `${ILLUSTRATIVE} co-produce a preparing-for-adulthood guide with POWAR and the parent carer forum`,
    dueMonth: '2027-06',
    lead: 'Sapphire Murray',
  },
];

/** A small seeded number from a ref, so the demo is the same on every machine. */
const spread = (ref: string, range: number) =>
  [...ref].reduce((sum, c) => (sum * 31 + c.charCodeAt(0)) % 9973, 7) % range;

/**
 * The 2025-27 plan, started from the 2023-24 plan in January 2025 through "start the next plan"
 * (every unfinished action carried forward with its history, the KPIs with their latest actuals, the
 * findings), its late carried actions given new dates within it by the manager (three scripted), a few illustrative new actions, and made
 * active. Returns its actions for their history, and its KPIs.
 */
export async function insertDemoSuccessor(
  tx: Tx,
  previousPlanId: string,
  manager: SessionUser,
  at: Date,
  now: Month,
) {
  const { plan } = await planSuccessionService(tx, () => at).startNext(
    manager,
    previousPlanId,
    { title: SUCCESSOR_TITLE, slug: SUCCESSOR_SLUG, periodStart: SUCCESSOR_START, periodEnd: SUCCESSOR_END },
    null,
  );
  await tx.update(plans).set({ state: 'active' }).where(eq(plans.id, plan.id));

  // Work that had slipped past its date is given a new one when the plan starts, agreed by the
  // manager and spread over the plan's months; it keeps its original date. Three are scripted so the
  // demo shows each way an open action stands against its dates today: on track for an agreed new
  // date, past its new date, and past its original date with none agreed.
  const late = await tx
    .select({ id: actions.id, ref: actions.ref, revisedDue: actions.revisedDue })
    .from(actions)
    .where(and(eq(actions.planId, plan.id), lt(actions.dueMonth, SUCCESSOR_START)))
    .orderBy(asc(actions.ref));
  const workingTo = new Map<string, Month>();
  const [noneAgreed, onTrack, pastNewDate] = late;
  const scripted = new Map<string, Month | null>([
    [onTrack!.id, addMonths(now, 5)],
    [pastNewDate!.id, [addMonths(now, -2), addMonths(SUCCESSOR_START, 2)].sort()[1]!],
    [noneAgreed!.id, null],
  ]);
  const service = actionsService(tx, () => at);
  for (const a of late) {
    const month = scripted.has(a.id) ? scripted.get(a.id)! : addMonths('2025-04', spread(a.ref, 31));
    if (month) workingTo.set(a.id, month);
    const body = month
      ? { date: lastDayOfMonth(month), reason: 'Agreed by the board when the 2025-27 plan started' }
      : { date: null, reason: 'The date set in 2024 no longer holds; the board is to agree a new one' };
    if (month || a.revisedDue) await service.setNewDate(manager.id, a.id, body, null);
  }

  const outcomeRows = await tx
    .select({ id: outcomes.id, ref: outcomes.ref })
    .from(outcomes)
    .where(
      and(
        eq(outcomes.planId, plan.id),
        inArray(
          outcomes.ref,
          NEW_ACTIONS.map((n) => n.outcomeRef),
        ),
      ),
    );
  const leads = await tx
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(
      inArray(
        people.name,
        NEW_ACTIONS.map((n) => n.lead),
      ),
    );
  for (const n of NEW_ACTIONS) {
    const outcome = outcomeRows.find((o) => o.ref === n.outcomeRef);
    const lead = leads.find((p) => p.name === n.lead);
    if (!outcome || !lead) continue;
    const siblings = await tx
      .select({ ref: actions.ref })
      .from(actions)
      .where(eq(actions.outcomeId, outcome.id));
    const last = Math.max(0, ...siblings.map((s) => Number(s.ref.split('.').at(-1)) || 0));
    const [row] = await tx
      .insert(actions)
      .values({
        planId: plan.id,
        outcomeId: outcome.id,
        ref: `${outcome.ref}.${last + 1}`,
        position: 1000 + last,
        title: n.title,
        dueMonth: n.dueMonth,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: actions.id });
    await tx.insert(actionLeads).values({ actionId: row!.id, personId: lead.id });
  }

  const actionRows = await tx
    .select({ id: actions.id, ref: actions.ref, dueMonth: actions.dueMonth, revisedDue: actions.revisedDue })
    .from(actions)
    .where(eq(actions.planId, plan.id))
    .orderBy(asc(actions.position));
  const leadRows = await tx
    .select({ actionId: actionLeads.actionId, name: people.name })
    .from(actionLeads)
    .innerJoin(people, eq(people.id, actionLeads.personId))
    .where(
      inArray(
        actionLeads.actionId,
        actionRows.map((a) => a.id),
      ),
    )
    .orderBy(asc(actionLeads.position));
  const kpiRows = await tx.select().from(kpis).where(eq(kpis.planId, plan.id));
  const targets = kpiRows.length
    ? await tx
        .select()
        .from(kpiTargets)
        .where(
          inArray(
            kpiTargets.kpiId,
            kpiRows.map((k) => k.id),
          ),
        )
    : [];
  return {
    plan,
    actions: actionRows.map((a) => ({
      ...a,
      // Its history is told against the date it now works to.
      dueMonth: workingTo.get(a.id) ?? a.dueMonth,
      steady: scripted.has(a.id),
      leads: leadRows.filter((l) => l.actionId === a.id).map((l) => l.name),
    })),
    kpis: kpiRows.map((k) => ({
      id: k.id,
      rule: { ...k, targets: targets.filter((t) => t.kpiId === k.id) },
    })),
  };
}
