import {
  type ActionBrief,
  addMonths,
  emptyStatusCounts,
  formatMonth,
  isDueForUpdate,
  isOverdue,
  type KpiJudgement,
  type Month,
  monthsBetween,
  movement,
  type PersonRef,
  type PlanPeriodSummary,
  type PriorityRound,
  type ReportingCadence,
  STATUSES,
  type Status,
} from '@ragboard/shared';

export interface SummaryAction {
  id: string;
  ref: string;
  title: string;
  dueMonth: Month | null;
  dueText: string | null;
  priorityId: string;
  outcomeId: string;
  cadence: ReportingCadence;
  /** Its delivery group reports "or by exception": off-cadence when the action is in trouble. */
  byException: boolean;
  leads: PersonRef[];
  awaitingSignOff: boolean;
}

export interface SummaryUpdate {
  actionId: string;
  period: Month;
  status: Status;
  note: string | null;
  revisedDue: string | null;
  createdAt: Date;
  /** Counts towards the action's status: not a Blue still awaiting (or refused) sign-off, not superseded. */
  counts: boolean;
  /** Replaced by a correction: sorts before its replacement when both carry the same time. */
  superseded?: boolean;
}

export interface SummaryInput {
  planId: string;
  planStart: Month;
  /** Each KPI's latest judgement by the period, or null when it has no value yet. */
  kpiJudgements: (KpiJudgement | null)[];
  period: Month;
  today: Date;
  priorities: {
    id: string;
    ref: string;
    title: string;
    deliveryGroup: string | null;
    cadence: ReportingCadence;
    byException: boolean;
  }[];
  outcomes: { id: string; ref: string; title: string; priorityId: string }[];
  actions: SummaryAction[];
  updates: SummaryUpdate[];
}

export const NO_ORGANISATION = 'No organisation recorded';

/**
 * An action's state at a month is its latest counting update at or before it (Grey without one);
 * its note for a month is that month's own update's.
 */
export function updateIndex(updates: SummaryUpdate[]) {
  const byAction = new Map<string, SummaryUpdate[]>();
  const counting = new Map<string, SummaryUpdate[]>();
  for (const u of [...updates].sort(
    (a, b) =>
      a.period.localeCompare(b.period) ||
      +a.createdAt - +b.createdAt ||
      Number(!!b.superseded) - Number(!!a.superseded),
  )) {
    byAction.set(u.actionId, [...(byAction.get(u.actionId) ?? []), u]);
    if (u.counts) counting.set(u.actionId, [...(counting.get(u.actionId) ?? []), u]);
  }
  // Scanned from the newest back: the months asked for are mostly recent ones.
  const stateAt = (actionId: string, month: Month) => {
    const list = counting.get(actionId) ?? [];
    for (let i = list.length - 1; i >= 0; i--) if (list[i]!.period <= month) return list[i]!;
    return null;
  };
  const updateIn = (actionId: string, month: Month) => {
    const state = stateAt(actionId, month);
    return state?.period === month ? state : null;
  };
  const statusAt = (actionId: string, month: Month): Status => stateAt(actionId, month)?.status ?? 'Grey';
  return { byAction, stateAt, updateIn, statusAt };
}

export const middleOf = (month: Month) => new Date(`${month}-15T12:00:00Z`);

export interface DueAction {
  action: SummaryAction;
  /** Its status as the period began. */
  before: Status;
  /** The period's latest update, given already (any, even awaiting sign-off), or null: missing. */
  given: SummaryUpdate | null;
}

/** The actions due an update in the input's period (`isDueForUpdate`), given or still missing. */
export function dueForUpdate(
  input: Pick<SummaryInput, 'actions' | 'period' | 'updates'>,
  index = updateIndex(input.updates),
): DueAction[] {
  const previous = addMonths(input.period, -1);
  return input.actions.flatMap((action) => {
    const before = index.statusAt(action.id, previous);
    if (!isDueForUpdate({ ...action, statusBefore: before }, input.period)) return [];
    const given = (index.byAction.get(action.id) ?? []).filter((u) => u.period === input.period).at(-1);
    return [{ action, before, given: given ?? null }];
  });
}

