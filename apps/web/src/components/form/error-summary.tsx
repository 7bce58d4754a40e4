import { type MouseEvent, useEffect, useRef } from 'react';

export interface FieldError {
  /** The id of the field the message is about. */
  field: string;
  message: string;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, field: string) {
  const input = document.getElementById(field);
  if (!input) return;
  event.preventDefault();
  input.focus();
}

/** GOV.UK error summary: takes focus when it appears, each message links to its field. */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.field}:${error.message}`}>
                <a href={`#${error.field}`} onClick={(event) => focusField(event, error.field)}>
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
