import { useQueryClient } from '@tanstack/react-query';
import { publicationKeys } from './keys';

/** After any write: the manager's publication page and the summaries reload (the public page is the server's). */
export function useAfterPublicationChange() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: publicationKeys.all });
}
