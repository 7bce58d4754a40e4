import { type Person, personSchema, type UpdatePersonBody } from '@ragboard/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invalidatePlan } from '../../../lib/queries/invalidate-plan';

/** Sends the version the user saw, so a change made meanwhile by someone else is refused, not lost. */
export async function updatePerson({
  person,
  changes,
}: {
  person: Person;
  changes: UpdatePersonBody;
}): Promise<Person> {
  return await apiSend('PATCH', `/api/people/${person.id}`, changes, personSchema, {
    'if-match': `"${person.version}"`,
  });
}

export function useUpdatePerson(options: { onSuccess?: (person: Person) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePerson,
    onSuccess: async (person) => {
      // Names show in every plan's tree: every plan, as the API announces it.
      await invalidatePlan(queryClient, null);
      options.onSuccess?.(person);
    },
  });
}
