import { useEffect } from 'react';
import { useNavigationType } from 'react-router';
import { Loading } from '../../components/loading';

const reloadFromServer = () => window.location.reload();

/**
 * `/public/:planSlug` is the server's page, whole and without script (decision 040), not this
 * app's. A link inside the app (the manager's publication page) reaches the address without
 * loading it; this loads it from the server. The app only ever starts at that address when the
 * server did not write the page itself (the Vite dev server), so it never loads it again then,
 * which would go round for ever.
 */
export default function PublicPageFromServer({ load = reloadFromServer }: { load?: () => void }) {
  const linkedFromApp = useNavigationType() !== 'POP';
  useEffect(() => {
    if (linkedFromApp) load();
  }, [linkedFromApp, load]);
  if (linkedFromApp) return <Loading what="the progress report" />;
  return (
    <>
      <title>Progress report</title>
      <h1 className="govuk-heading-xl">Progress report</h1>
      <p className="govuk-body">The progress report could not be shown. Reload the page to see it.</p>
    </>
  );
}
