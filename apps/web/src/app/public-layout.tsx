import type { QueryClient } from '@tanstack/react-query';
import { siteQueryOptions } from '../lib/queries/get-site';
import { PageFrame } from './layout';

/**
 * Pages for anyone, signed in or not: no account, no menu, and no request for a session, so
 * nobody is sent to sign in. Made ready with the site's facts, for the demo banner (decision 043).
 */
export function PublicLayout({ serviceName = 'Progress on the plan' }: { serviceName?: string }) {
  return (
    <PageFrame
      header={
        <header className="govuk-header">
          <div className="govuk-header__container govuk-width-container">
            <div className="govuk-header__content govuk-!-padding-left-0">
              <span className="govuk-header__service-name">{serviceName}</span>
            </div>
          </div>
        </header>
      }
    />
  );
}

PublicLayout.prepare = (queryClient: QueryClient) => queryClient.prefetchQuery(siteQueryOptions());
