import { type ImportPreview, importPreviewSchema } from '@ragboard/shared';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { newPeopleWords, planCountWords } from '../import-words';

const importedSchema = importPreviewSchema.pick({
  fileName: true,
  priorities: true,
  outcomes: true,
  actions: true,
  people: true,
});

/** What the plan page is told, in the router's location state, after an import. */
export function planImportedState(preview: ImportPreview) {
  return { imported: importedSchema.parse(preview) };
}

/** GOV.UK success banner on a plan just created from a file, saying what was made. */
export function PlanImportedBanner() {
  const { state } = useLocation();
  const ref = useRef<HTMLDivElement>(null);
  const parsed = importedSchema.safeParse((state as { imported?: unknown } | null)?.imported);
  const shown = parsed.success;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  if (!parsed.success) return null;
  const imported = parsed.data;
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="plan-imported-title"
      ref={ref}
      tabIndex={-1}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="plan-imported-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <h3 className="govuk-notification-banner__heading">Plan created from {imported.fileName}</h3>
        <p className="govuk-body">
          It has {planCountWords(imported)}, with {newPeopleWords(imported.people.new)} added.
        </p>
      </div>
    </div>
  );
}
