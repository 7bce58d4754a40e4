import type { Kpi, PlanTree } from '@ragboard/shared';

export interface ScorecardGroup {
  priorityRef: string;
  /** "Priority 3: Communication", or "Priority 3" when the plan has no such priority. */
  heading: string;
  kpis: Kpi[];
}

/** The priority an outcome ref belongs to: "3.4" is in priority "3". */
export function priorityRefOf(outcomeRef: string): string {
  return outcomeRef.split('.')[0]?.trim() ?? outcomeRef;
}

/** KPIs grouped by their priority, in the priorities' number order, each group keeping the list's order. */
export function scorecardGroups(kpis: readonly Kpi[], plan: PlanTree | undefined): ScorecardGroup[] {
  const groups = new Map<string, Kpi[]>();
  for (const kpi of kpis) {
    const ref = priorityRefOf(kpi.outcomeRef);
    groups.set(ref, [...(groups.get(ref) ?? []), kpi]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([priorityRef, members]) => {
      const title = plan?.priorities.find((p) => p.ref === priorityRef)?.title;
      return {
        priorityRef,
        heading: title ? `Priority ${priorityRef}: ${title}` : `Priority ${priorityRef}`,
        kpis: members,
      };
    });
}
