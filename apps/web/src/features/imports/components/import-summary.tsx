import { formatMonth, type ImportPreview } from '@ragboard/shared';
import { SummaryList, SummaryRow } from '../../../components/summary-list';
import { columnWords } from '../../../lib/import-words';

function Names({ names }: { names: string[] }) {
  if (names.length === 0) return <>None</>;
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {names.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}

/** What the plan would hold: its counts, the people it names and the columns it was read from. */
export function ImportSummary({ preview }: { preview: ImportPreview }) {
  return (
    <SummaryList>
      <SummaryRow label="Plan title">{preview.title}</SummaryRow>
      <SummaryRow label="File">{preview.fileName}</SummaryRow>
      <SummaryRow label="Statuses recorded for">{formatMonth(preview.asOf)}</SummaryRow>
      <SummaryRow label="Priorities">{preview.priorities}</SummaryRow>
      <SummaryRow label="Outcomes">{preview.outcomes}</SummaryRow>
      <SummaryRow label="Actions">{preview.actions}</SummaryRow>
      <SummaryRow label={`New people (${preview.people.new.length})`}>
        <Names names={preview.people.new} />
      </SummaryRow>
      <SummaryRow label={`People already in ragboard (${preview.people.matched.length})`}>
        <Names names={preview.people.matched} />
      </SummaryRow>
      <SummaryRow label="Columns read">
        <ul className="govuk-list govuk-!-margin-bottom-0">
          {Object.entries(preview.columns).map(([field, header]) => (
            <li key={field}>
              {columnWords(field)} from “{header}”
            </li>
          ))}
        </ul>
      </SummaryRow>
    </SummaryList>
  );
}
