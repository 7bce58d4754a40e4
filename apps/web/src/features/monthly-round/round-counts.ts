import type { ActionBrief, PersonRef, PlanPeriodSummary } from '@ragboard/shared';

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
