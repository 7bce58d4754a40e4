import type { Database } from '../db/client';

/**
 * Counts the changes of each plan that `database` announces when writes commit, from now on: a
 * change of every plan (a person, an organisation) counts for each. What the caches are told.
 */
export function countPlanChanges(database: Database) {
  const counts = new Map<string | null, number>();
  database.changes.subscribe((changes) => {
    if (changes === 'all') return;
    for (const change of changes) {
      if (change.kind === 'plan') counts.set(change.id, (counts.get(change.id) ?? 0) + 1);
    }
  });
  return (planId: string) => (counts.get(planId) ?? 0) + (counts.get(null) ?? 0);
}
