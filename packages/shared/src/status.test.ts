import { describe, expect, it } from 'vitest';
import {
  checkStatusUpdate,
  isDueForUpdate,
  isReportingMonth,
  movement,
  needsSignOff,
  revisedDueAfter,
  STATUS_DEFINITIONS,
  STATUSES,
} from './status';

const today = new Date('2026-11-24T10:00:00Z');

describe('the status model', () => {
  it('has the plan’s five statuses, in its order, with its own words', () => {
    expect(STATUSES).toEqual(['Grey', 'Blue', 'Green', 'Amber', 'Red']);
    expect(STATUS_DEFINITIONS.Grey.meaning).toBe('Action not started');
    expect(STATUS_DEFINITIONS.Blue.meaning).toBe('Action completed and signed off');
    expect(STATUS_DEFINITIONS.Green.meaning).toBe('Action on target');
    expect(STATUS_DEFINITIONS.Amber.meaning).toBe('Action delayed and likely to miss completion deadline');
    expect(STATUS_DEFINITIONS.Red.meaning).toMatch(/new completion deadline date required/);
  });

  it('gives every status a distinct colour class and a word', () => {
    const classes = STATUSES.map((s) => STATUS_DEFINITIONS[s].tagClass);
    expect(new Set(classes).size).toBe(5);
    for (const s of STATUSES) expect(STATUS_DEFINITIONS[s].label.length).toBeGreaterThan(0);
  });

  it('needs sign-off for Blue only', () => {
    expect(STATUSES.filter(needsSignOff)).toEqual(['Blue']);
  });
});

describe('status update rules', () => {
  const action = { dueMonth: '2026-10' };

  it('refuses Red without a new completion date', () => {
    expect(checkStatusUpdate({ status: 'Red', note: 'Slipped' }, action, today)).toEqual([
      { field: 'revisedDue', message: 'Red needs a new completion date' },
    ]);
  });

  it('refuses a new completion date that is not after today', () => {
    const [violation] = checkStatusUpdate(
      { status: 'Red', note: 'x', revisedDue: '2026-11-24' },
      action,
      today,
    );
    expect(violation?.field).toBe('revisedDue');
  });

  it('refuses a new completion date within the original due month', () => {
    const [violation] = checkStatusUpdate(
      { status: 'Red', note: 'x', revisedDue: '2027-01-31' },
      { dueMonth: '2027-01' },
      today,
    );
    expect(violation?.message).toMatch(/after the original due month/);
  });

  it('accepts Red with a later date and a note', () => {
    expect(checkStatusUpdate({ status: 'Red', note: 'x', revisedDue: '2027-02-01' }, action, today)).toEqual(
      [],
    );
  });

  it('needs a note for every status but Grey', () => {
    expect(checkStatusUpdate({ status: 'Grey' }, action, today)).toEqual([]);
    for (const status of ['Green', 'Amber', 'Blue'] as const) {
      expect(checkStatusUpdate({ status, note: '  ' }, action, today)).toEqual([
        { field: 'note', message: `A progress note is required for ${status}` },
      ]);
    }
  });
});

describe('movement and cadence', () => {
  it('orders progress Red, Amber, on track, Blue', () => {
    expect(movement('Red', 'Amber')).toBe('improved');
    expect(movement('Green', 'Amber')).toBe('worsened');
    expect(movement('Grey', 'Green')).toBe('same');
    expect(movement('Green', 'Blue')).toBe('improved');
  });

  it('has quarterly groups report in March, June, September and December only', () => {
    expect(
      ['2023-01', '2023-03', '2023-06', '2023-11', '2023-12'].filter((m) => isReportingMonth('quarterly', m)),
    ).toEqual(['2023-03', '2023-06', '2023-12']);
    expect(isReportingMonth('monthly', '2023-01')).toBe(true);
  });

  it('holds an action due an update when its group reports that month and it was not already Blue', () => {
    const plain = { byException: false, dueMonth: null };
    expect(isDueForUpdate({ ...plain, cadence: 'monthly', statusBefore: 'Amber' }, '2023-01')).toBe(true);
    expect(isDueForUpdate({ ...plain, cadence: 'monthly', statusBefore: 'Blue' }, '2023-01')).toBe(false);
    expect(isDueForUpdate({ ...plain, cadence: 'quarterly', statusBefore: 'Green' }, '2023-02')).toBe(false);
    expect(isDueForUpdate({ ...plain, cadence: 'quarterly', statusBefore: 'Grey' }, '2023-03')).toBe(true);
    expect(isDueForUpdate({ ...plain, cadence: 'quarterly', statusBefore: 'Red' }, '2023-02')).toBe(false);
  });

  it('holds a by-exception group’s action due off its cadence only when it is Amber, Red or past its due month', () => {
    const quarterly = { cadence: 'quarterly', byException: true } as const;
    const due = (statusBefore: 'Green' | 'Amber' | 'Red' | 'Blue' | 'Grey', dueMonth: string | null) =>
      isDueForUpdate({ ...quarterly, statusBefore, dueMonth }, '2023-02');
    expect(due('Green', '2023-06')).toBe(false);
    expect(due('Grey', null)).toBe(false);
    expect(due('Amber', '2023-06')).toBe(true);
    expect(due('Red', '2023-06')).toBe(true);
    expect(due('Green', '2023-01')).toBe(true);
    expect(due('Green', '2023-02')).toBe(false);
    expect(due('Blue', '2022-12')).toBe(false);
    // In a reporting month every unfinished action reports, in trouble or not.
    expect(isDueForUpdate({ ...quarterly, statusBefore: 'Green', dueMonth: null }, '2023-03')).toBe(true);
  });
});

describe('the new completion date an action carries', () => {
  it('is a Red’s own, kept through Green and Amber after it, and gone once Blue', () => {
    expect(revisedDueAfter({ status: 'Red', revisedDue: '2027-03-31' }, '2026-12-31')).toBe('2027-03-31');
    expect(revisedDueAfter({ status: 'Amber', revisedDue: null }, '2027-03-31')).toBe('2027-03-31');
    expect(revisedDueAfter({ status: 'Green', revisedDue: null }, '2027-03-31')).toBe('2027-03-31');
    expect(revisedDueAfter({ status: 'Blue', revisedDue: null }, '2027-03-31')).toBeNull();
    // An imported Red may have none: it carries none, for the round to ask for.
    expect(revisedDueAfter({ status: 'Red', revisedDue: null }, '2027-03-31')).toBeNull();
  });
});