type Index = ReturnType<typeof updateIndex>;
type Briefs = Map<string, ActionBrief>;

/** Each action as the summary lists it at the period: its state then, and that month's note. */
function briefsAt(input: SummaryInput, { stateAt, updateIn }: Index): Briefs {
  return new Map(
    input.actions.map((a) => {
      const state = stateAt(a.id, input.period);
      const brief: ActionBrief = {
        id: a.id,
        ref: a.ref,
        title: a.title,
        status: state?.status ?? 'Grey',
        dueMonth: a.dueMonth,
        revisedDue: state?.revisedDue ?? null,
        note: updateIn(a.id, input.period)?.note ?? state?.note ?? null,
      };
      return [a.id, brief];
    }),
  );
}

/** How the actions moved from the month before to the period. */
function movementOf(input: SummaryInput, { statusAt }: Index, briefs: Briefs): PlanPeriodSummary['movement'] {
  const previous = addMonths(input.period, -1);
  const matrix = Object.fromEntries(
    STATUSES.map((from) => [from, Object.fromEntries(STATUSES.map((to) => [to, 0]))]),
  ) as Record<Status, Record<Status, number>>;
  const moved: PlanPeriodSummary['movement'] = {
    matrix,
    improved: [],
    worsened: [],
    newlyBlue: [],
    newlyRed: [],
  };
  for (const a of input.actions) {
    const b = briefs.get(a.id)!;
    const before = statusAt(a.id, previous);
    matrix[before][b.status]++;
    const direction = movement(before, b.status);
    if (direction !== 'same') moved[direction].push(b);
    if (before !== 'Blue' && b.status === 'Blue') moved.newlyBlue.push(b);
    if (before !== 'Red' && b.status === 'Red') moved.newlyRed.push(b);
  }
  return moved;
}

const isLate = (a: SummaryAction, b: ActionBrief, period: Month) =>
  isOverdue({ dueMonth: a.dueMonth, status: b.status }, middleOf(period));

/** What needs the manager's attention: overdue, awaiting sign-off, and updates due but missing. */
function attention(input: SummaryInput, briefs: Briefs, due: DueAction[]) {
  return {
    overdue: input.actions
      .filter((a) => isLate(a, briefs.get(a.id)!, input.period))
      .map((a) => briefs.get(a.id)!),
    awaitingSignOff: input.actions.filter((a) => a.awaitingSignOff).map((a) => briefs.get(a.id)!),
    missing: due
      .filter((d) => d.given === null)
      .map((d) => ({ action: briefs.get(d.action.id)!, leads: d.action.leads })),
  } satisfies Pick<PlanPeriodSummary, 'overdue' | 'awaitingSignOff' | 'missing'>;
}

/** Statuses and notes that do not add up, each with the action it is about. */
function warningsOf(input: SummaryInput, { statusAt, updateIn }: Index, briefs: Briefs) {
  const { period } = input;
  const previous = addMonths(period, -1);
  const isoToday = input.today.toISOString().slice(0, 10);
  const warnings: PlanPeriodSummary['warnings'] = [];
  for (const a of input.actions) {
    const b = briefs.get(a.id)!;
    const warn = (kind: PlanPeriodSummary['warnings'][number]['kind'], message: string) =>
      warnings.push({ kind, message, action: b });
    if (isLate(a, b, period) && (b.status === 'Green' || b.status === 'Amber')) {
      warn('on-track-while-overdue', `${b.status} although it was due ${formatMonth(a.dueMonth!)}`);
    }
    if ([period, previous, addMonths(period, -2)].every((m) => statusAt(a.id, m) === 'Amber')) {
      warn('amber-for-three-periods', 'Amber for three periods or more');
    }
    const note = updateIn(a.id, period)?.note;
    if (note && note === updateIn(a.id, previous)?.note) {
      warn('note-unchanged', 'The progress note is the same as last month’s');
    }
    if (b.status === 'Red' && b.revisedDue && b.revisedDue < isoToday) {
      warn('revised-date-passed', `Red, and its new completion date (${b.revisedDue}) has passed`);
    }
    if (b.status === 'Red' && !b.revisedDue) {
      warn('red-without-new-date', 'Red without a new completion date: its lead should give one');
    }
  }
  return warnings;
}

