import {
  type CarriedActionRef,
  type Month,
  type NewDateChange,
  NO_CHANGE_STATEMENT,
  type Status,
} from '@ragboard/shared';
import { describe, expect, it } from 'vitest';
import { periodSummary, type SummaryAction, type SummaryInput, type SummaryUpdate } from './period-summary';

const P1 = {
  id: '00000000-0000-4000-8000-000000000001',
  ref: '1',
  title: 'Monthly priority',
  deliveryGroup: 'Monthly group',
  cadence: 'monthly' as const,
  byException: false,
};
const P2 = {
  id: '00000000-0000-4000-8000-000000000002',
  ref: '2',
  title: 'Quarterly priority',
  deliveryGroup: null,
  cadence: 'quarterly' as const,
  byException: true,
};
const O1 = { id: '00000000-0000-4000-8000-000000000011', ref: '1.1', title: 'Outcome', priorityId: P1.id };
const O2 = { id: '00000000-0000-4000-8000-000000000021', ref: '2.1', title: 'Outcome', priorityId: P2.id };
let n = 100;

function action(overrides: Partial<SummaryAction> = {}): SummaryAction {
  n++;
  return {
    id: `00000000-0000-4000-8000-000000000${n}`,
    ref: `1.1.${n}`,
    title: `Action ${n}`,
    dueMonth: '2027-06',
    dueText: null,
    priorityId: P1.id,
    outcomeId: O1.id,
    cadence: 'monthly',
    byException: false,
    leads: [],
    ...overrides,
  };
}

function update(
  a: SummaryAction,
  period: Month,
  status: Status,
  extra: Partial<SummaryUpdate> = {},
): SummaryUpdate {
  return {
    actionId: a.id,
    period,
    status,
    note: `${status} in ${period}`,
    revisedDue: status === 'Red' ? '2027-12-31' : null,
    createdAt: new Date(`${period}-20T10:00:00Z`),
    counts: true,
    ...extra,
  };
}

function summarise(
  actions: SummaryAction[],
  updates: SummaryUpdate[],
  period: Month = '2026-11',
  more: {
    newDates?: NewDateChange[];
    carriedTo?: Map<string, CarriedActionRef & { start: Month }>;
    planEnd?: Month;
  } = {},
) {
  const input: SummaryInput = {
    planId: P1.id,
    planStart: '2026-09',
    planEnd: more.planEnd ?? '2027-12',
    kpiJudgements: ['on-target', 'off-target', null, 'near-target', 'on-target'],
    period,
    periodState: 'open',
    deadline: '2026-11-30',
    today: new Date('2026-11-24T10:00:00Z'),
    priorities: [P1, P2],
    outcomes: [O1, O2],
    actions,
    source: {
      updates,
      newDates: more.newDates ?? [],
      awaiting: new Set(),
      carriedFrom: new Map(),
      carriedTo: more.carriedTo ?? new Map(),
    },
  };
  return periodSummary(input);
}

