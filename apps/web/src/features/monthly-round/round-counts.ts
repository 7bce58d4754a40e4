import {
  type ActionBrief,
  isReportingMonth,
  type PersonRef,
  type PlanPeriodSummary,
  type PlanTree,
  type ReportingCadence,
} from '@ragboard/shared';

export interface PriorityRound {
  id: string;
  ref: string;
  title: string;
  deliveryGroup: string | null;
  cadence: ReportingCadence;
  due: number;
  received: number;
  missing: number;
}

/**
 * Updates due and received this period, per priority. The summary names the missing ones; the
 * due ones are those of a priority reporting this month that were not Blue the month before
 * (Blue at the period, less the newly Blue), as the API counts missing.
 */
export function roundByPriority(summary: PlanPeriodSummary, plan: PlanTree): PriorityRound[] {
  const priorityOf = new Map<string, string>();
  for (const priority of plan.priorities)
    for (const outcome of priority.outcomes)
      for (const action of outcome.actions) priorityOf.set(action.id, priority.id);
  const inPriority = (briefs: ActionBrief[], id: string) =>
    briefs.filter((b) => priorityOf.get(b.id) === id).length;
  return summary.byPriority.map((p) => {
    const group = plan.priorities.find((candidate) => candidate.id === p.id)?.deliveryGroup;
    const cadence = group?.reportingCadence ?? 'monthly';
    const newlyBlue = inPriority(summary.movement.newlyBlue, p.id);
    const due = isReportingMonth(cadence, summary.period) ? p.total - p.counts.Blue + newlyBlue : 0;
    const missing = inPriority(
      summary.missing.map((m) => m.action),
      p.id,
    );
    return {
      id: p.id,
      ref: p.ref,
      title: p.title,
      deliveryGroup: group?.name ?? null,
      cadence,
      due,
      received: Math.max(0, due - missing),
      missing,
    };
  });
}

export interface LeadRound {
  lead: PersonRef | null;
  actions: ActionBrief[];
}

/** The missing updates by lead, most first; an action with two leads is on both lists. */
export function missingByLead(summary: PlanPeriodSummary): LeadRound[] {
  const byLead = new Map<string, LeadRound>();
  for (const { action, leads } of summary.missing) {
    for (const lead of leads.length > 0 ? leads : [null]) {
      const key = lead?.id ?? 'none';
      const entry = byLead.get(key) ?? { lead, actions: [] };
      entry.actions.push(action);
      byLead.set(key, entry);
    }
  }
  return [...byLead.values()].sort(
    (a, b) => b.actions.length - a.actions.length || (a.lead?.name ?? '').localeCompare(b.lead?.name ?? ''),
  );
}
