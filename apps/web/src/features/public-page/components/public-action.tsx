import { formatFileSize, type PublicAction, type PublicPlan } from '@ragboard/shared';
import { StatusTag } from '../../../components/status-tag';
import { SummaryList, SummaryRow } from '../../../components/summary-list';
import { datesWords, leadWords, statusWords } from '../public-words';
import { GlossaryText } from './glossary-text';

/**
 * One published action: what was promised, what happened, where it stands, both its dates and whether
 * it is past either, who leads it and its approved evidence.
 */
export function PublicActionSection({
  action,
  glossary,
  slug,
}: {
  action: PublicAction;
  glossary: PublicPlan['glossary'];
  slug: string;
}) {
  const dates = datesWords(action);
  return (
    <section className="app-public__item" aria-labelledby={`action-${action.ref}`}>
      <h3 className="govuk-heading-m" id={`action-${action.ref}`}>
        Action {action.ref}
      </h3>
      <SummaryList>
        <SummaryRow label="What we said we would do">
          <GlossaryText text={action.said} glossary={glossary} />
        </SummaryRow>
        <SummaryRow label="What has happened">
          <GlossaryText text={action.happened} glossary={glossary} />
        </SummaryRow>
        <SummaryRow label="Where it stands">
          <StatusTag status={action.status} /> {statusWords(action)}
        </SummaryRow>
        {dates && <SummaryRow label="When it is due">{dates}</SummaryRow>}
        <SummaryRow label="Who leads it">
          <ul className="govuk-list govuk-!-margin-bottom-0">
            {action.leads.map((lead) => (
              <li key={leadWords(lead)}>{leadWords(lead)}</li>
            ))}
          </ul>
        </SummaryRow>
        {action.files.length > 0 && (
          <SummaryRow label="Evidence">
            <ul className="govuk-list govuk-!-margin-bottom-0">
              {action.files.map((file) => (
                <li key={file.id}>
                  <a
                    className="govuk-link"
                    href={`/api/public/plans/${slug}/files/${file.id}`}
                    download={file.fileName}
                  >
                    {file.fileName}
                  </a>{' '}
                  ({formatFileSize(file.sizeBytes)})
                </li>
              ))}
            </ul>
          </SummaryRow>
        )}
      </SummaryList>
    </section>
  );
}
