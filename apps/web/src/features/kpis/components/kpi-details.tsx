import type { Kpi } from '@ragboard/shared';
import { SummaryList, SummaryRow } from '../../../components/summary-list';
import {
  baselineWords,
  DIRECTION_WORDS,
  formatValue,
  TARGET_KIND_WORDS,
  targetWords,
  UNIT_WORDS,
} from '../../../lib/kpi-words';

/** The tolerance in force: the KPI's own, or the plan's default (ADR 009). */
function toleranceWords(kpi: Kpi): string {
  if (kpi.tolerance !== null) {
    const points = kpi.unit === 'percent' || kpi.targetKind !== 'level';
    return points ? `${formatValue(kpi.tolerance, 'count')} points` : formatValue(kpi.tolerance, kpi.unit);
  }
  return kpi.unit === 'percent' || kpi.targetKind !== 'level'
    ? 'The default: 2 points'
    : 'The default: 5% of the target';
}

/** A KPI's measure, baseline, targets and owner as a GOV.UK summary list. */
export function KpiDetails({ kpi }: { kpi: Kpi }) {
  const targets = [...kpi.targets].sort((a, b) => a.monthsFromStart - b.monthsFromStart);
  return (
    <SummaryList>
      <SummaryRow label="Outcome">{kpi.outcomeRef}</SummaryRow>
      <SummaryRow label="Unit">{UNIT_WORDS[kpi.unit]}</SummaryRow>
      <SummaryRow label="Direction">{DIRECTION_WORDS[kpi.direction]}</SummaryRow>
      <SummaryRow label="Kind of target">{TARGET_KIND_WORDS[kpi.targetKind]}</SummaryRow>
      <SummaryRow label="Baseline">{baselineWords(kpi)}</SummaryRow>
      <SummaryRow label="Targets">
        {targets.length === 0 ? (
          'None set'
        ) : (
          <ul className="govuk-list govuk-!-margin-bottom-0">
            {targets.map((target) => (
              <li key={target.monthsFromStart}>
                {target.monthsFromStart} months: {targetWords(kpi, target)}
              </li>
            ))}
          </ul>
        )}
      </SummaryRow>
      <SummaryRow label="Near target within">{toleranceWords(kpi)}</SummaryRow>
      <SummaryRow label="Owner">{kpi.owner?.name ?? 'Nobody yet'}</SummaryRow>
    </SummaryList>
  );
}
