import { describe, expect, it } from 'vitest';
import { judgeKpi, type KpiRule, milestoneMonth, targetInForce } from './kpi-judgement';

const start = '2023-01';
const kpi34: KpiRule = {
  direction: 'higher',
  targetKind: 'level',
  unit: 'percent',
  baselineValue: 41,
  tolerance: null,
  targets: [
    { monthsFromStart: 3, value: 50 },
    { monthsFromStart: 6, value: 55 },
    { monthsFromStart: 12, value: 65 },
  ],
};

describe('KPI targets and judgements', () => {
  it('puts the n-month milestone in the plan’s nth month', () => {
    expect(milestoneMonth(start, 3)).toBe('2023-03');
    expect(milestoneMonth(start, 12)).toBe('2023-12');
  });

  it('steps the target in force from milestone to milestone, none before the first', () => {
    expect(targetInForce(kpi34, start, '2023-02')).toBeNull();
    expect(targetInForce(kpi34, start, '2023-03')?.value).toBe(50);
    expect(targetInForce(kpi34, start, '2023-08')?.value).toBe(55);
    expect(targetInForce(kpi34, start, '2024-06')?.value).toBe(65);
  });

  it('takes a milestone’s explicit month over its months from the start', () => {
    const explicit = { targets: [{ monthsFromStart: 3, value: 50, month: '2023-09' }] };
    expect(targetInForce(explicit, start, '2023-08')).toBeNull();
    expect(targetInForce(explicit, start, '2023-09')?.value).toBe(50);
  });

  it('judges KPI 3.4 (higher is better) against the target of its month', () => {
    expect(judgeKpi(kpi34, start, '2023-04', 52)).toBe('on-target');
    expect(judgeKpi(kpi34, start, '2023-07', 52)).toBe('off-target');
    expect(judgeKpi(kpi34, start, '2023-07', 53.5)).toBe('near-target');
    expect(judgeKpi(kpi34, start, '2023-02', 30)).toBe('no-target-yet');
  });

  it('judges a lower-is-better KPI the other way round', () => {
    const gap: KpiRule = {
      ...kpi34,
      direction: 'lower',
      baselineValue: 15,
      targets: [{ monthsFromStart: 3, value: 13 }],
    };
    expect(judgeKpi(gap, start, '2023-03', 12)).toBe('on-target');
    expect(judgeKpi(gap, start, '2023-03', 14)).toBe('near-target');
    expect(judgeKpi(gap, start, '2023-03', 16)).toBe('off-target');
  });

  it('judges a "reduce by 10%" KPI against its baseline, and cannot without one', () => {
    const exclusions: KpiRule = {
      direction: 'lower',
      targetKind: 'reduction',
      unit: 'count',
      baselineValue: 400,
      tolerance: null,
      targets: [{ monthsFromStart: 12, value: 10 }],
    };
    expect(judgeKpi(exclusions, start, '2023-12', 356)).toBe('on-target');
    expect(judgeKpi(exclusions, start, '2023-12', 364)).toBe('near-target');
    expect(judgeKpi(exclusions, start, '2023-12', 400)).toBe('off-target');
    expect(judgeKpi({ ...exclusions, baselineValue: null }, start, '2023-12', 300)).toBe('no-baseline');
  });
});
