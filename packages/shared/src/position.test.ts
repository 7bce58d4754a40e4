import { describe, expect, it } from 'vitest';
import {
  dueWords,
  isBehind,
  judgedOn,
  lateness,
  type NewDateChange,
  type PositionAction,
  type PositionUpdate,
  planMonth,
  positionAt,
  positionIndex,
  publicMonth,
  updateCounts,
} from './position';
import type { Status } from './status';

const today = new Date('2026-12-07T10:00:00Z');
const action: PositionAction = {
  id: 'a',
  dueMonth: '2025-05',
  dueText: null,
  awaitingSignOff: false,
  carriedFrom: null,
  carriedTo: null,
  carriedToStart: null,
};
let clock = 0;
const update = (period: string, status: Status, extra: Partial<PositionUpdate> = {}): PositionUpdate => ({
  actionId: 'a',
  period,
  status,
  note: `${status} in ${period}`,
  revisedDue: null,
  createdAt: new Date(Date.UTC(2020, 0, 1, 0, 0, clock++)),
  counts: true,
  ...extra,
});
const change = (
  period: string,
  date: string | null,
  source: NewDateChange['source'] = 'manager',
): NewDateChange => ({
  actionId: 'a',
  period,
  date,
  source,
  createdAt: new Date(Date.UTC(2020, 0, 1, 0, 0, clock++)),
});
const at = (month: string, updates: PositionUpdate[], changes: NewDateChange[] = [], a = action) =>
  positionAt(positionIndex(updates, changes), a, { month, today, planEnd: '2027-12' });

describe('an action’s position in a month', () => {
  it('is Grey, with no new date and its note empty, before any update', () => {
    const { id: _, carriedToStart: __, ...facts } = action;
    expect(at('2026-12', [])).toEqual({
      ...facts,
      carriedForward: false,
      status: 'Grey',
      newDate: null,
      pastOriginalDate: true,
      pastNewDate: false,
      note: null,
    });
  });

  it('takes its status and note from the latest counting update by that month', () => {
    const updates = [
      update('2026-10', 'Green'),
      update('2026-11', 'Amber'),
      update('2026-11', 'Blue', { counts: false }),
      update('2026-12', 'Red', { revisedDue: '2027-05-31' }),
    ];
    expect(at('2026-11', updates)).toMatchObject({ status: 'Amber', note: 'Amber in 2026-11' });
    expect(at('2026-12', updates)).toMatchObject({ status: 'Red', note: 'Red in 2026-12' });
  });

  it('carries a Red’s new date through later Ambers and Greens, and ends it with a signed-off Blue', () => {
    const updates = [
      update('2026-06', 'Red', { revisedDue: '2027-05-31' }),
      update('2026-07', 'Amber'),
      update('2026-08', 'Green'),
      update('2026-09', 'Blue'),
    ];
    expect(at('2026-05', updates).newDate).toBeNull();
    expect(at('2026-08', updates).newDate).toEqual({
      date: '2027-05-31',
      source: 'update',
      since: '2026-06',
    });
    expect(at('2026-09', updates)).toMatchObject({
      newDate: null,
      pastOriginalDate: false,
      pastNewDate: false,
    });
  });

  it('takes a new date set at the carry-forward or by the manager, from its month, until a later Red replaces it', () => {
    const updates = [update('2026-03', 'Green'), update('2026-10', 'Red', { revisedDue: '2027-09-30' })];
    const changes = [change('2026-01', '2026-06-30', 'carried'), change('2026-05', '2027-03-31')];
    expect(at('2026-02', updates, changes).newDate).toEqual({
      date: '2026-06-30',
      source: 'carried',
      since: '2026-01',
    });
    expect(at('2026-06', updates, changes).newDate).toEqual({
      date: '2027-03-31',
      source: 'manager',
      since: '2026-05',
    });
    expect(at('2026-10', updates, changes).newDate).toEqual({
      date: '2027-09-30',
      source: 'update',
      since: '2026-10',
    });
    expect(at('2026-11', updates, [...changes, change('2026-11', null)]).newDate).toBeNull();
  });

  it('holds the two facts apart: past its original date, and past its new date, judged on the month’s last day', () => {
    const red = [update('2026-06', 'Red', { revisedDue: '2026-10-31' })];
    expect(at('2026-10', red)).toMatchObject({ pastOriginalDate: true, pastNewDate: false });
    expect(at('2026-11', red)).toMatchObject({ pastOriginalDate: true, pastNewDate: true });
    const ahead = [update('2026-06', 'Red', { revisedDue: '2027-05-31' })];
    expect(at('2026-12', ahead)).toMatchObject({ pastOriginalDate: true, pastNewDate: false });
    expect(at('2025-05', [])).toMatchObject({ pastOriginalDate: false });
  });

  it('reads an action carried forward as carried from its plan’s last month, or the next plan’s start if sooner', () => {
    const next = { planId: 'p', planTitle: 'Next', actionId: 'n', ref: '1.1.1' };
    const carried = { ...action, dueMonth: '2024-03', carriedTo: next, carriedToStart: '2025-01' };
    const index = positionIndex([update('2024-06', 'Red', { revisedDue: '2025-03-31' })]);
    const read = (month: string, a = carried) => positionAt(index, a, { month, today, planEnd: '2024-12' });
    expect(read('2024-11')).toMatchObject({ carriedTo: next, carriedForward: false });
    expect(read('2024-12')).toMatchObject({ carriedTo: next, carriedForward: true });
    expect(read('2024-10', { ...carried, carriedToStart: '2024-10' }).carriedForward).toBe(true);
    expect(lateness(read('2024-11'))).toBe('new-date-agreed');
    expect(lateness(read('2024-12'))).toBe('carried-forward');
    expect(isBehind(read('2024-12'))).toBe(false);
  });
});

