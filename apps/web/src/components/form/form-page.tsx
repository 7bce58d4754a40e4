import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { ErrorSummary, type FieldError } from './error-summary';

/** Shown instead of field errors when someone else saved first: their change is never overwritten. */
function ConflictSummary() {
  const ref = useRef<HTMLDivElement>(null);
  const { pathname } = useLocation();
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">
            Someone else changed this while you were editing it, so your changes were not saved.
          </p>
          <ul className="govuk-list govuk-error-summary__list">
            <li>
              <a href={pathname}>Reload the page to see their changes</a>
            </li>
          </ul>
        </div>
      </div>
    </div>
  );
}

interface FormPageProps {
  title: string;
  caption?: string;
  back: { to: string; label: string };
  errors: FieldError[];
  conflict?: boolean;
  submitLabel: string;
  pending: boolean;
  onSubmit: () => void;
  children: ReactNode;
}

/** A GOV.UK question page: back link, error summary, heading, fields and one button. */
export function FormPage(props: FormPageProps) {
  const { title, caption, back, errors, conflict = false, submitLabel, pending, onSubmit, children } = props;
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  const failed = conflict || errors.length > 0;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`${failed ? 'Error: ' : ''}${title} – ragboard`}</title>
        <Link to={back.to} className="govuk-back-link">
          {back.label}
        </Link>
        {conflict ? <ConflictSummary /> : <ErrorSummary errors={errors} />}
        {caption && <span className="govuk-caption-l">{caption}</span>}
        <h1 className="govuk-heading-l">{title}</h1>
        <form onSubmit={submit} noValidate>
          {children}
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" disabled={pending}>
              {submitLabel}
            </button>
            <Link to={back.to} className="govuk-link">
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
