import { type ImportPreview, importPreviewSchema } from '@ragboard/shared';
import { useLocation } from 'react-router';
import { newPeopleWords, planCountWords } from '../lib/import-words';
import { SuccessBanner } from './success-banner';

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
  const parsed = importedSchema.safeParse((state as { imported?: unknown } | null)?.imported);
  if (!parsed.success) return null;
  const imported = parsed.data;
  return (
    <SuccessBanner id="plan-imported" heading={`Plan created from ${imported.fileName}`}>
      <p className="govuk-body">
        It has {planCountWords(imported)}, with {newPeopleWords(imported.people.new)} added.
      </p>
    </SuccessBanner>
  );
}
