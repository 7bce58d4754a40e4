/** Query keys for comments on actions. */
export const commentKeys = {
  all: ['comments'] as const,
  action: (actionId: string) => [...commentKeys.all, 'action', actionId] as const,
};
