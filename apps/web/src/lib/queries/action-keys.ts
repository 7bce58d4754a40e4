/** Query keys for actions, broadest first, so one invalidation can reach a whole branch. */
export const actionKeys = {
  all: ['actions'] as const,
  details: () => [...actionKeys.all, 'detail'] as const,
  detail: (actionId: string) => [...actionKeys.details(), actionId] as const,
  history: (actionId: string) => [...actionKeys.detail(actionId), 'history'] as const,
  attachments: (actionId: string) => [...actionKeys.detail(actionId), 'attachments'] as const,
  earlierHistory: (actionId: string) => [...actionKeys.detail(actionId), 'earlier-history'] as const,
};
