export const personKeys = {
  all: ['people'] as const,
  lists: () => [...personKeys.all, 'list'] as const,
  updateRequests: (personId: string) => [...personKeys.all, 'update-requests', personId] as const,
};
