import { useEffect, useRef } from 'react';
import { ApiError } from '../lib/api-client';

function describe(error: Error): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Try again later.';
}

/** A failed read, as a GOV.UK error summary that takes focus so it is announced. */
export function QueryError({ title, error }: { title: string; error: Error }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{describe(error)}</p>
        </div>
      </div>
    </div>
  );
}