/** The status mix overall, by priority, outcome and partner organisation, month by month, and the KPIs. */
function breakdowns(input: SummaryInput, { statusAt }: Index, briefs: Briefs) {
  const count = (actions: SummaryAction[]) => {
    const counts = emptyStatusCounts();
    for (const a of actions) counts[briefs.get(a.id)!.status]++;
    return { counts, total: actions.length };
  };
  const { counts: totals, total } = count(input.actions);
  const organisations = new Map<string, SummaryAction[]>();
  for (const a of input.actions) {
    const names = new Set(a.leads.map((l) => l.organisation ?? NO_ORGANISATION));
    if (names.size === 0) names.add(NO_ORGANISATION);
    for (const name of names) organisations.set(name, [...(organisations.get(name) ?? []), a]);
  }
  const judged = (j: KpiJudgement) => input.kpiJudgements.filter((k) => k === j).length;
  return {
    total,
    totals,
    completion: total === 0 ? 0 : totals.Blue / total,
    byPriority: input.priorities.map((p) => ({
      id: p.id,
      ref: p.ref,
      title: p.title,
      ...count(input.actions.filter((a) => a.priorityId === p.id)),
    })),
    byOutcome: input.outcomes.map((o) => ({
      id: o.id,
      ref: o.ref,
      title: o.title,
      priorityRef: input.priorities.find((p) => p.id === o.priorityId)?.ref ?? '',
      ...count(input.actions.filter((a) => a.outcomeId === o.id)),
    })),
    trend: monthsBetween(input.planStart, input.period).map((month) => {
      const counts = emptyStatusCounts();
      for (const a of input.actions) counts[statusAt(a.id, month)]++;
      return { period: month, counts };
    }),
    byOrganisation: [...organisations.entries()]
      .sort(([a], [b]) => (a === NO_ORGANISATION ? 1 : b === NO_ORGANISATION ? -1 : a.localeCompare(b)))
      .map(([name, actions]) => ({ name, ...count(actions) })),
    kpis: {
      total: input.kpiJudgements.length,
      onTarget: judged('on-target'),
      nearTarget: judged('near-target'),
      offTarget: judged('off-target'),
      notJudged: input.kpiJudgements.filter((j) => j === null || j === 'no-target-yet' || j === 'no-baseline')
        .length,
    },
  } satisfies Partial<PlanPeriodSummary>;
}

/** The monthly round per priority: how many updates were due this period and how many came in. */
function roundOf(input: SummaryInput, due: DueAction[]): PriorityRound[] {
  return input.priorities.map((p) => {
    const mine = due.filter((d) => d.action.priorityId === p.id);
    const received = mine.filter((d) => d.given !== null).length;
    return {
      id: p.id,
      ref: p.ref,
      title: p.title,
      deliveryGroup: p.deliveryGroup,
      cadence: p.cadence,
      byException: p.byException,
      due: mine.length,
      received,
      missing: mine.length - received,
    };
  });
}

/** Where the plan stood at a period, how it moved since the month before, and what needs attention. */
export function periodSummary(input: SummaryInput): PlanPeriodSummary {
  const index = updateIndex(input.updates);
  const briefs = briefsAt(input, index);
  const due = dueForUpdate(input, index);
  return {
    planId: input.planId,
    period: input.period,
    previousPeriod: addMonths(input.period, -1),
    ...breakdowns(input, index, briefs),
    movement: movementOf(input, index, briefs),
    ...attention(input, briefs, due),
    round: roundOf(input, due),
    warnings: warningsOf(input, index, briefs),
  };
}