describe('lateness and the words for dates', () => {
  const base = {
    status: 'Green' as const,
    newDate: null,
    pastNewDate: false,
    pastOriginalDate: false,
    carriedForward: false,
  };
  const newDate = { date: '2027-05-31', source: 'update' as const, since: '2026-06' };

  it('names each way an action stands against its dates, and counts three of them as behind', () => {
    const cases = [
      [{ ...base }, 'in-time', false],
      [{ ...base, status: 'Blue' as const, pastOriginalDate: true }, 'completed', false],
      [{ ...base, pastOriginalDate: true }, 'no-new-date', true],
      [{ ...base, pastOriginalDate: true, newDate }, 'new-date-agreed', true],
      [{ ...base, pastOriginalDate: true, pastNewDate: true, newDate }, 'past-new-date', true],
      [{ ...base, pastOriginalDate: true, carriedForward: true }, 'carried-forward', false],
    ] as const;
    for (const [facts, kind, behind] of cases) {
      expect(lateness(facts)).toBe(kind);
      expect(isBehind(facts)).toBe(behind);
    }
  });

  it('shows both dates together wherever a due date is shown', () => {
    expect(dueWords({ dueMonth: '2025-05', dueText: null, newDate })).toBe(
      'Due May 2025, new date 31 May 2027',
    );
    expect(dueWords({ dueMonth: null, dueText: 'Dependent on sustainability', newDate: null })).toBe(
      'Dependent on sustainability',
    );
    expect(dueWords({ dueMonth: null, dueText: null, newDate: null })).toBe('No due date');
  });

  it('judges a month on its last day once over, and on today while it runs', () => {
    expect(judgedOn('2026-11', today)).toBe('2026-11-30');
    expect(judgedOn('2026-12', today)).toBe('2026-12-07');
  });

  it('counts an update unless replaced, refused, or a Blue not yet signed off', () => {
    const u = { status: 'Green' as const, superseded: false, rejected: false, signedOff: false };
    expect(updateCounts(u)).toBe(true);
    expect(updateCounts({ ...u, superseded: true })).toBe(false);
    expect(updateCounts({ ...u, rejected: true })).toBe(false);
    expect(updateCounts({ ...u, status: 'Blue' })).toBe(false);
    expect(updateCounts({ ...u, status: 'Blue', signedOff: true })).toBe(true);
  });
});

describe('the month a plan is read at', () => {
  const plan = { periodStart: '2025-01', periodEnd: '2027-12', state: 'active' };
  const closed = (month: string) => ({ month, state: 'closed' as const });
  const open = (month: string) => ({ month, state: 'open' as const });

  it('is the open month; a finished plan’s last month; otherwise this month within the plan', () => {
    expect(planMonth(plan, [closed('2026-10'), open('2026-11')], today)).toBe('2026-11');
    expect(planMonth(plan, [closed('2026-10')], today)).toBe('2026-12');
    expect(planMonth({ ...plan, state: 'closed' }, [closed('2024-11'), closed('2024-12')], today)).toBe(
      '2024-12',
    );
    expect(planMonth({ ...plan, periodEnd: '2026-06' }, [], today)).toBe('2026-06');
    expect(planMonth({ ...plan, periodStart: '2027-02' }, [], today)).toBe('2027-02');
  });

  it('shows the public the latest closed month, never one still taking updates', () => {
    expect(publicMonth(plan, [closed('2026-10'), open('2026-11')], today)).toBe('2026-10');
    expect(publicMonth(plan, [open('2026-11')], today)).toBe('2026-10');
    expect(publicMonth(plan, [], today)).toBe('2026-12');
  });
});
