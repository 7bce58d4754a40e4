import type { EarlierHistory } from '@ragboard/shared';
import type { Db } from '../../db/client';
import { actionsRepository } from '../actions';
import { plansRepository } from '../plans';
import { statusUpdatesRepository } from './status-updates.repository';

/**
 * The history an action brings from the plans before its own: the action it was carried forward
 * from, that one's own predecessor, and so on, latest plan first. Null when there is no such action.
 */
export async function earlierHistory(db: Db, actionId: string): Promise<EarlierHistory | null> {
  const actions = actionsRepository(db);
  const action = await actions.findById(actionId);
  if (!action) return null;
  const plans: EarlierHistory['plans'] = [];
  const seen = new Set([action.id]);
  for (let id = action.carriedFromId; id && !seen.has(id); ) {
    seen.add(id);
    const earlier = await actions.findById(id);
    const plan = earlier && (await plansRepository(db).findById(earlier.planId));
    if (!earlier || !plan) break;
    plans.push({
      plan: { id: plan.id, title: plan.title, periodStart: plan.periodStart, periodEnd: plan.periodEnd },
      action: { id: earlier.id, ref: earlier.ref, title: earlier.title, status: earlier.status },
      updates: await statusUpdatesRepository(db).history(earlier.id),
    });
    id = earlier.carriedFromId;
  }
  return { plans };
}
