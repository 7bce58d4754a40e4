import { useSite } from '../../../lib/queries/get-site';

/** On every page while the demo accounts, whose password is published, can sign in. */
export function DemoBanner() {
  const site = useSite();
  if (!site.data?.demoData) return null;
  return (
    <div className="govuk-phase-banner govuk-width-container">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-tag--orange govuk-phase-banner__content__tag">Demo</strong>
        <span className="govuk-phase-banner__text">
          Demo data: do not use for real records. Anyone who knows the published demo password can sign in.
        </span>
      </p>
    </div>
  );
}
