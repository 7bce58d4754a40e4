import { addMonths, type Month } from './month';

export const KPI_TARGET_KINDS = ['level', 'reduction', 'increase'] as const;
export type KpiTargetKind = (typeof KPI_TARGET_KINDS)[number];

export const KPI_JUDGEMENTS = [
  'on-target',
  'near-target',
  'off-target',
  'no-target-yet',
  'no-baseline',
] as const;
export type KpiJudgement = (typeof KPI_JUDGEMENTS)[number];

/** Each judgement's words and tag colour: a KPI is never judged by colour alone. */
export const KPI_JUDGEMENT_DEFINITIONS: Record<
  KpiJudgement,
  { label: string; meaning: string; tagClass: string }
> = {
  'on-target': { label: 'On target', meaning: 'Meets the target in force', tagClass: 'govuk-tag--green' },
  'near-target': {
    label: 'Near target',
    meaning: 'Short of the target in force, within its tolerance',
    tagClass: 'govuk-tag--yellow',
  },
  'off-target': { label: 'Off target', meaning: 'Short of the target in force', tagClass: 'govuk-tag--red' },
  'no-target-yet': {
    label: 'No target yet',
    meaning: 'Before the first milestone: no target has fallen due',
    tagClass: 'govuk-tag--grey',
  },
  'no-baseline': {
    label: 'No baseline',
    meaning: 'The target is a change from a baseline the KPI does not have',
    tagClass: 'govuk-tag--grey',
  },
};

export interface KpiRule {
  direction: 'higher' | 'lower';
  /** level: the actual meets the target itself; reduction / increase: the target is a % change from the baseline. */
  targetKind: KpiTargetKind;
  unit: string;
  baselineValue: number | null;
  tolerance: number | null;
  /** A milestone falls due `monthsFromStart` into the plan, or in its explicit `month` when given. */
  targets: { monthsFromStart: number; value: number | null; month?: Month | null }[];
}

/** A milestone "n months from the start" falls due in the plan's nth month. */
export function milestoneMonth(planStart: Month, monthsFromStart: number): Month {
  return addMonths(planStart, monthsFromStart - 1);
}

/** The target in force at a period: the latest milestone that has fallen due; null before the first. */
export function targetInForce(rule: Pick<KpiRule, 'targets'>, planStart: Month, period: Month) {
  const dueIn = (t: KpiRule['targets'][number]) => t.month ?? milestoneMonth(planStart, t.monthsFromStart);
  const due = [...rule.targets]
    .filter((t) => t.value !== null && dueIn(t) <= period)
    .sort((a, b) => dueIn(a).localeCompare(dueIn(b)));
  const target = due.at(-1);
  return target ? { monthsFromStart: target.monthsFromStart, value: target.value! } : null;
}

/** How far short still counts as near: the KPI's own tolerance, else 2 points of a percentage or 5% of the target. */
export function effectiveTolerance(
  rule: Pick<KpiRule, 'tolerance' | 'unit' | 'targetKind'>,
  target: number,
): number {
  if (rule.tolerance !== null) return rule.tolerance;
  return rule.unit === 'percent' || rule.targetKind !== 'level' ? 2 : Math.abs(target) * 0.05;
}

/**
 * Judges an actual against the target in force at its period, honouring direction. For a
 * reduction or increase KPI the measure is the % change from the baseline.
 */
export function judgeKpi(rule: KpiRule, planStart: Month, period: Month, actual: number): KpiJudgement {
  const target = targetInForce(rule, planStart, period);
  if (!target) return 'no-target-yet';
  let achieved = actual;
  let higherIsBetter = rule.direction === 'higher';
  if (rule.targetKind !== 'level') {
    if (rule.baselineValue === null || rule.baselineValue === 0) return 'no-baseline';
    const change = ((actual - rule.baselineValue) / rule.baselineValue) * 100;
    achieved = rule.targetKind === 'reduction' ? -change : change;
    higherIsBetter = true;
  }
  const shortBy = higherIsBetter ? target.value - achieved : achieved - target.value;
  if (shortBy <= 0) return 'on-target';
  return shortBy <= effectiveTolerance(rule, target.value) ? 'near-target' : 'off-target';
}
