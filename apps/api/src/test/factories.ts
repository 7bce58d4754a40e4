import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client';
import { actionLeads, actions, outcomes, people, plans, priorities } from '../db/schema';

/** A small plan shaped like a real one: `shape` is [priorities, outcomes each, actions each]. */
export async function createPlan(db: Db, shape: [number, number, number] = [1, 1, 1], title = 'Test plan') {
  const [plan] = await db
    .insert(plans)
    .values({
      slug: `test-${randomUUID()}`,
      title,
      periodStart: '2026-01',
      periodEnd: '2026-12',
      state: 'active',
    })
    .returning();
  const [lead] = await db
    .insert(people)
    .values({ name: `Lead ${randomUUID().slice(0, 8)}` })
    .returning();
  for (let p = 1; p <= shape[0]; p++) {
    const [priority] = await db
      .insert(priorities)
      .values({ planId: plan!.id, ref: `${p}`, position: p, title: `Priority ${p}` })
      .returning();
    for (let o = 1; o <= shape[1]; o++) {
      const [outcome] = await db
        .insert(outcomes)
        .values({
          planId: plan!.id,
          priorityId: priority!.id,
          ref: `${p}.${o}`,
          position: o,
          title: `Outcome ${p}.${o}`,
        })
        .returning();
      for (let a = 1; a <= shape[2]; a++) {
        const [action] = await db
          .insert(actions)
          .values({
            planId: plan!.id,
            outcomeId: outcome!.id,
            ref: `${p}.${o}.${a}`,
            position: a,
            title: `Action ${p}.${o}.${a}`,
            dueMonth: '2026-06',
            dueText: 'Jun-26',
          })
          .returning();
        await db.insert(actionLeads).values({ actionId: action!.id, personId: lead!.id });
      }
    }
  }
  return plan!;
}