describe('a period’s summary', () => {
  it('counts each action at its latest counting update by that period, by priority and outcome', () => {
    const a = action();
    const b = action({ priorityId: P2.id, outcomeId: O2.id, cadence: 'quarterly' });
    const c = action();
    const s = summarise(
      [a, b, c],
      [
        update(a, '2026-10', 'Green'),
        update(a, '2026-12', 'Red'),
        update(b, '2026-11', 'Blue'),
        update(c, '2026-11', 'Blue', { counts: false }),
      ],
    );
    expect(s.totals).toEqual({ Grey: 1, Blue: 1, Green: 1, Amber: 0, Red: 0 });
    expect(s.completion).toBeCloseTo(1 / 3);
    expect(s.byPriority.map((p) => [p.ref, p.total, p.counts.Blue])).toEqual([
      ['1', 2, 0],
      ['2', 1, 1],
    ]);
  });

  it('reports movement since the previous period', () => {
    const up = action();
    const down = action();
    const done = action();
    const s = summarise(
      [up, down, done],
      [
        update(up, '2026-10', 'Red'),
        update(up, '2026-11', 'Green'),
        update(down, '2026-10', 'Green'),
        update(down, '2026-11', 'Red'),
        update(done, '2026-10', 'Green'),
        update(done, '2026-11', 'Blue'),
      ],
    );
    expect(s.movement.improved.map((x) => x.id)).toEqual([up.id, done.id]);
    expect(s.movement.worsened.map((x) => x.id)).toEqual([down.id]);
    expect(s.movement.newlyBlue.map((x) => x.id)).toEqual([done.id]);
    expect(s.movement.newlyRed.map((x) => x.id)).toEqual([down.id]);
    expect(s.movement.matrix.Green.Red).toBe(1);
  });

  it('lists missing updates by cadence: quarterly groups only in quarter months, nothing once Blue', () => {
    const monthly = action();
    const quarterly = action({ priorityId: P2.id, outcomeId: O2.id, cadence: 'quarterly' });
    const finished = action();
    const updated = action();
    const updates = [update(finished, '2026-09', 'Blue'), update(updated, '2026-11', 'Green')];
    const ids = (period: Month) =>
      summarise([monthly, quarterly, finished, updated], updates, period).missing.map((m) => m.action.id);
    expect(ids('2026-11')).toEqual([monthly.id]);
    expect(ids('2026-12')).toEqual([monthly.id, quarterly.id, updated.id]);
  });

  it('holds a by-exception group’s Amber, Red or overdue actions due off the quarter, and its others not', () => {
    const quarterly = {
      priorityId: P2.id,
      outcomeId: O2.id,
      cadence: 'quarterly',
      byException: true,
    } as const;
    const onTrack = action(quarterly);
    const amber = action(quarterly);
    const red = action(quarterly);
    const late = action({ ...quarterly, dueMonth: '2026-10' });
    const notByException = action({ ...quarterly, byException: false });
    const updates = [
      update(onTrack, '2026-09', 'Green'),
      update(amber, '2026-10', 'Amber'),
      update(red, '2026-09', 'Red'),
      update(late, '2026-09', 'Green'),
      update(notByException, '2026-10', 'Amber'),
    ];
    const summary = summarise([onTrack, amber, red, late, notByException], updates, '2026-11');
    expect(summary.missing.map((m) => m.action.id)).toEqual([amber.id, red.id, late.id]);
    expect(summary.round.find((r) => r.ref === '2')).toMatchObject({
      byException: true,
      due: 3,
      received: 0,
      missing: 3,
    });
  });

  it('counts the round per priority: due by cadence and the Blue before, received even if awaiting sign-off', () => {
    const monthly = action();
    const finished = action();
    const answered = action();
    const awaiting = action();
    const quarterly = action({ priorityId: P2.id, outcomeId: O2.id, cadence: 'quarterly' });
    const updates = [
      update(finished, '2026-10', 'Blue'),
      update(answered, '2026-12', 'Amber'),
      update(awaiting, '2026-12', 'Blue', { counts: false }),
    ];
    const round = (period: Month) =>
      summarise([monthly, finished, answered, awaiting, quarterly], updates, period).round.map(
        ({ ref, deliveryGroup, cadence, due, received, missing }) => ({
          ref,
          deliveryGroup,
          cadence,
          due,
          received,
          missing,
        }),
      );
    expect(round('2026-12')).toEqual([
      { ref: '1', deliveryGroup: 'Monthly group', cadence: 'monthly', due: 3, received: 2, missing: 1 },
      { ref: '2', deliveryGroup: null, cadence: 'quarterly', due: 1, received: 0, missing: 1 },
    ]);
    expect(round('2026-11')[1]).toMatchObject({ due: 0, received: 0, missing: 0 });
  });

  it('warns of on-track past its original date, Amber three periods running, a copied note, a passed new date and a Red without one', () => {
    const overdue = action({ dueMonth: '2026-08' });
    const amber = action();
    const copied = action();
    const lapsed = action();
    const undated = action();
    const s = summarise(
      [overdue, amber, copied, lapsed, undated],
      [
        update(overdue, '2026-11', 'Green'),
        ...['2026-09', '2026-10', '2026-11'].map((m) => update(amber, m, 'Amber')),
        update(copied, '2026-10', 'Green', { note: 'Same words' }),
        update(copied, '2026-11', 'Green', { note: 'Same words' }),
        update(lapsed, '2026-11', 'Red', { revisedDue: '2026-11-01' }),
        update(undated, '2026-11', 'Red', { revisedDue: null }),
      ],
    );
    expect(s.warnings.map((w) => [w.kind, w.action.id])).toEqual([
      ['on-track-past-original-date', overdue.id],
      ['amber-for-three-periods', amber.id],
      ['note-unchanged', copied.id],
      ['revised-date-passed', lapsed.id],
      ['red-without-new-date', undated.id],
    ]);
    expect(s.overdue.map((x) => x.id)).toEqual([overdue.id, lapsed.id]);
    expect(s.warnings[0]!.message).toBe(
      'Green although past its original date, August 2026, with no new date agreed',
    );
  });

  it('does not call “No change since last month” twice a copied note: it is said, not copied (decision 053)', () => {
    const steady = action();
    const s = summarise(
      [steady],
      ['2026-10', '2026-11'].map((m) => update(steady, m, 'Green', { note: NO_CHANGE_STATEMENT })),
    );
    expect(s.warnings.map((w) => w.kind)).not.toContain('note-unchanged');
  });

  it('judges a Green against the date in force: past its new date warns, on track for an agreed one does not', () => {
    const onTrack = action({ dueMonth: '2026-05' });
    const pastNew = action({ dueMonth: '2026-05' });
    const agreed = action({ dueMonth: '2026-05' });
    const s = summarise(
      [onTrack, pastNew, agreed],
      [
        update(onTrack, '2026-09', 'Red', { revisedDue: '2027-05-31' }),
        update(onTrack, '2026-11', 'Green'),
        update(pastNew, '2026-09', 'Red', { revisedDue: '2026-10-31' }),
        update(pastNew, '2026-11', 'Green'),
        update(agreed, '2026-11', 'Green'),
      ],
      '2026-11',
      {
        newDates: [
          {
            actionId: agreed.id,
            period: '2026-10',
            date: '2027-03-31',
            source: 'manager',
            createdAt: new Date('2026-10-02T09:00:00Z'),
          },
        ],
      },
    );
    expect(s.warnings.map((w) => [w.kind, w.action.id, w.message])).toEqual([
      ['on-track-past-new-date', pastNew.id, 'Green although past its new completion date, 31 October 2026'],
    ]);
    const brief = (id: string) => s.overdue.find((b) => b.id === id);
    expect(brief(onTrack.id)).toMatchObject({
      status: 'Green',
      dueMonth: '2026-05',
      newDate: { date: '2027-05-31', source: 'update', since: '2026-09' },
      pastOriginalDate: true,
      pastNewDate: false,
    });
    expect(brief(agreed.id)?.newDate).toEqual({ date: '2027-03-31', source: 'manager', since: '2026-10' });
    expect(brief(pastNew.id)?.pastNewDate).toBe(true);
  });

  it('ends a new date with a signed-off Blue, and reads an earlier month with the date then in force', () => {
    const a = action({ dueMonth: '2026-05' });
    const updates = [
      update(a, '2026-09', 'Red', { revisedDue: '2027-01-31' }),
      update(a, '2026-10', 'Amber'),
      update(a, '2026-11', 'Blue'),
    ];
    const october = summarise([a], updates, '2026-10');
    expect(october.overdue[0]).toMatchObject({ status: 'Amber', newDate: { date: '2027-01-31' } });
    const november = summarise([a], updates, '2026-11');
    expect(november.overdue).toEqual([]);
    expect(november.movement.newlyBlue[0]).toMatchObject({ newDate: null, pastOriginalDate: false });
  });

  it('lists an action carried forward to the next plan from its plan’s last month, not as overdue', () => {
    const carried = action({ dueMonth: '2026-05' });
    const next = { planId: P2.id, planTitle: 'Next plan', actionId: P1.id, ref: '1.1.1' };
    const start = '2027-01';
    const at = (period: Month) =>
      summarise([carried], [update(carried, '2026-10', 'Red', { revisedDue: '2027-02-28' })], period, {
        carriedTo: new Map([[carried.id, { ...next, start }]]),
        planEnd: '2026-11',
      });
    expect(at('2026-10').overdue.map((b) => b.id)).toEqual([carried.id]);
    expect(at('2026-10').carriedForward).toEqual([]);
    expect(at('2026-11').overdue).toEqual([]);
    expect(at('2026-11').carriedForward.map((b) => [b.id, b.carriedTo])).toEqual([[carried.id, next]]);
  });

  it('gives the status mix per month from the plan’s start, counts by organisation, and the KPIs in brief', () => {
    const council = {
      id: '00000000-0000-4000-8000-000000000901',
      name: 'Sally',
      organisation: 'Lancashire County Council',
    };
    const icb = { id: '00000000-0000-4000-8000-000000000902', name: 'Dave', organisation: 'ICB' };
    const a = action({ leads: [council, icb] });
    const b = action({ leads: [council] });
    const c = action({ leads: [] });
    const s = summarise([a, b, c], [update(a, '2026-10', 'Green'), update(b, '2026-11', 'Red')]);
    expect(s.trend.map((t) => [t.period, t.counts.Grey, t.counts.Green, t.counts.Red])).toEqual([
      ['2026-09', 3, 0, 0],
      ['2026-10', 2, 1, 0],
      ['2026-11', 1, 1, 1],
    ]);
    expect(s.byOrganisation.map((o) => [o.name, o.total, o.counts.Red])).toEqual([
      ['ICB', 1, 0],
      ['Lancashire County Council', 2, 1],
      ['No organisation recorded', 1, 0],
    ]);
    expect(s.kpis).toEqual({ total: 5, onTarget: 2, nearTarget: 1, offTarget: 1, notJudged: 1 });
  });
});
