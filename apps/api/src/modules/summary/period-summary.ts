import {
  type ActionBrief,
  addMonths,
  emptyStatusCounts,
  formatDate,
  formatMonth,
  type IsoDate,
  isBehind,
  isDueForUpdate,
  type KpiJudgement,
  lateness,
  type Month,
  monthsBetween,
  movement,
  NO_CHANGE_STATEMENT,
  type PeriodStateSeen,
  type PersonRef,
  type PlanPeriodSummary,
  type PositionIndex,
  type PositionUpdate,
  type PriorityRound,
  positionIndex,
  type ReportingCadence,
  STATUSES,
  type Status,
} from '@ragboard/shared';
import { type PositionReader, type PositionSource, positionReader } from '../../read-model';

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
}

/** A status update as the summary reads it (`PositionUpdate`). */
export type SummaryUpdate = PositionUpdate;

export interface SummaryInput {
  planId: string;
  planStart: Month;
  /** The plan's last month: from then on its carried actions read as carried forward. */
  planEnd: Month;
  /** Each KPI's latest judgement by the period, or null when it has no value yet. */
  kpiJudgements: (KpiJudgement | null)[];
  period: Month;
  periodState: PeriodStateSeen | null;
  deadline: IsoDate | null;
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
  /** The actions' updates up to the period, their new dates, sign-offs awaited and carry-forward links. */
  source: PositionSource;
}

export const NO_ORGANISATION = 'No organisation recorded';

export interface DueAction {
  action: SummaryAction;
  /** Its status as the period began. */
  before: Status;
  /** The period's latest update, given already (any, even awaiting sign-off), or null: missing. */
  given: SummaryUpdate | null;
}

/** The actions due an update in the input's period (`isDueForUpdate`), given or still missing. */
export function dueForUpdate(
  input: Pick<SummaryInput, 'actions' | 'period' | 'source'>,
  index: PositionIndex = positionIndex(input.source.updates, input.source.newDates),
): DueAction[] {
  const previous = addMonths(input.period, -1);
  return input.actions.flatMap((action) => {
    const before = index.statusAt(action.id, previous);
    if (!isDueForUpdate({ ...action, statusBefore: before }, input.period)) return [];
    const given = (index.byAction.get(action.id) ?? []).filter((u) => u.period === input.period).at(-1);
    return [{ action, before, given: given ?? null }];
  });
}

type Briefs = Map<string, ActionBrief>;

/** Each action as the summary lists it: its position at the period (one definition, `positionAt`). */
function briefsAt(input: SummaryInput, positions: PositionReader): Briefs {
  const at = { month: input.period, today: input.today, planEnd: input.planEnd };
  return new Map(
    input.actions.map((a) => [a.id, { id: a.id, ref: a.ref, title: a.title, ...positions.at(a, at) }]),
  );
}

/** How the actions moved from the month before to the period. */
function movementOf(
  input: SummaryInput,
  { statusAt }: PositionIndex,
  briefs: Briefs,
): PlanPeriodSummary['movement'] {
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

/** What needs attention: behind their dates, carried forward, awaiting sign-off, and updates due but missing. */
function attention(briefs: Briefs, due: DueAction[]) {
  const all = [...briefs.values()];
  return {
    overdue: all.filter(isBehind),
    carriedForward: all.filter((b) => b.carriedForward),
    awaitingSignOff: all.filter((b) => b.awaitingSignOff),
    missing: due
      .filter((d) => d.given === null)
      .map((d) => ({ action: briefs.get(d.action.id)!, leads: d.action.leads })),
  } satisfies Pick<PlanPeriodSummary, 'overdue' | 'carriedForward' | 'awaitingSignOff' | 'missing'>;
}

/** Statuses and notes that do not add up, each judged against the date in force, with the action it is about. */
function warningsOf(input: SummaryInput, { statusAt, stateAt }: PositionIndex, briefs: Briefs) {
  const { period } = input;
  const previous = addMonths(period, -1);
  const noteIn = (id: string, month: Month) => {
    const state = stateAt(id, month);
    return state?.period === month ? state.note : null;
  };
  const warnings: PlanPeriodSummary['warnings'] = [];
  for (const b of briefs.values()) {
    const warn = (kind: PlanPeriodSummary['warnings'][number]['kind'], message: string) =>
      warnings.push({ kind, message, action: b });
    const onTrack = b.status === 'Green' || b.status === 'Amber';
    const kind = lateness(b);
    if (onTrack && kind === 'past-new-date') {
      warn(
        'on-track-past-new-date',
        `${b.status} although past its new completion date, ${formatDate(b.newDate!.date)}`,
      );
    }
    if (onTrack && kind === 'no-new-date') {
      warn(
        'on-track-past-original-date',
        `${b.status} although past its original date, ${formatMonth(b.dueMonth!)}, with no new date agreed`,
      );
    }
    if ([period, previous, addMonths(period, -2)].every((m) => statusAt(b.id, m) === 'Amber')) {
      warn('amber-for-three-periods', 'Amber for three periods or more');
    }
    const note = noteIn(b.id, period);
    // "No change since last month" twice is said, not copied (decision 053).
    if (note && note !== NO_CHANGE_STATEMENT && note === noteIn(b.id, previous)) {
      warn('note-unchanged', 'The progress note is the same as last month’s');
    }
    if (b.status === 'Red' && b.pastNewDate) {
      warn(
        'revised-date-passed',
        `Red, and its new completion date (${formatDate(b.newDate!.date)}) has passed`,
      );
    }
    if (b.status === 'Red' && !b.newDate) {
      warn('red-without-new-date', 'Red without a new completion date: its lead should give one');
    }
  }
  return warnings;
}

/** The status mix overall, by priority, outcome and partner organisation, month by month, and the KPIs. */
function breakdowns(input: SummaryInput, { statusAt }: PositionIndex, briefs: Briefs) {
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
  const positions = positionReader(input.source);
  const { index } = positions;
  const briefs = briefsAt(input, positions);
  const due = dueForUpdate(input, index);
  return {
    planId: input.planId,
    period: input.period,
    periodState: input.periodState,
    deadline: input.deadline,
    previousPeriod: addMonths(input.period, -1),
    ...breakdowns(input, index, briefs),
    movement: movementOf(input, index, briefs),
    ...attention(briefs, due),
    round: roundOf(input, due),
    warnings: warningsOf(input, index, briefs),
  };
}
