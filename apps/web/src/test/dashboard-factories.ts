import {
  type ActionBrief,
  type PlanPeriodSummary,
  STATUSES,
  type Status,
  type StatusCounts,
} from '@ragboard/shared';
import { actionBrief, periodSummary } from './monthly-round-factories';

export function counts(overrides: Partial<StatusCounts> = {}): StatusCounts {
  return { Grey: 0, Blue: 0, Green: 0, Amber: 0, Red: 0, ...overrides };
}

const total = (c: StatusCounts) => STATUSES.reduce((sum, status) => sum + c[status], 0);

/** The summary's movement with empty lists and an all-zero matrix, but for the lists given. */
export function movement(
  lists: Partial<Record<'improved' | 'worsened' | 'newlyBlue' | 'newlyRed', ActionBrief[]>>,
) {
  const matrix = Object.fromEntries(STATUSES.map((from) => [from, counts()])) as Record<Status, StatusCounts>;
  return { matrix, improved: [], worsened: [], newlyBlue: [], newlyRed: [], ...lists };
}

/** A summary whose totals, priorities and organisations agree, parsed through the shared schema. */
export function boardSummary(
  overrides: Partial<PlanPeriodSummary> & { planId: string; priorityId: string },
): PlanPeriodSummary {
  const { priorityId, ...rest } = overrides;
  const totals = counts({ Grey: 1, Blue: 2, Green: 3, Amber: 1, Red: 3 });
  const council = counts({ Blue: 1, Green: 2, Red: 2 });
  const none = counts({ Grey: 1, Blue: 1, Green: 1, Amber: 1, Red: 1 });
  return periodSummary({
    total: total(totals),
    totals,
    completion: 0.2,
    byPriority: [{ id: priorityId, ref: '3', title: 'Preparing for adulthood', counts: totals, total: 10 }],
    byOrganisation: [
      { name: 'Lancashire County Council', counts: council, total: total(council) },
      { name: 'No organisation recorded', counts: none, total: total(none) },
    ],
    movement: movement({
      improved: [actionBrief({ ref: '3.1.1', title: 'Publish the local offer', status: 'Green' })],
      newlyRed: [
        actionBrief({
          ref: '3.2.1',
          title: 'Transition plans at 14',
          status: 'Red',
          note: 'Waiting for the new team',
          revisedDue: '2027-03-31',
        }),
      ],
    }),
    overdue: [actionBrief({ ref: '3.1.2', title: 'Train staff', status: 'Amber', dueMonth: '2026-09' })],
    trend: [
      { period: '2026-10', counts: counts({ Grey: 2, Blue: 1, Green: 5, Amber: 1, Red: 1 }) },
      { period: '2026-11', counts: totals },
    ],
    kpis: { total: 26, onTarget: 10, nearTarget: 3, offTarget: 5, notJudged: 8 },
    ...rest,
  });
}
