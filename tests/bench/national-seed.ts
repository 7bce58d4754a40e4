// A synthetic national-scale dataset for the benchmarks, generated inside PostgreSQL with
// generate_series: `plans` plans of 5 priorities × 4 outcomes × 10 actions, each action with a
// status update for every month of the last `months` (the current one open). It is shaped as the
// app writes it (decision 004): each action's status, revised date and current_update_id are its
// latest live update; a later update in a month supersedes the earlier one; a Blue awaiting
// sign-off leaves the action's status as it was; closed periods behind an open one; leads are people.
import { addMonths, type Month, monthOf } from '@ragboard/shared';
import type { Db } from '../../apps/api/src/db/client';
import { DEMO_PASSWORD, insertDemoAccounts } from '../../apps/api/src/db/demo/seed-demo';
import { auditEntries } from '../../apps/api/src/db/schema';
import { hashPassword } from '../../apps/api/src/modules/credentials';
import { seedKpis } from './national-kpis';
import { array, type NationalShape, NOTES, personName, TOPICS, uid } from './national-sql';

const PRIORITIES = 5;
const OUTCOMES = 4;
const ACTIONS = 10;
const ACTIONS_PER_PLAN = PRIORITIES * OUTCOMES * ACTIONS;
const PEOPLE = 12;

