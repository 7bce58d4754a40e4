import type { ImportPreview } from '@ragboard/shared';
import { useEffect, useMemo, useRef } from 'react';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../../components/form/error-summary';
import { planImportedState } from '../../../components/plan-imported-banner';
import { QueryError } from '../../../components/query-error';
import { WarningText } from '../../../components/warning-text';
import { importErrorWords, newPeopleWords, planCountWords, plural, rowId } from '../../../lib/import-words';
import { paths } from '../../../lib/paths';
import { useCommitImport } from '../api/commit-import';
import { ImportRowsTable } from './import-rows-table';
import { ImportSummary } from './import-summary';

interface ImportPreviewViewProps {
  preview: ImportPreview;
  onUploadAgain: () => void;
}

function UploadAgainButton({ onClick }: { onClick: () => void }) {
  return (
    <button type="button" className="govuk-button govuk-button--secondary" onClick={onClick}>
      Upload a different file
    </button>
  );
}

/** The create button, offered only for a preview without errors: the API refuses the others. */
function CreatePlan({ preview, onUploadAgain }: ImportPreviewViewProps) {
  const navigate = useNavigate();
  const commit = useCommitImport({
    onSuccess: (planId) => navigate(paths.plan(planId), { state: planImportedState(preview) }),
  });
  return (
    <section aria-labelledby="create-plan-heading">
      <h2 className="govuk-heading-m" id="create-plan-heading">
        Create the plan
      </h2>
      <p className="govuk-body">
        “{preview.title}” will be created with {planCountWords(preview)}, and{' '}
        {newPeopleWords(preview.people.new)} will be added.
      </p>
      {commit.error && <QueryError title="The plan could not be created" error={commit.error} />}
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button"
          disabled={commit.isPending}
          onClick={() => commit.mutate(preview)}
        >
          Create plan
        </button>
        <UploadAgainButton onClick={onUploadAgain} />
      </div>
    </section>
  );
}

/** The second step of an import: what the file would make, row by row; nothing is saved yet. */
export function ImportPreviewView({ preview, onUploadAgain }: ImportPreviewViewProps) {
  const failed = preview.errors.length > 0;
  const errors = useMemo(
    () => preview.errors.map((e) => ({ field: rowId(e.row), message: importErrorWords(e) })),
    [preview],
  );
  const heading = useRef<HTMLHeadingElement>(null);
  // The page changed under the button just pressed; the error summary takes focus when there is one.
  useEffect(() => {
    if (!failed) heading.current?.focus();
  }, [failed]);
  return (
    <>
      <title>{`${failed ? 'Error: ' : ''}Check the imported plan – ragboard`}</title>
      <ErrorSummary errors={errors} />
      <span className="govuk-caption-l">Import a plan</span>
      <h1 className="govuk-heading-l" ref={heading} tabIndex={-1}>
        Check the plan before it is created
      </h1>
      <ImportSummary preview={preview} />
      {failed ? (
        <>
          <p className="govuk-body">
            The file has {plural(preview.errors.length, 'error')}, shown in the rows below. Correct{' '}
            {preview.errors.length === 1 ? 'it' : 'them'} in the file and upload it again: the plan cannot be
            created until the file has none.
          </p>
          <UploadAgainButton onClick={onUploadAgain} />
        </>
      ) : (
        <p className="govuk-body">
          Nothing has been saved yet. Check the rows below, then create the plan at the end of the page.
        </p>
      )}
      {preview.warnings.length > 0 && (
        <WarningText>
          {preview.warnings.length === 1
            ? '1 row has a warning: it will be imported as it is, and listed on the round page for its lead to put right.'
            : `${preview.warnings.length} rows have warnings: they will be imported as they are, and listed on the round page for their leads to put right.`}
        </WarningText>
      )}
      <ImportRowsTable preview={preview} />
      {!failed && <CreatePlan preview={preview} onUploadAgain={onUploadAgain} />}
    </>
  );
}
