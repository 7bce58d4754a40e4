import type { PublicItemKind } from '@ragboard/shared';

/** Query keys for publication, broadest first: one invalidation reaches the plan's page and each summary. */
export const publicationKeys = {
  all: ['publication'] as const,
  plan: (planId: string) => [...publicationKeys.all, 'plan', planId] as const,
  summary: (kind: PublicItemKind, itemId: string) =>
    [...publicationKeys.all, 'summary', kind, itemId] as const,
};
