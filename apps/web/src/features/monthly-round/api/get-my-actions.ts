import { type MyActions, myActionsSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { roundKeys } from '../../../lib/queries/round-keys';

/** The signed-in person's actions for the current period, those still needing an update first. */
export function getMyActions(signal?: AbortSignal): Promise<MyActions> {
  return apiGet('/api/my/actions', myActionsSchema, signal);
}

export function myActionsQueryOptions() {
  return queryOptions({ queryKey: roundKeys.myActions(), queryFn: ({ signal }) => getMyActions(signal) });
}

export function useMyActions() {
  return useQuery(myActionsQueryOptions());
}
