import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from './form/error-summary';
import { WarningText } from './warning-text';

interface Removal {
  mutate: () => void;
  isPending: boolean;
  error: Error | null;
}

interface RemovePageProps {
  /** How the item is named in a sentence: "priority 1". */
  what: string;
  caption?: string;
  /** What deleting takes with it, in a sentence or two. */
  consequences: ReactNode;
  back: { to: string; label: string };
  remove: Removal;
  archive: Removal;
}

/**
 * Confirms a delete, and offers archiving instead: the API refuses to delete anything with
 * history (409), and its message says so in the error summary, pointing at the archive button.
 */
export function RemovePage({ what, caption, consequences, back, remove, archive }: RemovePageProps) {
  const error = remove.error ?? archive.error;
  const errors = error ? [{ field: remove.error ? 'archive' : 'delete', message: error.message }] : [];
  const busy = remove.isPending || archive.isPending;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`${errors.length ? 'Error: ' : ''}Delete or archive ${what} – ragboard`}</title>
        <Link to={back.to} className="govuk-back-link">
          {back.label}
        </Link>
        <ErrorSummary errors={errors} />
        {caption && <span className="govuk-caption-l">{caption}</span>}
        <h1 className="govuk-heading-l">Are you sure you want to delete {what}?</h1>
        <p className="govuk-body">{consequences}</p>
        <WarningText>
          Deleting cannot be undone. Anything with status updates cannot be deleted: archive it instead, which
          keeps its history but takes it out of the plan.
        </WarningText>
        <div className="govuk-button-group">
          <button
            type="button"
            id="delete"
            className="govuk-button govuk-button--warning"
            disabled={busy}
            onClick={() => remove.mutate()}
          >
            Yes, delete {what}
          </button>
          <button
            type="button"
            id="archive"
            className="govuk-button govuk-button--secondary"
            disabled={busy}
            onClick={() => archive.mutate()}
          >
            Archive {what} instead
          </button>
          <Link to={back.to} className="govuk-link">
            Cancel
          </Link>
        </div>
      </div>
    </div>
  );
}
