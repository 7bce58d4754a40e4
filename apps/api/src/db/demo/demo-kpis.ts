import {
  addMonths,
  type KpiDirection,
  type KpiRule,
  type KpiTargetKind,
  type KpiUnit,
  type Month,
  milestoneMonth,
  monthsBetween,
} from '@ragboard/shared';

/** A percentage in the plan's words ("41% (16.2% to 66%)" → 41), or null. */
export function percent(text: string | null): number | null {
  const match = text?.match(/(\d+(?:\.\d+)?)\s*%/);
  return match ? Number(match[1]) : null;
}

/**
 * The plan states each KPI's direction and unit in words: "to reduce … by 10%" and "50%
 * reduction" are changes from a baseline, "less than" and "narrow the gap" are lower-is-better
 * levels, "10% Improvement" a rise from a baseline; the rest are shares to raise.
 */
export function kpiShape(statement: string): {
  direction: KpiDirection;
  unit: KpiUnit;
  targetKind: KpiTargetKind;
} {
  if (/\breduc/i.test(statement)) {
    return {
      direction: 'lower',
      unit: /waiting times/i.test(statement) ? 'weeks' : 'count',
      targetKind: 'reduction',
    };
  }
  if (/\bimprovement in\b/i.test(statement))
    return { direction: 'higher', unit: 'percent', targetKind: 'increase' };
  if (/\b(less than|narrow)/i.test(statement))
    return { direction: 'lower', unit: 'percent', targetKind: 'level' };
  return { direction: 'higher', unit: 'percent', targetKind: 'level' };
}

function seeded(seed: string) {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 13), 1274126177);
    return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
  };
}

/**
 * Quarterly actuals from the first milestone to `to`: each KPI moves from its baseline towards
 * its 12-month target at its own pace, so some are on target, some near and some behind.
 * KPIs measured as a change from a baseline the plan does not give get no values.
 */
export function demoKpiValues(key: string, rule: KpiRule, planStart: Month, to: Month) {
  if (rule.targetKind !== 'level') return [];
  const rnd = seeded(key);
  const final = rule.targets.find((t) => t.monthsFromStart === 12)?.value;
  if (final == null) return [];
  const start = rule.baselineValue ?? final * (0.4 + rnd() * 0.2);
  const pace = 0.6 + rnd() * 0.7;
  const first = milestoneMonth(planStart, 3);
  return monthsBetween(first, to)
    .filter((m) => ['03', '06', '09', '12'].includes(m.slice(5)))
    .map((period) => {
      const months = monthsBetween(planStart, period).length;
      const progress = Math.min(1.1, (months / 12) * pace);
      const value = start + (final - start) * progress + (rnd() - 0.5) * 3;
      return { period, value: Math.round(value * 10) / 10 };
    })
    .filter((v) => v.period <= addMonths(to, 0));
}
