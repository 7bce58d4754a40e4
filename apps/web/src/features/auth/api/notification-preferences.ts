import {
  type NotificationPreferences,
  notificationPreferencesSchema,
  type SaveNotificationPreferencesBody,
} from '@ragboard/shared';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';
import { authKeys } from '../../../lib/queries/auth-keys';

const PATH = '/api/account/notifications';

/** The kinds of notification the signed-in user gets in their daily email (decision 050). */
export function notificationPreferencesQueryOptions() {
  return queryOptions({
    queryKey: authKeys.notifications(),
    queryFn: ({ signal }) => apiGet(PATH, notificationPreferencesSchema, signal),
  });
}

export function useNotificationPreferences() {
  return useQuery(notificationPreferencesQueryOptions());
}

export function useSaveNotificationPreferences(
  options: { onSuccess?: (saved: NotificationPreferences) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveNotificationPreferencesBody) =>
      apiSend('PUT', PATH, body, notificationPreferencesSchema),
    onSuccess: (saved) => {
      queryClient.setQueryData(authKeys.notifications(), saved);
      options.onSuccess?.(saved);
    },
  });
}
