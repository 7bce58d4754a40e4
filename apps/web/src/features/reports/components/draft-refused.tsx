import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { ApiError } from '../../../lib/api-client';
import { paths } from '../../../lib/paths';
import { isStaleVersion } from '../../../lib/stale-version';

/** A 409 that is not a stale version: the report was published, and a published report never changes. */
export function isPublishedRefusal(error: Error | null): boolean {
  return error instanceof ApiError && error.status === 409 && !isStaleVersion(error);
}

/** Why a write to the draft was refused (someone saved first, or it is published), and the way on. */
export function DraftRefused({ reportId, published }: { reportId: string; published: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const { pathname } = useLocation();
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          {published ? (
            <>
              <p className="govuk-body">This report has been published, so it can no longer change.</p>
              <ul className="govuk-list govuk-error-summary__list">
                <li>
                  <Link to={paths.report(reportId)}>See the published report</Link>
                </li>
              </ul>
            </>
          ) : (
            <>
              <p className="govuk-body">
                Someone else changed this draft while you were editing it, so your changes were not saved.
              </p>
              <ul className="govuk-list govuk-error-summary__list">
                <li>
                  <a href={pathname}>Reload the draft to see their changes</a>
                </li>
              </ul>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
