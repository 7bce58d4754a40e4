import {
  type ActionBrief,
  type Period,
  type PlanPeriodSummary,
  type PlanSummary,
  STATUSES,
  type Status,
  type StatusCounts,
} from '@ragboard/shared';
import { nextId, planSummary } from './factories';
import { actionBrief, periodSummary } from './monthly-round-factories';

export function counts(overrides: Partial<StatusCounts> = {}): StatusCounts {
  return { Grey: 0, Blue: 0, Green: 0, Amber: 0, Red: 0, ...overrides };
}

const total = (c: StatusCounts) => STATUSES.reduce((sum, status) => sum + c[status], 0);

/** A position within its dates: no new date, past neither, carried nowhere. */
const WITHIN_DATES = {
  dueText: null,
  newDate: null,
  pastOriginalDate: false,
  pastNewDate: false,
  awaitingSignOff: false,
  carriedFrom: null,
  carriedTo: null,
  carriedForward: false,
  note: null,
} satisfies Partial<ActionBrief>;

/** An action as the summary lists it, with its whole position: within its dates unless told otherwise. */
export function brief(overrides: Partial<ActionBrief> = {}): ActionBrief {
  return actionBrief({ ...WITHIN_DATES, ...overrides });
}

/** A plan as the plan list answers it, running April 2025 to March 2027, read at its current period unless told. */
export function planAt(overrides: Partial<PlanSummary> = {}): PlanSummary {
  return planSummary({
    periodStart: '2025-04',
    periodEnd: '2027-03',
    currentPeriod: '2026-11',
    month: overrides.currentPeriod ?? '2026-11',
    ...overrides,
  });
}

/** The summary's movement with empty lists and an all-zero matrix, but for the lists given. */
export function movement(
  lists: Partial<Record<'improved' | 'worsened' | 'newlyBlue' | 'newlyRed', ActionBrief[]>>,
) {
  const matrix = Object.fromEntries(STATUSES.map((from) => [from, counts()])) as Record<Status, StatusCounts>;
  return { matrix, improved: [], worsened: [], newlyBlue: [], newlyRed: [], ...lists };
}

/** A priority's round: `due` updates due this month, `received` of them in. */
export function round(ref: string, due: number, received: number): PlanPeriodSummary['round'][number] {
  return {
    id: nextId(),
    ref,
    title: `Priority ${ref}`,
    deliveryGroup: null,
    cadence: 'monthly',
    byException: false,
    due,
    received,
    missing: due - received,
  };
}

/** The three ways of being behind, one action of each, in the order the board reads them. */
export function behindBriefs(): ActionBrief[] {
  return [
    brief({
      ref: '3.1.2',
      title: 'Train staff',
      status: 'Amber',
      dueMonth: '2026-09',
      pastOriginalDate: true,
    }),
    brief({
      ref: '3.3.1',
      title: 'Agree the joint commissioning plan',
      status: 'Red',
      dueMonth: '2025-05',
      newDate: { date: '2026-10-31', source: 'update', since: '2026-06' },
      pastOriginalDate: true,
      pastNewDate: true,
    }),
    brief({
      ref: '3.4.1',
      title: 'Open the new resource base',
      status: 'Red',
      dueMonth: '2025-05',
      newDate: { date: '2027-05-31', source: 'manager', since: '2026-08' },
      pastOriginalDate: true,
    }),
  ];
}

/** A summary whose totals, priorities and organisations agree, closed and final unless told otherwise. */
export function boardSummary(
  overrides: Partial<PlanPeriodSummary> & { planId: string; priorityId: string },
): PlanPeriodSummary {
  const { priorityId, ...rest } = overrides;
  const totals = counts({ Grey: 1, Blue: 2, Green: 3, Amber: 1, Red: 3 });
  const council = counts({ Blue: 1, Green: 2, Red: 2 });
  const none = counts({ Grey: 1, Blue: 1, Green: 1, Amber: 1, Red: 1 });
  return periodSummary({
    periodState: 'closed',
    deadline: null,
    total: total(totals),
    totals,
    completion: 0.2,
    byPriority: [{ id: priorityId, ref: '3', title: 'Preparing for adulthood', counts: totals, total: 10 }],
    byOrganisation: [
      { name: 'Lancashire County Council', counts: council, total: total(council) },
      { name: 'No organisation recorded', counts: none, total: total(none) },
    ],
    movement: movement({
      improved: [brief({ ref: '3.1.1', title: 'Publish the local offer', status: 'Green' })],
      newlyRed: [
        brief({
          ref: '3.2.1',
          title: 'Transition plans at 14',
          status: 'Red',
          note: 'Waiting for the new team',
          dueMonth: '2026-12',
          newDate: { date: '2027-03-31', source: 'update', since: '2026-11' },
        }),
      ],
    }),
    overdue: [behindBriefs()[0]!],
    carriedForward: [],
    round: [round('3', 10, 10)],
    trend: [
      { period: '2026-10', counts: counts({ Grey: 2, Blue: 1, Green: 5, Amber: 1, Red: 1 }) },
      { period: '2026-11', counts: totals },
    ],
    kpis: { total: 26, onTarget: 10, nearTarget: 3, offTarget: 5, notJudged: 8 },
    ...rest,
  });
}

/**
 * The replies a plan's dashboard reads, for `stubApi`: the plan list, the plan's months, no open
 * challenge, and a summary per month asked (the key '' for none, the summary's default).
 */
export function dashboardReplies(
  plan: PlanSummary,
  summaries: Record<string, PlanPeriodSummary>,
  periods: readonly Period[],
) {
  const base = `/api/plans/${plan.id}`;
  return {
    '/api/plans': { body: { plans: [plan] } },
    [`${base}/periods`]: { body: { periods } },
    [`${base}/challenges?state=open`]: { body: { challenges: [] } },
    ...Object.fromEntries(
      Object.entries(summaries).map(([month, body]) => [
        month ? `${base}/summary?period=${month}` : `${base}/summary`,
        { body },
      ]),
    ),
  };
}
