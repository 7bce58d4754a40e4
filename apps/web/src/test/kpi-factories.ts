import {
  type Kpi,
  type KpiDetail,
  type KpiTarget,
  type KpiValue,
  kpiDetailSchema,
  kpiSchema,
  kpiTargetSchema,
  kpiValueSchema,
} from '@ragboard/shared';
import { nextId, personRef } from './factories';

export function kpiTarget(overrides: Partial<KpiTarget> = {}): KpiTarget {
  return kpiTargetSchema.parse({
    monthsFromStart: 3,
    month: '2023-03',
    value: 50,
    text: '50%',
    ...overrides,
  });
}

/** The 3.4 KPI's stepped targets on a plan starting January 2023. */
export const STEPPED_TARGETS = [
  kpiTarget({ monthsFromStart: 3, month: '2023-03', value: 50, text: '50%' }),
  kpiTarget({ monthsFromStart: 6, month: '2023-06', value: 55, text: '55%' }),
  kpiTarget({ monthsFromStart: 12, month: '2023-12', value: 65, text: '65%' }),
];

export function kpiValue(overrides: Partial<KpiValue> = {}): KpiValue {
  return kpiValueSchema.parse({
    period: '2023-03',
    value: 48,
    note: null,
    target: 50,
    judgement: 'near-target',
    author: 'Partnership Manager',
    createdAt: '2023-04-05T10:00:00.000Z',
    superseded: false,
    ...overrides,
  });
}

/** A KPI as the scorecard lists it; `latest` follows the values unless given. */
export function kpi(overrides: Partial<Kpi> = {}): Kpi {
  const values = overrides.values ?? [];
  return kpiSchema.parse({
    id: nextId(),
    planId: nextId(),
    outcomeRef: '3.4',
    statement: '65% of new assessments will be completed on time in 2023',
    unit: 'percent',
    direction: 'higher',
    targetKind: 'level',
    baselineValue: 41,
    baselineText: '41% (16.2% to 66%)',
    tolerance: null,
    owner: personRef({ name: 'Sapphire Murray' }),
    targets: STEPPED_TARGETS,
    version: 1,
    ...overrides,
    values,
    latest: overrides.latest !== undefined ? overrides.latest : (values.at(-1) ?? null),
  });
}

/** A KPI as `GET /api/kpis/:kpiId` answers: its history newest first, replaced values included. */
export function kpiDetail(overrides: Partial<KpiDetail> = {}): KpiDetail {
  const base = kpi(overrides);
  return kpiDetailSchema.parse({
    ...base,
    history: overrides.history ?? [...base.values].reverse(),
  });
}
