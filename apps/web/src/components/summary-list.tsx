import type { ReactNode } from 'react';

/** A GOV.UK summary list: key and value pairs. */
export function SummaryList({ children }: { children: ReactNode }) {
  return <dl className="govuk-summary-list">{children}</dl>;
}

/** A row, with a link to change its value where the reader may (GOV.UK's summary list actions). */
export function SummaryRow({
  label,
  children,
  actions,
}: {
  label: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
      {actions && <dd className="govuk-summary-list__actions">{actions}</dd>}
    </div>
  );
}
