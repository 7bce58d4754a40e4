import { formatMonth, type PublicAction, type PublicPlan } from '@ragboard/shared';
import { StatusTag } from '../../../components/status-tag';
import { SummaryList, SummaryRow } from '../../../components/summary-list';
import { leadWords, statusWords } from '../public-words';
import { GlossaryText } from './glossary-text';

/** One published action: what was promised, what happened, where it stands and who leads it. */
export function PublicActionSection({
  action,
  glossary,
}: {
  action: PublicAction;
  glossary: PublicPlan['glossary'];
}) {
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
        {action.dueMonth && <SummaryRow label="Due">{formatMonth(action.dueMonth)}</SummaryRow>}
        <SummaryRow label="Who leads it">
          <ul className="govuk-list govuk-!-margin-bottom-0">
            {action.leads.map((lead) => (
              <li key={leadWords(lead)}>{leadWords(lead)}</li>
            ))}
          </ul>
        </SummaryRow>
      </SummaryList>
    </section>
  );
}
