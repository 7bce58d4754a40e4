// The database's own floor for a status update (issue 22): the cheapest transaction doing the same
// durable work (one insert into status_updates, one update of the action's row, one audit entry)
// as a single statement, so one round trip and one commit. Run in the server's own process, on its
// own database and connection settings (PGlite's one connection, or the pool of PostgreSQL), by as
// many concurrent callers as the benchmark's connections, while no HTTP request is served.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db } from '../../apps/api/src/db/client';

export interface FloorRound {
  /** Transactions a second. */
  tps: number;
  p99: number;
}

const NOTE = 'On track: the delivery group met and agreed the next steps.';

/**
 * One statement with its values as parameters, prepared once under a name, as the status update's
 * own write is (decision 034): the cheapest way either driver has to run it.
 */
const floorQuery = new PgDialect().sqlToQuery(sql`
  with claimed as (
    update actions set status = 'Green', current_update_id = ${sql.placeholder('updateId')}::uuid,
      version = version + 1, updated_at = now()
    where id = ${sql.placeholder('actionId')}::uuid returning id, plan_id),
  inserted as (
    insert into status_updates (id, action_id, period, status, note, created_at)
    select ${sql.placeholder('updateId')}::uuid, id, ${sql.placeholder('period')}, 'Green',
      ${sql.placeholder('note')}, now() from claimed)
  insert into audit_entries (plan_id, entity_type, entity_id, operation, before, after)
  select plan_id, 'action', id, 'status-update', '{"status":"Amber"}'::jsonb, ${sql.placeholder('after')}::jsonb
  from claimed`);

/** `connections` callers issue the floor's transaction round `actionIds` for `seconds`. */
export async function floorRound(
  db: Db,
  actionIds: string[],
  period: string,
  connections: number,
  seconds: number,
): Promise<FloorRound> {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  let next = 0;
  const statement = db._.session.prepareQuery(floorQuery, undefined, 'bench_floor', false);
  async function caller() {
    while (performance.now() < until) {
      const started = performance.now();
      const updateId = randomUUID();
      // An audit entry of the size a status update's is.
      const after = JSON.stringify({
        update: { id: updateId, period, status: 'Green', note: NOTE },
        status: 'Green',
      });
      await statement.execute({
        actionId: actionIds[next++ % actionIds.length]!,
        updateId,
        period,
        note: NOTE,
        after,
      });
      latencies.push(performance.now() - started);
    }
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, caller));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    tps: latencies.length / elapsed,
    p99: Math.round(latencies[Math.floor(latencies.length * 0.99)] ?? 0),
  };
}
