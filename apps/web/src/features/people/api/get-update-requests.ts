import { type UpdateRequestList, updateRequestListSchema } from '@ragboard/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { personKeys } from '../../../lib/queries/person-keys';

/** The links emailed to a person, newest first: never the links themselves. */
export function useUpdateRequests(personId: string) {
  return useQuery({
    queryKey: personKeys.updateRequests(personId),
    queryFn: ({ signal }): Promise<UpdateRequestList> =>
      apiGet(`/api/people/${encodeURIComponent(personId)}/update-requests`, updateRequestListSchema, signal),
  });
}
