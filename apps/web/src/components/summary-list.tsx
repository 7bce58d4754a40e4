import type { ReactNode } from 'react';

/** A GOV.UK summary list: key and value pairs. */
export function SummaryList({ children }: { children: ReactNode }) {
  return <dl className="govuk-summary-list">{children}</dl>;
}

export function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}
