import {
  type DocumentCell,
  FINDING_JUDGEMENT_DEFINITIONS,
  KPI_JUDGEMENT_DEFINITIONS,
  type Status,
} from '@ragboard/shared';

/** The patterns of the web's status charts: one key for a reader, on screen and on paper. */
export type StatusPattern = 'solid' | 'dots' | 'diagonal' | 'horizontal' | 'crosshatch';

/**
 * Each status's look in a document: a light fill the word reads on, and its chart pattern, so a
 * status is told apart by its word first, its pattern next, its colour last. The pattern is drawn in
 * `mark` on a small swatch by the word, or in the paler `stripe` across a whole cell.
 */
export const STATUS_LOOK: Record<
  Status,
  { fill: string; mark: string; stripe: string; pattern: StatusPattern }
> = {
  Grey: { fill: 'E5E6E7', mark: '505A5F', stripe: 'E5E6E7', pattern: 'solid' },
  Blue: { fill: 'D2E2F1', mark: '1D70B8', stripe: 'A5C5E3', pattern: 'dots' },
  Green: { fill: 'CCE2D8', mark: '00703C', stripe: '99C5B1', pattern: 'diagonal' },
  Amber: { fill: 'FFF7BF', mark: 'B58840', stripe: 'EBD68A', pattern: 'horizontal' },
  Red: { fill: 'F4CDC6', mark: 'D4351C', stripe: 'E9A092', pattern: 'crosshatch' },
};

/** The GOV.UK tag colours as light fills, for the judgements and lateness tagged on the web page. */
const TAG_FILL: Record<string, string> = {
  'govuk-tag--green': 'CCE2D8',
  'govuk-tag--yellow': 'FFF7BF',
  'govuk-tag--red': 'F4CDC6',
  'govuk-tag--grey': 'E5E6E7',
};

const LATENESS_FILL: Record<string, string> = {
  'past-new-date': TAG_FILL['govuk-tag--red']!,
  'no-new-date': TAG_FILL['govuk-tag--red']!,
  'new-date-agreed': TAG_FILL['govuk-tag--yellow']!,
};

/** The fill a cell is shown on, as hex without '#', or null for a plain cell. */
export function cellFill(cell: DocumentCell): string | null {
  if (cell.kind === 'status') return STATUS_LOOK[cell.status].fill;
  if (cell.kind === 'kpi-judgement' && cell.judgement)
    return TAG_FILL[KPI_JUDGEMENT_DEFINITIONS[cell.judgement].tagClass] ?? null;
  if (cell.kind === 'finding-judgement' && cell.judgement)
    return TAG_FILL[FINDING_JUDGEMENT_DEFINITIONS[cell.judgement].tagClass] ?? null;
  return null;
}

/** The fill of a dates cell's warning line, when it says the action is behind its dates. */
export function latenessFill(cell: DocumentCell): string | null {
  return cell.kind === 'dates' && cell.lateness ? (LATENESS_FILL[cell.lateness.kind] ?? null) : null;
}
