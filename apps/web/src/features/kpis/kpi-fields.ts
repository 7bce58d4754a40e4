import type { Kpi, KpiDirection, KpiTargetKind, KpiUnit, Month, UpdateKpiBody } from '@ragboard/shared';
import type { FieldError } from '../../components/form/error-summary';

export interface TargetFields {
  monthsFromStart: number;
  /** When the milestone falls due, if the KPI has it already. */
  month: Month | null;
  value: string;
  text: string;
}

/** The KPI edit form as typed: numbers stay text until they are checked. */
export interface KpiFields {
  unit: KpiUnit;
  direction: KpiDirection;
  targetKind: KpiTargetKind;
  baselineValue: string;
  baselineText: string;
  tolerance: string;
  ownerId: string;
  targets: TargetFields[];
}

export type KpiChanges = Required<Omit<UpdateKpiBody, 'outcomeRef' | 'statement'>>;

const MILESTONES = [3, 6, 12];

const text = (value: number | null) => (value === null ? '' : String(value));

/** The form's fields for a KPI: its own targets, and empty 3, 6 and 12-month ones it lacks. */
export function fieldsOf(kpi: Kpi): KpiFields {
  const own = kpi.targets.map((t) => ({ ...t, value: text(t.value) }));
  const missing = MILESTONES.filter((n) => !own.some((t) => t.monthsFromStart === n)).map((n) => ({
    monthsFromStart: n,
    month: null,
    value: '',
    text: '',
  }));
  return {
    unit: kpi.unit,
    direction: kpi.direction,
    targetKind: kpi.targetKind,
    baselineValue: text(kpi.baselineValue),
    baselineText: kpi.baselineText ?? '',
    tolerance: text(kpi.tolerance),
    ownerId: kpi.owner?.id ?? '',
    targets: [...own, ...missing].sort((a, b) => a.monthsFromStart - b.monthsFromStart),
  };
}

/** A typed number: nothing is null, "41%" and "1,250" read as people write them. */
function readNumber(typed: string): number | null | undefined {
  const cleaned = typed.trim().replace(/,/g, '').replace(/%$/, '').trim();
  if (!cleaned) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/** The fields as the API's body, or the refusals, each on its field. */
export function readFields(fields: KpiFields): { errors: FieldError[]; body: KpiChanges | null } {
  const errors: FieldError[] = [];
  const baselineValue = readNumber(fields.baselineValue);
  if (baselineValue === undefined) {
    errors.push({ field: 'baselineValue', message: 'Enter the baseline as a number, like 41 or 41.5' });
  }
  const tolerance = readNumber(fields.tolerance);
  if (tolerance === undefined || (tolerance !== null && tolerance < 0)) {
    errors.push({ field: 'tolerance', message: 'Enter the tolerance as a number of 0 or more, like 2' });
  }
  const targets = fields.targets.flatMap((target, index) => {
    const value = readNumber(target.value);
    if (value === undefined) {
      errors.push({
        field: `targets.${index}.value`,
        message: `Enter the ${target.monthsFromStart}-month target as a number, like 50`,
      });
      return [];
    }
    if (value === null && !target.text.trim()) return [];
    return [{ monthsFromStart: target.monthsFromStart, value, text: target.text.trim() }];
  });
  if (errors.length > 0 || baselineValue === undefined || tolerance === undefined)
    return { errors, body: null };
  return {
    errors,
    body: {
      unit: fields.unit,
      direction: fields.direction,
      targetKind: fields.targetKind,
      baselineValue,
      baselineText: fields.baselineText.trim() || null,
      tolerance,
      ownerId: fields.ownerId || null,
      targets,
    },
  };
}
