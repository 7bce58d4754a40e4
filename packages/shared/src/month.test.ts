import { describe, expect, it } from 'vitest';
import { addMonths, formatMonth, isoDateSchema, monthOf, monthSchema, monthsBetween } from './month';

describe('months', () => {
  it('accepts YYYY-MM and refuses anything else', () => {
    expect(monthSchema.safeParse('2023-02').success).toBe(true);
    for (const bad of ['2023-13', '2023-2', 'Feb-23', '2023-00']) {
      expect(monthSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('refuses impossible dates', () => {
    expect(isoDateSchema.safeParse('2023-02-28').success).toBe(true);
    expect(isoDateSchema.safeParse('2023-02-30').success).toBe(false);
  });

  it('adds months across years, both ways', () => {
    expect(addMonths('2023-11', 3)).toBe('2024-02');
    expect(addMonths('2023-01', -1)).toBe('2022-12');
  });

  it('lists the months between two months inclusive', () => {
    expect(monthsBetween('2022-11', '2023-02')).toEqual(['2022-11', '2022-12', '2023-01', '2023-02']);
    expect(monthsBetween('2023-02', '2023-01')).toEqual([]);
  });

  it('formats and derives months', () => {
    expect(formatMonth('2023-02')).toBe('February 2023');
    expect(monthOf(new Date('2026-11-24T23:59:00Z'))).toBe('2026-11');
  });
});
