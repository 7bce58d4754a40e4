/** Query keys for plans, broadest first, so one invalidation can reach a whole branch. */
export const planKeys = {
  all: ['plans'] as const,
  lists: () => [...planKeys.all, 'list'] as const,
  details: () => [...planKeys.all, 'detail'] as const,
  detail: (planId: string) => [...planKeys.details(), planId] as const,
};
