import { type PublicItemKind, type PublicSummary, publicSummarySchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { publicationKeys } from './keys';

/** Where an item's summary lives: under the action or the KPI. */
export function summaryPath(kind: PublicItemKind, itemId: string): string {
  return `/api/${kind === 'action' ? 'actions' : 'kpis'}/${encodeURIComponent(itemId)}/public-summary`;
}

export function getPublicSummary(
  kind: PublicItemKind,
  itemId: string,
  signal?: AbortSignal,
): Promise<PublicSummary> {
  return apiGet(summaryPath(kind, itemId), publicSummarySchema, signal);
}

export function publicSummaryQueryOptions(kind: PublicItemKind, itemId: string) {
  return queryOptions({
    queryKey: publicationKeys.summary(kind, itemId),
    queryFn: ({ signal }) => getPublicSummary(kind, itemId, signal),
  });
}

export function usePublicSummary(kind: PublicItemKind, itemId: string) {
  return useQuery(publicSummaryQueryOptions(kind, itemId));
}
