/** Query keys for inspection findings, broadest first. */
export const findingKeys = {
  all: ['findings'] as const,
  list: (planId: string) => [...findingKeys.all, 'list', planId] as const,
};
