import { useEffect, useRef, useState } from 'react';
import { WarningText } from '../../../components/warning-text';

interface PublishReportProps {
  pending: boolean;
  /** Saves what is on the form, then publishes it. */
  onPublish: () => void;
}

/** Publishing asks first: once published, the report never changes. */
export function PublishReport({ pending, onPublish }: PublishReportProps) {
  const [confirming, setConfirming] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
  }, [confirming]);
  return (
    <section aria-labelledby="publish-heading">
      <h2 className="govuk-heading-m" id="publish-heading">
        Publish
      </h2>
      {!confirming ? (
        <>
          <p className="govuk-body">Publishing shows the report to the board and to leads.</p>
          <button type="button" className="govuk-button" onClick={() => setConfirming(true)}>
            Publish
          </button>
        </>
      ) : (
        <>
          <WarningText>
            Once published, this report never changes: not its commentary, nor its figures.
          </WarningText>
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              ref={confirm}
              disabled={pending}
              onClick={onPublish}
            >
              Yes, publish this report
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => setConfirming(false)}
            >
              Cancel
            </button>
          </div>
        </>
      )}
    </section>
  );
}
