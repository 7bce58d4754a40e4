import { describe, expect, it } from 'vitest';
import { period } from '../../test/monthly-round-factories';
import { monthToShow, pickerMonths } from './dashboard-month';
import { deadlineWords, provisionalWords } from './month-words';

const closed = (month: string) => period({ month, state: 'closed', closedAt: `${month}-28T09:00:00.000Z` });

describe('the month a dashboard asks for', () => {
  const periods = [closed('2026-10'), closed('2026-11'), period({ month: '2026-12' })];

  it('is the shared link’s month for anyone, the latest closed for the board, the summary’s own for the manager', () => {
    expect(monthToShow('2026-10', 'manager', periods)).toEqual({ month: '2026-10', reason: 'chosen' });
    expect(monthToShow(null, 'board', periods)).toEqual({ month: '2026-11', reason: 'latest-closed' });
    expect(monthToShow(null, 'lead', undefined)).toEqual({ month: null, reason: 'plan-month' });
  });

  it('waits for the periods before a board member’s first summary', () => {
    expect(monthToShow(null, 'forum', undefined)).toBeUndefined();
    expect(monthToShow(null, 'forum', [period({ month: '2026-12' })])).toEqual({
      month: null,
      reason: 'plan-month',
    });
  });
});

describe('the months the picker offers', () => {
  it('are the plan’s own, newest first, never one after a closed plan ends', () => {
    const plan = { periodStart: '2023-01', periodEnd: '2024-12' };
    const offered = pickerMonths([closed('2024-11'), closed('2024-12')], '2026-12', plan);
    expect(offered).toEqual([
      { month: '2024-12', state: 'closed' },
      { month: '2024-11', state: 'closed' },
    ]);
  });

  it('add the month shown when it is the plan’s but was never opened', () => {
    const offered = pickerMonths([closed('2026-10')], '2026-12', {
      periodStart: '2025-04',
      periodEnd: '2027-03',
    });
    expect(offered.map((m) => `${m.month} ${m.state}`)).toEqual(['2026-12 not-opened', '2026-10 closed']);
  });
});

describe('the provisional words', () => {
  it('name the deadline’s year only when it falls in another year', () => {
    expect(deadlineWords('2026-12-31', '2026-12')).toBe('31 December');
    expect(deadlineWords('2027-01-05', '2026-12')).toBe('5 January 2027');
  });

  it('say when no update is due, and leave out a deadline the month has not got', () => {
    expect(provisionalWords({ period: '2026-12', deadline: null, round: [] })).toBe(
      'December 2026 is provisional: no updates are due',
    );
  });
});
