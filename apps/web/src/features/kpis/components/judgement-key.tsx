import { KPI_JUDGEMENT_DEFINITIONS, KPI_JUDGEMENTS } from '@ragboard/shared';
import { KpiJudgementTag } from '../../../components/kpi-judgement-tag';

/** What each judgement means, in GOV.UK details so it is there when wanted and out of the way otherwise. */
export function JudgementKey() {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">What the judgements mean</span>
      </summary>
      <div className="govuk-details__text">
        <dl className="govuk-summary-list govuk-summary-list--no-border">
          {KPI_JUDGEMENTS.map((judgement) => (
            <div className="govuk-summary-list__row" key={judgement}>
              <dt className="govuk-summary-list__key">
                <KpiJudgementTag judgement={judgement} />
              </dt>
              <dd className="govuk-summary-list__value">{KPI_JUDGEMENT_DEFINITIONS[judgement].meaning}</dd>
            </div>
          ))}
        </dl>
        <p className="govuk-body">
          A target is in force from the month its milestone falls due (3, 6 and 12 months from the plan’s
          start) until the next one; the 12-month target holds after that.
        </p>
      </div>
    </details>
  );
}
