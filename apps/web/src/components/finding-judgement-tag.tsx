import {
  FINDING_JUDGEMENT_DEFINITIONS,
  type FindingJudgement,
  formatMonth,
  type Month,
} from '@ragboard/shared';

/** A finding's judgement as a GOV.UK tag: its words always come with the colour, and the month if given. */
export function FindingJudgementTag({
  judgement,
  month,
}: {
  judgement: FindingJudgement | null;
  month?: Month;
}) {
  if (!judgement) return <strong className="govuk-tag govuk-tag--grey">Not yet judged</strong>;
  const definition = FINDING_JUDGEMENT_DEFINITIONS[judgement];
  return (
    <strong className={`govuk-tag ${definition.tagClass}`}>
      {definition.label}
      {month && ` (${formatMonth(month)})`}
    </strong>
  );
}
