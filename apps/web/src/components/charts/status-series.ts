import { STATUS_DEFINITIONS, STATUSES, type Status, type StatusCounts } from '@ragboard/shared';
import type { ChartCategory, ChartPattern, ChartSeries } from './chart-data';

/** GOV.UK colours for the five statuses, each with marks and text that read on it. */
const LOOK: Record<Status, { colour: string; markColour: string; pattern: ChartPattern }> = {
  Grey: { colour: '#b1b4b6', markColour: '#0b0c0c', pattern: 'solid' },
  Blue: { colour: '#1d70b8', markColour: '#ffffff', pattern: 'dots' },
  Green: { colour: '#00703c', markColour: '#ffffff', pattern: 'diagonal' },
  Amber: { colour: '#f47738', markColour: '#0b0c0c', pattern: 'horizontal' },
  Red: { colour: '#d4351c', markColour: '#ffffff', pattern: 'crosshatch' },
};

/** The plan's statuses as chart series, in the plan's order, labelled with their words. */
export const STATUS_SERIES: readonly ChartSeries[] = STATUSES.map((status) => ({
  key: status,
  label: status,
  description: STATUS_DEFINITIONS[status].label,
  ...LOOK[status],
}));

export function statusCategory(
  key: string,
  label: string,
  counts: StatusCounts,
  axisLabel?: string,
): ChartCategory {
  return { key, label, values: counts, ...(axisLabel ? { axisLabel } : {}) };
}
