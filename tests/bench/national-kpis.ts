// The national dataset's KPIs: four a plan, with 3-, 6- and 12-month targets and a value for
// every closed month.
import type { Db } from '../../apps/api/src/db/client';
import { type NationalShape, uid } from './national-sql';

export async function seedKpis(
  tx: Db,
  shape: NationalShape,
  step: (tx: Db, name: string, text: string) => Promise<void>,
  month: (m: string) => string,
  monthStart: (m: string) => string,
  manager: string,
) {
  await step(
    tx,
    'KPIs',
    `INSERT INTO kpis (id, plan_id, outcome_ref, position, statement, unit, direction, target_kind,
                       baseline_value, baseline_text, tolerance)
     SELECT ${uid(8, 'p', 'x')}, ${uid(1, 'p')}, x || '.1', x - 1,
            'Percentage of EHC plans completed within 20 weeks (measure ' || x || ')', 'percent', 'higher', 'level',
            40 + (p + x) % 20, (40 + (p + x) % 20) || '% at the start of the plan', 2
     FROM generate_series(1, ${shape.plans}) p CROSS JOIN generate_series(1, 4) x
     ORDER BY p, x`,
  );
  await step(
    tx,
    'KPI targets',
    `INSERT INTO kpi_targets (id, kpi_id, months_from_start, value, text)
     SELECT ${uid(9, 'p', 'x', 't')}, ${uid(8, 'p', 'x')}, t, 40 + (p + x) % 20 + t, (40 + (p + x) % 20 + t) || '%'
     FROM generate_series(1, ${shape.plans}) p CROSS JOIN generate_series(1, 4) x CROSS JOIN unnest(ARRAY[3, 6, 12]) t
     ORDER BY p, x, t`,
  );
  await step(
    tx,
    'KPI values',
    `INSERT INTO kpi_values (id, kpi_id, period, value, author_id, created_at)
     SELECT ${uid(10, 'm', 'p', 'x')}, ${uid(8, 'p', 'x')}, ${month('m')},
            40 + (p + x) % 20 + m * 0.5 + (p + x + m) % 5 - 2, '${manager}'::uuid, ${monthStart('m + 1')} + interval '5 days'
     FROM generate_series(0, ${shape.months - 2}) m CROSS JOIN generate_series(1, ${shape.plans}) p CROSS JOIN generate_series(1, 4) x
     ORDER BY m, p, x`,
  );
}
