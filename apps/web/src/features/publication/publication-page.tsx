import { Link, useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { paths } from '../../lib/paths';
import { usePublication } from './api/get-publication';
import { GlossaryTable } from './components/glossary-table';
import { ItemsTable } from './components/items-table';
import { SettingsForm } from './components/settings-form';

/** The manager's page for the plan's public progress page: settings, glossary and what is published. */
export default function PublicationPage() {
  const { planId = '' } = useParams();
  const publication = usePublication(planId);
  return (
    <>
      <title>Public progress page – ragboard</title>
      <Link to={paths.plan(planId)} className="govuk-back-link">
        Back to the plan
      </Link>
      <h1 className="govuk-heading-l">Public progress page</h1>
      {publication.isPending && <Loading what="the public page’s settings" />}
      {publication.isError && (
        <QueryError title="The public page’s settings could not be shown" error={publication.error} />
      )}
      {publication.data && (
        <>
          <p className="govuk-body">
            {publication.data.settings.public ? (
              <>
                The page is public at{' '}
                <Link
                  to={paths.publicPage(publication.data.settings.slug)}
                  reloadDocument
                  className="govuk-link"
                >
                  /public/{publication.data.settings.slug}
                </Link>
                .
              </>
            ) : (
              'The page is not public. Nobody outside the partnership can see it.'
            )}
          </p>
          <SettingsForm key={publication.data.settings.planId} settings={publication.data.settings} />
          <GlossaryTable planId={planId} glossary={publication.data.glossary} />
          <ItemsTable items={publication.data.items} />
        </>
      )}
    </>
  );
}
