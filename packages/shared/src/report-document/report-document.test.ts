import { describe, expect, it } from 'vitest';
import { type BoardReport, boardReportSchema, REPORT_SECTIONS, type ReportAction } from '../schemas/report';
import { STATUSES } from '../status';
import { cellLines, type DocumentTable, reportDocument } from '.';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const earlier = { planId: id(90), planTitle: '2023-24 plan', actionId: id(91), ref: '1.5.3' };
const next = { planId: id(92), planTitle: '2027-29 plan', actionId: id(93), ref: '2.1.1' };

function action(n: number, overrides: Partial<ReportAction> = {}): ReportAction {
  return {
    id: id(n),
    ref: `1.1.${n}`,
    title: `Action ${n}`,
    leads: [{ name: 'Sapphire Murray', organisation: null }],
    status: 'Green',
    awaitingSignOff: false,
    dueMonth: '2026-12',
    dueText: null,
    newDate: null,
    pastOriginalDate: false,
    pastNewDate: false,
    carriedFrom: null,
    carriedTo: null,
    carriedForward: false,
    note: 'On track',
    ...overrides,
  };
}

const actions = [
  action(1, { carriedFrom: earlier }),
  action(2, {
    status: 'Red',
    dueMonth: '2026-03',
    newDate: { date: '2026-09-30', source: 'update', since: '2026-04' },
    pastOriginalDate: true,
    pastNewDate: true,
    carriedFrom: earlier,
  }),
  action(3, { status: 'Amber', dueMonth: '2026-06', pastOriginalDate: true }),
  action(4, {
    status: 'Amber',
    dueMonth: '2026-06',
    carriedTo: next,
    carriedForward: true,
    pastOriginalDate: true,
  }),
  action(5, { awaitingSignOff: true }),
];
const brief = ({ leads: _, ...a }: ReportAction) => a;
const none = { Grey: 0, Blue: 0, Green: 0, Amber: 0, Red: 0 };

function report(overrides: Partial<BoardReport> = {}, withActions = true): BoardReport {
  const listed = withActions ? actions : [];
  return boardReportSchema.parse({
    id: id(1),
    planId: id(2),
    period: '2026-12',
    title: 'Board pack',
    state: 'draft',
    commentary: {
      overall: 'A steady month.\n- Waits fell\n- Two plans late',
      priorities: { '1': 'Better.' },
    },
    sections: [...REPORT_SECTIONS],
    createdAt: '2026-12-20T10:00:00.000Z',
    updatedAt: '2026-12-20T10:00:00.000Z',
    publishedAt: null,
    version: 1,
    snapshot: {
      plan: { id: id(2), title: '2025-27 plan', periodStart: '2025-01', periodEnd: '2027-12' },
      period: '2026-12',
      takenAt: '2026-12-20T10:00:00.000Z',
      summary: {
        planId: id(2),
        period: '2026-12',
        periodState: 'open',
        deadline: '2026-12-28',
        previousPeriod: '2026-11',
        total: listed.length,
        totals: withActions ? { ...none, Green: 2, Amber: 2, Red: 1 } : none,
        completion: 0,
        byPriority: [],
        byOutcome: [],
        movement: {
          matrix: Object.fromEntries(STATUSES.map((s) => [s, none])),
          improved: [],
          worsened: [],
          newlyBlue: [],
          newlyRed: [],
        },
        overdue: withActions ? [actions[1]!, actions[2]!].map(brief) : [],
        carriedForward: withActions ? [brief(actions[3]!)] : [],
        awaitingSignOff: withActions ? [brief(actions[4]!)] : [],
        missing: [],
        round: [],
        warnings: [],
        trend: [],
        byOrganisation: [],
        kpis: { total: 1, onTarget: 0, nearTarget: 0, offTarget: 1, notJudged: 0 },
      },
      priorities: withActions
        ? [
            {
              id: id(3),
              ref: '1',
              title: 'Outcomes',
              outcomes: [{ id: id(4), ref: '1.1', title: 'Feedback', actions: listed }],
            },
          ]
        : [],
      kpis: [],
      sinceLastReport: null,
    },
    ...overrides,
  });
}

const tables = (doc: ReturnType<typeof reportDocument>, sectionId: string) =>
  doc.sections.find((s) => s.id === sectionId)!.blocks.filter((b): b is DocumentTable => b.kind === 'table');