/** Seeds the whole dataset in one transaction; returns the manager's id. */
export async function seedNational(db: Db, shape: NationalShape, now: Date, log: (line: string) => void) {
  const current = monthOf(now);
  const start: Month = addMonths(current, -(shape.months - 1));
  const last = shape.months - 1;
  const month = (m: string) => `to_char(date '${start}-01' + make_interval(months => ${m}), 'YYYY-MM')`;
  const monthStart = (m: string) => `(date '${start}-01' + make_interval(months => ${m}))::date`;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const began = performance.now();
  const step = async (tx: Db, name: string, text: string) => {
    const t = performance.now();
    const result = await tx.execute(text);
    const rows = (result as { rowCount?: number | null }).rowCount ?? 0;
    log(`  ${name}: ${rows} rows, ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };

  const managerId = await db.transaction(async (tx) => {
    const accounts = await insertDemoAccounts(tx, passwordHash);
    const manager = accounts.find((a) => a.role === 'manager')!.id;

    await step(
      tx,
      'organisations',
      `INSERT INTO organisations (name, kind)
       SELECT 'Partner organisation ' || q, (ARRAY['council','icb','nhs_trust','school_or_college','parent_carer_forum','young_people'])[1 + q % 6]::organisation_kind
       FROM generate_series(1, ${PEOPLE}) q`,
    );
    await step(
      tx,
      'people',
      `INSERT INTO people (id, name, organisation_id)
       SELECT ${uid(6, 'p', 'q')}, ${personName('p', 'q')}, o.id
       FROM generate_series(1, ${shape.plans}) p CROSS JOIN generate_series(1, ${PEOPLE}) q
       JOIN organisations o ON o.name = 'Partner organisation ' || q
       ORDER BY p, q`,
    );
    await step(
      tx,
      'plans',
      `INSERT INTO plans (id, slug, title, period_start, period_end, state)
       SELECT ${uid(1, 'p')}, 'area-' || p || '-send-improvement', 'Area ' || p || ' SEND Partnership Continuous Improvement Plan',
              ${month('0')}, ${month(String(last + 12))}, 'active'
       FROM generate_series(1, ${shape.plans}) p`,
    );
    await step(
      tx,
      'priorities',
      `INSERT INTO priorities (id, plan_id, ref, position, title, delivery_group_name, delivery_group_lead_role,
                               delivery_group_lead_id, reporting_cadence, by_exception)
       SELECT ${uid(2, 'p', 'i')}, ${uid(1, 'p')}, i::text, i - 1,
              (ARRAY['Improving outcomes','Identification of need','Joint commissioning','Preparing for adulthood','Communication with families'])[i],
              (ARRAY['Improving outcomes','Identification of need','Joint commissioning','Preparing for adulthood','Communication with families'])[i] || ' Delivery Group',
              'Head of Service', ${uid(6, 'p', 'i')},
              (CASE WHEN i % 4 = 0 THEN 'quarterly' ELSE 'monthly' END)::reporting_cadence, i % 4 = 0
       FROM generate_series(1, ${shape.plans}) p CROSS JOIN generate_series(1, ${PRIORITIES}) i
       ORDER BY p, i`,
    );
    await step(
      tx,
      'outcomes',
      `INSERT INTO outcomes (id, plan_id, priority_id, ref, position, title, lead_id)
       SELECT ${uid(3, 'p', 'i', 'j')}, ${uid(1, 'p')}, ${uid(2, 'p', 'i')}, i || '.' || j, j - 1,
              'Children, young people and families will see improvement in ' || (${array(TOPICS)})[1 + (i * ${OUTCOMES} + j) % ${TOPICS.length}]
              || E', shown by\n- feedback from families and partners used to set priorities\n- data reviewed routinely by the delivery group',
              ${uid(6, 'p', `1 + (i * ${OUTCOMES} + j) % ${PEOPLE}`)}
       FROM generate_series(1, ${shape.plans}) p CROSS JOIN generate_series(1, ${PRIORITIES}) i CROSS JOIN generate_series(1, ${OUTCOMES}) j
       ORDER BY p, i, j`,
    );
    // Each action's fate, written once and read by every statement below, shaped like the demo's
    // history: most finish in their due month, some slip (Red with a new date, then Blue), some
    // are still late; completed actions stay Blue, signed off, month after month.
    await step(
      tx,
      'action fates',
      `CREATE TEMP TABLE bench_actions ON COMMIT DROP AS
       SELECT p, i, j, k, n, due_m, fate,
              GREATEST(0, due_m - 4 - (p + n) % 4) AS start_m,
              CASE WHEN fate < 70 THEN due_m WHEN fate < 86 THEN due_m + 2 + (p + n) % 4 END AS finish_m,
              fate >= 86 AND (p + n) % 10 = 0 AS awaiting
       FROM generate_series(1, ${shape.plans}) p CROSS JOIN generate_series(1, ${PRIORITIES}) i
       CROSS JOIN generate_series(1, ${OUTCOMES}) j CROSS JOIN generate_series(1, ${ACTIONS}) k
       CROSS JOIN LATERAL (SELECT ((i - 1) * ${OUTCOMES} + (j - 1)) * ${ACTIONS} + k AS n) x
       CROSS JOIN LATERAL (SELECT 3 + (n * 7 + p * 3) % ${last + 12} AS due_m, (p * 7 + n * 13) % 100 AS fate) y
       ORDER BY p, n`,
    );
    await step(
      tx,
      'actions',
      `INSERT INTO actions (id, plan_id, outcome_id, ref, position, title, due_month, due_text)
       SELECT ${uid(4, 'p', 'n')}, ${uid(1, 'p')}, ${uid(3, 'p', 'i', 'j')}, i || '.' || j || '.' || k, k - 1,
              'Establish a process to review ' || (${array(TOPICS)})[1 + n % ${TOPICS.length}]
              || ' with partners, share what it shows and use it to improve services across the area.',
              ${month('due_m')}, to_char(${monthStart('due_m')}, 'Mon-YY')
       FROM bench_actions ORDER BY p, n`,
    );
    await step(
      tx,
      'action leads',
      `INSERT INTO action_leads (action_id, person_id, position)
       SELECT ${uid(4, 'p', 'n')}, ${uid(6, 'p', `1 + n % ${PEOPLE}`)}, 0 FROM bench_actions
       UNION ALL
       SELECT ${uid(4, 'p', 'n')}, ${uid(6, 'p', `1 + (n + 5) % ${PEOPLE}`)}, 1 FROM bench_actions WHERE n % 3 = 0`,
    );
    await step(
      tx,
      'reporting periods',
      `INSERT INTO reporting_periods (id, plan_id, month, state, deadline, grace_days, opened_at, closed_at, closed_by_id)
       SELECT ${uid(7, 'p', 'm')}, ${uid(1, 'p')}, ${month('m')},
              (CASE WHEN m < ${last} THEN 'closed' ELSE 'open' END)::period_state,
              CASE WHEN m < ${last} THEN ${monthStart('m + 1')} + 9 ELSE ${monthStart('m + 1')} - 1 END,
              CASE WHEN m < ${last} THEN 0 ELSE 5 END,
              ${monthStart('m')} + interval '9 hours',
              CASE WHEN m < ${last} THEN ${monthStart('m + 1')} + interval '11 days 17 hours' END,
              CASE WHEN m < ${last} THEN '${manager}'::uuid END
       FROM generate_series(1, ${shape.plans}) p CROSS JOIN generate_series(0, ${last}) m
       ORDER BY p, m`,
    );
    await seedKpis(tx, shape, step, month, monthStart, manager);

    const created = (m: string) =>
      `LEAST(${monthStart(m)} + interval '24 days' + (n % 48) * interval '1 hour', now() - interval '1 hour' + (n % 600) * interval '1 second')`;
    const note = (status: 'Green' | 'Amber' | 'Red') =>
      `(${array(NOTES[status])})[1 + r % ${NOTES[status].length}]`;
    // Month by month, as a real national service would have written them.
    for (let m = 0; m <= last; m++) {
      await step(
        tx,
        `status updates, month ${m + 1} of ${shape.months}`,
        `INSERT INTO status_updates (id, action_id, period, status, note, revised_due, author_name, created_at,
                                     signed_off_by_id, signed_off_at, sign_off_note)
         SELECT ${uid(5, String(m), 'p', 'n')}, ${uid(4, 'p', 'n')}, ${month(String(m))}, s.status::status,
                -- Each month's note says something new, as a lead's would.
                CASE s.status WHEN 'Grey' THEN NULL WHEN 'Blue' THEN 'Completed: evidence of impact reviewed and signed off.'
                     WHEN 'Green' THEN ${note('Green')} WHEN 'Amber' THEN ${note('Amber')} ELSE ${note('Red')} END
                || ' Position at ' || to_char(${monthStart(String(m))}, 'FMMonth YYYY') || '.',
                CASE WHEN s.status = 'Red' THEN COALESCE(${monthStart('finish_m + 1')}, ${monthStart(String(m + 4))}) - 1 END,
                ${personName('p', `1 + n % ${PEOPLE}`)}, ${created(String(m))},
                CASE WHEN s.status = 'Blue' THEN '${manager}'::uuid END,
                CASE WHEN s.status = 'Blue' THEN ${created(String(m))} END,
                CASE WHEN s.status = 'Blue' THEN 'Evidence seen.' END
         FROM bench_actions a
         CROSS JOIN LATERAL (SELECT (p * 31 + n * 17 + ${m} * 7919 + n * ${m}) % 100 AS r) x
         CROSS JOIN LATERAL (SELECT CASE WHEN ${m} < start_m THEN 'Grey'
                                         WHEN ${m} >= finish_m THEN 'Blue'
                                         WHEN ${m} < due_m - 1 THEN CASE WHEN r < 8 THEN 'Amber' ELSE 'Green' END
                                         WHEN ${m} < due_m THEN CASE WHEN fate < 70 THEN 'Green' ELSE 'Amber' END
                                         WHEN finish_m IS NOT NULL OR r < 50 THEN 'Red'
                                         WHEN r < 80 THEN 'Amber' ELSE 'Green' END AS status) s
         ORDER BY p, n`,
      );
    }
    await step(
      tx,
      'superseded updates',
      `INSERT INTO status_updates (id, action_id, period, status, note, author_name, created_at, superseded_by_id)
       SELECT ${uid(5, 'm', 'p', 'n', '1')}, ${uid(4, 'p', 'n')}, ${month('m')}, 'Amber',
              'First view this month: waiting for partner data.', ${personName('p', `1 + n % ${PEOPLE}`)},
              ${created('m')} - interval '2 days', ${uid(5, 'm', 'p', 'n')}
       FROM bench_actions CROSS JOIN generate_series(0, ${last - 1}) m
       WHERE m >= start_m AND m < COALESCE(finish_m, ${last}) AND (p + n * 3 + m) % 33 = 0`,
    );
    await step(
      tx,
      'Blue awaiting sign-off',
      `INSERT INTO status_updates (id, action_id, period, status, note, author_name, created_at)
       SELECT ${uid(5, String(last), 'p', 'n', '2')}, ${uid(4, 'p', 'n')}, ${month(String(last))}, 'Blue',
              'Completed: awaiting sign-off by the delivery group lead.', ${personName('p', `1 + n % ${PEOPLE}`)},
              now() - interval '5 minutes'
       FROM bench_actions WHERE awaiting`,
    );
    await step(
      tx,
      'current status of each action',
      `UPDATE actions SET status = su.status, revised_due = su.revised_due, current_update_id = su.id
       FROM bench_actions a JOIN status_updates su ON su.id = ${uid(5, String(last), 'a.p', 'a.n')}
       WHERE actions.id = ${uid(4, 'a.p', 'a.n')}`,
    );
    await tx.insert(auditEntries).values({
      entityType: 'plan',
      entityId: 'bench',
      operation: 'seed-national',
      after: { plans: shape.plans, actionsPerPlan: ACTIONS_PER_PLAN, months: shape.months },
    });
    return manager;
  });
  await step(db, 'analyze', 'ANALYZE');
  log(`  seeded in ${((performance.now() - began) / 1000).toFixed(0)} s`);
  return managerId;
}
