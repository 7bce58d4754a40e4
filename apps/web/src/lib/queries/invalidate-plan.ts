import { hashKey, partialMatchKey, type Query, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { actionKeys } from './action-keys';
import { authKeys } from './auth-keys';
import { challengeKeys } from './challenge-keys';
import { planKeys } from './plan-keys';
import { roundKeys } from './round-keys';

/** Lists across plans: a write to any plan can change what they show. */
const ACROSS_PLANS: readonly QueryKey[] = [
  planKeys.lists(),
  roundKeys.myActions(),
  roundKeys.myUpdateSheet(),
  challengeKeys.mine(),
];

/** The plan a cached reply says it belongs to: an action's, a KPI's, a report's, a summary's own `planId`. */
function planOf(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || !('planId' in data)) return undefined;
  return typeof data.planId === 'string' ? data.planId : undefined;
}

/** The id of a cached item of `planId`, if the reply is one. */
function itemOf(data: unknown, planId: string): string | undefined {
  if (planOf(data) !== planId || typeof data !== 'object' || data === null || !('id' in data))
    return undefined;
  return typeof data.id === 'string' ? data.id : undefined;
}

export interface InvalidatePlanOptions {
  /** Keys the write's own reply has just set (`setQueryData`): they already show what it changed. */
  fresh?: readonly QueryKey[];
}

/**
 * After a write to a plan: marks stale everything the write can change, and fetches again what is
 * on screen; the web app's side of the API's plan scope (decision 048). There, a write announces
 * `{ kind: 'plan', id }` as it commits, and the read cache drops `plan:<id>` (the plan's tree,
 * summaries, histories, public page) with the plan list (plugins/read-cache.ts). Here, the plan's
 * queries are those whose key names the plan (its tree, round, KPIs, findings, reports, bodies,
 * challenges, publication), or names an item whose cached reply is of the plan (an action with its
 * history, files, comments and challenges; a KPI; a report), or whose reply is of the plan; and the
 * lists across plans. Other plans' queries are untouched, and so is the session.
 *
 * `planId` null is every plan, as `announce({ kind: 'plan', id: null })` is: a person's or an
 * organisation's change shows in every plan. `fresh` keys are left as the reply set them.
 */
export async function invalidatePlan(
  queryClient: QueryClient,
  planId: string | null,
  { fresh = [] }: InvalidatePlanOptions = {},
): Promise<void> {
  const kept = new Set(fresh.map((key) => hashKey(key)));
  const items = new Set<string>();
  if (planId !== null) {
    for (const query of queryClient.getQueryCache().getAll()) {
      const item = itemOf(query.state.data, planId);
      if (item) items.add(item);
    }
  }
  const ofPlan = ({ queryKey, queryHash, state }: Query) => {
    if (kept.has(queryHash) || partialMatchKey(queryKey, authKeys.all)) return false;
    if (planId === null) return true;
    return (
      queryKey.some((part) => part === planId || (typeof part === 'string' && items.has(part))) ||
      planOf(state.data) === planId ||
      ACROSS_PLANS.some((list) => partialMatchKey(queryKey, list))
    );
  };
  await queryClient.invalidateQueries({ predicate: ofPlan });
}

/**
 * The plan of an action, from its cached reply: a write to an action (a file, a comment) is a write
 * to its plan, and the action's page, where such writes are made, has it. Null when it is not
 * cached: `invalidatePlan` then reaches every plan.
 */
export function planOfAction(queryClient: QueryClient, actionId: string): string | null {
  return planOf(queryClient.getQueryData(actionKeys.detail(actionId))) ?? null;
}
