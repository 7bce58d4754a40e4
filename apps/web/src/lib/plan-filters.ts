import {
  type ActionNode,
  isBehind,
  type PersonRef,
  type PlanTree,
  type PriorityNode,
  STATUSES,
  type Status,
} from '@ragboard/shared';

/** What the plan page is filtered by; every field lives in the URL's query string. */
export interface PlanFilters {
  statuses: Status[];
  lead: string;
  organisation: string;
  priority: string;
  /** Behind its dates (`isBehind`): past its new completion date, or its original one. */
  overdue: boolean;
  q: string;
}

const isStatus = (value: string): value is Status => (STATUSES as readonly string[]).includes(value);

export function filtersFrom(params: URLSearchParams): PlanFilters {
  return {
    statuses: params.getAll('status').filter(isStatus),
    lead: params.get('lead') ?? '',
    organisation: params.get('organisation') ?? '',
    priority: params.get('priority') ?? '',
    overdue: params.get('overdue') === 'yes',
    q: (params.get('q') ?? '').trim(),
  };
}

export function isFiltering(filters: PlanFilters): boolean {
  return (
    filters.statuses.length > 0 ||
    Boolean(filters.lead || filters.organisation || filters.priority || filters.q) ||
    filters.overdue
  );
}

function matches(action: ActionNode, filters: PlanFilters): boolean {
  if (filters.statuses.length > 0 && !filters.statuses.includes(action.status)) return false;
  if (filters.lead && !action.leads.some((lead) => lead.id === filters.lead)) return false;
  if (filters.organisation && !action.leads.some((lead) => lead.organisation === filters.organisation)) {
    return false;
  }
  if (filters.overdue && !isBehind(action)) return false;
  if (filters.q) {
    const words = filters.q.toLowerCase();
    if (!action.ref.toLowerCase().startsWith(words) && !action.title.toLowerCase().includes(words)) {
      return false;
    }
  }
  return true;
}

export interface FilteredPlan {
  priorities: PriorityNode[];
  shown: number;
  total: number;
}

/** The plan's tree with only the matching actions; priorities and outcomes left empty are dropped. */
export function filterPlan(plan: PlanTree, filters: PlanFilters): FilteredPlan {
  const all = plan.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions));
  if (!isFiltering(filters)) return { priorities: plan.priorities, shown: all.length, total: all.length };
  const priorities = plan.priorities
    .filter((priority) => !filters.priority || priority.id === filters.priority)
    .map((priority) => ({
      ...priority,
      outcomes: priority.outcomes
        .map((outcome) => ({ ...outcome, actions: outcome.actions.filter((a) => matches(a, filters)) }))
        .filter((outcome) => outcome.actions.length > 0),
    }))
    .filter((priority) => priority.outcomes.length > 0);
  const shown = priorities.reduce(
    (sum, p) => sum + p.outcomes.reduce((inner, o) => inner + o.actions.length, 0),
    0,
  );
  return { priorities, shown, total: all.length };
}

/** Everyone who leads an action in the plan, by name. */
export function leadsOf(plan: PlanTree): PersonRef[] {
  const byId = new Map<string, PersonRef>();
  for (const priority of plan.priorities) {
    for (const outcome of priority.outcomes) {
      for (const action of outcome.actions) for (const lead of action.leads) byId.set(lead.id, lead);
    }
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The organisations of the plan's action leads, by name. */
export function organisationsOf(plan: PlanTree): string[] {
  const names = leadsOf(plan)
    .map((lead) => lead.organisation)
    .filter((name): name is string => Boolean(name));
  return [...new Set(names)].sort((a, b) => a.localeCompare(b));
}
