import { addMonths, checkStatusUpdate, lastDayOfMonth, monthsBetween } from '@ragboard/shared';
import { describe, expect, it } from 'vitest';
import { demoHistory } from './demo-history';
import { demoSource } from './demo-plan';

const actions = demoSource.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions));
const histories = actions.map((a) => ({ action: a, history: demoHistory(a, '2023-01', '2026-10') }));

describe('the demo history', () => {
  it('gives every action one update a month from January 2023 until it is signed off', () => {
    for (const { history } of histories) {
      const months = history.map((h) => h.period);
      expect(months).toEqual(monthsBetween('2023-01', months.at(-1)!));
      const blue = history.findIndex((h) => h.status === 'Blue');
      expect(blue === -1 || blue === history.length - 1).toBe(true);
    }
  });

  it('obeys the plan’s rules as they stood each month', () => {
    for (const { action, history } of histories) {
      for (const entry of history) {
        const endOfMonth = new Date(`${lastDayOfMonth(entry.period)}T12:00:00Z`);
        const atTheTime = new Date(endOfMonth.getTime() - 3 * 86_400_000);
        expect(
          checkStatusUpdate(entry, { dueMonth: action.dueMonth }, atTheTime),
          `${action.ref} ${entry.period}`,
        ).toEqual([]);
        expect(entry.signedOff).toBe(entry.status === 'Blue');
      }
    }
  });

  it('is believable: most done, some slipped and finished late, some still late, ongoing ones ongoing', () => {
    const finals = histories.map(({ history }) => history.at(-1)!.status);
    const blue = finals.filter((s) => s === 'Blue').length;
    expect(blue).toBeGreaterThan(actions.length * 0.6);
    expect(blue).toBeLessThan(actions.length);
    const slippedThenDone = histories.filter(
      ({ history }) => history.some((h) => h.status === 'Red') && history.at(-1)!.status === 'Blue',
    );
    expect(slippedThenDone.length).toBeGreaterThan(5);
    for (const { action, history } of histories.filter(({ action }) => action.dueMonth === null)) {
      expect(history.at(-1)!.status, action.ref).toBe('Green');
    }
  });

  it('is the same on every run', () => {
    const [first] = actions;
    expect(demoHistory(first!, '2023-01', addMonths('2026-10', 0))).toEqual(
      demoHistory(first!, '2023-01', '2026-10'),
    );
  });
});
