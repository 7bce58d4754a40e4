import { KPI_JUDGEMENT_DEFINITIONS, type KpiJudgement } from '../kpi-judgement';
import { formatValue } from '../kpi-words';
import { formatDate, formatMonth, type Month } from '../month';
import {
  type ActionPosition,
  carriedFromWords,
  carriedToWords,
  dueWords,
  LATENESS,
  lateness,
} from '../position';
import { FINDING_JUDGEMENT_DEFINITIONS, type FindingJudgement } from '../schemas/finding';
import type { KpiUnit } from '../schemas/kpi';
import { STATUS_DEFINITIONS, type Status } from '../status';
import type { DatedPosition, DocumentCell } from './model';

export const textCell = (text: string): DocumentCell => ({ kind: 'text', text });

export const numberCell = (value: number): DocumentCell => ({
  kind: 'number',
  value,
  text: value.toLocaleString('en-GB'),
});

/** The status word, always; a Blue given and not yet signed off is said, never shown as Blue. */
export function statusCell(status: Status, awaitingSignOff = false): DocumentCell {
  const note = awaitingSignOff ? 'with a Blue awaiting sign-off' : null;
  return {
    kind: 'status',
    status,
    label: STATUS_DEFINITIONS[status].label,
    note,
    text: note ? `${status}, ${note}` : status,
  };
}

/** An action's words; where it was carried forward from only where the report says it once. */
export function actionCell(
  a: { id: string; ref: string; title: string } & Partial<Pick<ActionPosition, 'carriedFrom'>>,
  withCarriedFrom = false,
): DocumentCell {
  const note = withCarriedFrom && a.carriedFrom ? carriedFromWords(a.carriedFrom) : null;
  return { kind: 'action', id: a.id, ref: a.ref, text: a.title, note };
}

/**
 * Both dates ("Due May 2025, new date 31 May 2027") and, unless a table's caption already says it,
 * how the action stands against them: behind them, or carried forward to the next plan.
 */
export function datesCell(position: DatedPosition, withLateness = true): DocumentCell {
  const kind = lateness(position);
  const said =
    kind === 'carried-forward' && position.carriedTo
      ? carriedToWords(position.carriedTo)
      : kind === 'completed' || kind === 'in-time'
        ? null
        : LATENESS[kind];
  return {
    kind: 'dates',
    position,
    text: dueWords(position),
    lateness: withLateness && said ? { kind, text: said } : null,
  };
}

/** A KPI's value in its unit with its month ("41% (November 2026)"), or what stands instead. */
export function kpiValueCell(
  value: { value: number; period: Month } | null,
  unit: KpiUnit,
  none = 'None yet',
): DocumentCell {
  return value
    ? {
        kind: 'kpi-value',
        value: value.value,
        text: `${formatValue(value.value, unit)} (${formatMonth(value.period)})`,
      }
    : { kind: 'kpi-value', value: null, text: none };
}

export function kpiJudgementCell(judgement: KpiJudgement | null): DocumentCell {
  return {
    kind: 'kpi-judgement',
    judgement,
    text: judgement ? KPI_JUDGEMENT_DEFINITIONS[judgement].label : 'Not judged yet',
  };
}

/** "Sufficiently improved (September 2021)", or that no judgement has been recorded. */
export function findingJudgementCell(
  judgement: { judgement: FindingJudgement; month: Month } | null,
): DocumentCell {
  return {
    kind: 'finding-judgement',
    judgement: judgement?.judgement ?? null,
    text: judgement
      ? `${FINDING_JUDGEMENT_DEFINITIONS[judgement.judgement].label} (${formatMonth(judgement.month)})`
      : 'Not yet judged',
  };
}

/** "21 March 2024", from an ISO date-time (in UTC, as it was stored). */
export const dayWords = (dateTime: string) => formatDate(dateTime.slice(0, 10));
