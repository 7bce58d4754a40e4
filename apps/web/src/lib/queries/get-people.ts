import { personListSchema } from '@ragboard/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api-client';
import { personKeys } from './person-keys';

/** Everyone, unfiltered: lists are short enough to search in the page, and forms need them all. */
export function getPeople(signal?: AbortSignal) {
  return apiGet('/api/people', personListSchema, signal);
}

export function peopleQueryOptions() {
  return queryOptions({ queryKey: personKeys.lists(), queryFn: ({ signal }) => getPeople(signal) });
}

export function usePeople() {
  return useQuery(peopleQueryOptions());
}
