import { useQueryClient } from '@tanstack/react-query';
import { publicPageKeys } from '../../../lib/queries/public-page-keys';
import { publicationKeys } from './keys';

/** After any write: the manager's publication page, the summaries and the public page reload. */
export function useAfterPublicationChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: publicationKeys.all }),
      queryClient.invalidateQueries({ queryKey: publicPageKeys.all }),
    ]);
}
