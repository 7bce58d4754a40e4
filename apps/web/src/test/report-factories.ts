import {
  type BoardReport,
  boardReportSchema,
  type Kpi,
  kpiSchema,
  type ReportAction,
  type ReportSnapshot,
  reportActionSchema,
} from '@ragboard/shared';
import { nextId, position } from './factories';
import { periodSummary } from './monthly-round-factories';

/** An action as a report froze it: its position in the report's month. */
export function reportAction(overrides: Partial<ReportAction> = {}): ReportAction {
  return reportActionSchema.parse({
    id: nextId(),
    ref: '1.1.1',
    title: 'Review complaints',
    leads: [{ name: 'Sapphire Murray', organisation: 'Lancashire County Council' }],
    ...position({ dueMonth: '2026-12', note: 'On track' }),
    ...overrides,
  });
}

/** An action as the summary lists it. */
const brief = ({ leads: _, ...action }: ReportAction) => action;

/** A KPI judged at its latest value. */
export function kpi(overrides: Partial<Kpi> = {}): Kpi {
  const latest = {
    period: '2026-11',
    value: 52,
    note: null,
    target: 60,
    judgement: 'off-target',
    author: null,
    createdAt: '2026-11-10T09:00:00.000Z',
    superseded: false,
  };
  return kpiSchema.parse({
    id: nextId(),
    planId: nextId(),
    outcomeRef: '1.1',
    statement: 'EHC plans issued within 20 weeks',
    unit: 'percent',
    direction: 'higher',
    targetKind: 'level',
    baselineValue: 40,
    baselineText: null,
    tolerance: 5,
    owner: null,
    targets: [],
    values: [latest],
    latest,
    version: 1,
    ...overrides,
  });
}

/** A snapshot of two priorities, one outcome each; its summary counts the actions it holds. */
export function reportSnapshot(overrides: Partial<ReportSnapshot> = {}): ReportSnapshot {
  const planId = nextId();
  const actions = [
    reportAction({ ref: '1.1.1', title: 'Review complaints', status: 'Green' }),
    reportAction({
      ref: '1.1.2',
      title: 'Publish the local offer',
      status: 'Red',
      note: 'Provider withdrew',
      dueMonth: '2026-06',
      newDate: { date: '2027-03-31', source: 'update', since: '2026-09' },
      pastOriginalDate: true,
    }),
    reportAction({ ref: '2.1.1', title: 'Train the panel', status: 'Amber', note: 'Slipping a month' }),
  ] as const;
  return {
    plan: { id: planId, title: 'Test plan', periodStart: '2026-01', periodEnd: '2027-12' },
    period: '2026-11',
    takenAt: '2026-11-28T10:00:00.000Z',
    summary: periodSummary({
      planId,
      periodState: 'closed',
      deadline: null,
      total: 3,
      totals: { Grey: 0, Blue: 0, Green: 1, Amber: 1, Red: 1 },
      overdue: [brief(actions[1])],
      carriedForward: [],
    }),
    priorities: [
      {
        id: nextId(),
        ref: '1',
        title: 'Improving Outcomes',
        outcomes: [{ id: nextId(), ref: '1.1', title: 'Feedback', actions: [actions[0], actions[1]] }],
      },
      {
        id: nextId(),
        ref: '2',
        title: 'Communications',
        outcomes: [{ id: nextId(), ref: '2.1', title: 'Training', actions: [actions[2]] }],
      },
    ],
    kpis: [],
    sinceLastReport: null,
    challenges: [],
    findings: [],
    closeOut: null,
    ...overrides,
  };
}

/** The report as `GET /api/reports/:id` answers it. */
export function boardReport(overrides: Partial<BoardReport> = {}): BoardReport {
  const snapshot = overrides.snapshot ?? reportSnapshot();
  return boardReportSchema.parse({
    id: nextId(),
    planId: snapshot.plan.id,
    period: snapshot.period,
    title: 'Board report for November 2026',
    state: 'draft',
    commentary: { overall: 'A steady month.', priorities: { '1': 'Outcomes are improving.' } },
    sections: ['summary', 'changes', 'exceptions', 'overdue', 'awaiting-sign-off', 'kpis', 'actions'],
    snapshot,
    createdAt: '2026-11-28T10:00:00.000Z',
    updatedAt: '2026-11-28T10:00:00.000Z',
    publishedAt: null,
    version: 1,
    ...overrides,
  });
}