describe('a report as one document', () => {
  it('holds the commentary, then the sections the report was made with, in its order', () => {
    const doc = reportDocument(report({ sections: ['actions', 'summary', 'overdue'] }));
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Commentary',
      'Every action, by priority and outcome',
      'Summary of statuses',
      'Overdue actions',
    ]);
    expect(reportDocument(report()).sections.map((s) => s.id)).toEqual(['commentary', ...REPORT_SECTIONS]);
  });

  it('says in a sentence that a section has nothing, for every section that can be empty', () => {
    const doc = reportDocument(report({ commentary: { overall: '', priorities: {} } }, false));
    const empty = Object.fromEntries(doc.sections.map((s) => [s.id, s.empty]));
    expect(empty).toEqual({
      commentary: 'No overall commentary.',
      summary: null,
      changes: 'This is the plan’s first published report, so there is nothing to compare.',
      challenges: 'No challenges since the last report.',
      exceptions: 'No action was Red or Amber in December 2026.',
      overdue: 'No action is behind its dates.',
      'awaiting-sign-off': 'No action is awaiting sign-off.',
      kpis: 'The plan has no KPIs.',
      findings: 'The plan holds no inspection findings.',
      actions: 'The plan had no actions.',
    });
    for (const s of doc.sections) expect(s.blocks.length === 0).toBe(s.empty !== null);
  });

  it('says a month still open was provisional, and keeps the commentary’s bullets as a list', () => {
    const doc = reportDocument(report());
    expect(doc.cover.notices).toEqual([
      'December 2026 was provisional when this report was taken: updates were still coming in, due by 28 December 2026.',
    ]);
    expect(doc.sections[0]!.blocks).toEqual([
      { kind: 'paragraphs', paragraphs: ['A steady month.'] },
      { kind: 'bullets', items: ['Waits fell', 'Two plans late'] },
    ]);
  });

  it('groups the overdue by how each stands against its dates, and lists the carried forward as such', () => {
    const overdue = tables(reportDocument(report()), 'overdue');
    expect(overdue.map((t) => [t.caption, t.rows.map((r) => r.cells[0]!.text)])).toEqual([
      ['Past its new completion date', ['1.1.2']],
      ['Past its original date, no new date agreed', ['1.1.3']],
      ['Carried forward to the next plan, and followed there', ['1.1.4']],
    ]);
    expect(overdue[0]!.rows[0]!.cells[3]).toMatchObject({
      text: 'Due March 2026, new date 30 September 2026',
    });
    expect(overdue[2]!.rows[0]!.cells.at(-1)!.text).toBe('Carried forward to 2027-29 plan (action 2.1.1)');
  });

  it('says where an action was carried forward from once, in the list of every action', () => {
    const doc = reportDocument(report());
    const words = doc.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells.flatMap(cellLines)) : [])),
    );
    expect(words.filter((w) => w.startsWith('Carried forward from'))).toEqual([
      'Carried forward from 2023-24 plan (action 1.5.3)',
      'Carried forward from 2023-24 plan (action 1.5.3)',
    ]);
    const [every] = tables(doc, 'actions');
    expect(every!.rows.map((r) => r.cells[1]!.text)).toEqual(actions.map((a) => a.title));
    expect(every!.rows[4]!.cells[4]!.text).toBe('Green, with a Blue awaiting sign-off');
  });

  it('gives KPI values with their unit and judgements in words', () => {
    const latest = {
      period: '2026-11',
      value: 41,
      note: null,
      target: 60,
      judgement: 'off-target',
      author: null,
      createdAt: '2026-11-10T09:00:00.000Z',
      superseded: false,
    };
    const kpi = {
      id: id(50),
      planId: id(2),
      outcomeRef: '1.1',
      statement: 'EHC plans issued within 20 weeks',
      unit: 'percent',
      direction: 'higher',
      targetKind: 'level',
      baselineValue: 40,
      baselineText: null,
      tolerance: null,
      owner: null,
      targets: [],
      values: [latest],
      latest,
      version: 1,
    };
    const base = report();
    const doc = reportDocument(report({ snapshot: { ...base.snapshot, kpis: [kpi] } as never }));
    const [scorecard] = tables(doc, 'kpis');
    expect(scorecard!.rows[0]!.cells.map((c) => c.text)).toEqual([
      '1.1',
      'EHC plans issued within 20 weeks',
      '40%',
      '60%',
      '41% (November 2026)',
      'Off target',
    ]);
  });
});
