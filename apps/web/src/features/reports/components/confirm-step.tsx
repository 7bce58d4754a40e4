import { type ReactNode, useEffect, useRef } from 'react';

/** A question put before an action that cannot be undone, with its two answers. */
export function ConfirmStep({
  question,
  detail,
  yes,
  no,
  pending,
  error,
  onYes,
  onNo,
}: {
  question: string;
  detail: ReactNode;
  yes: string;
  no: string;
  pending: boolean;
  error: Error | null;
  onYes: () => void;
  onNo: () => void;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="govuk-inset-text">
      <h3 className="govuk-heading-s" ref={ref} tabIndex={-1}>
        {question}
      </h3>
      <p className="govuk-body">{detail}</p>
      {error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error.message}
        </p>
      )}
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          disabled={pending}
          onClick={onYes}
        >
          {yes}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}
