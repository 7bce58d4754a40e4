import { KPI_JUDGEMENT_DEFINITIONS, type KpiJudgement } from '@ragboard/shared';

/** A judgement as a GOV.UK tag: its colour always comes with its words, never alone. */
export function KpiJudgementTag({ judgement }: { judgement: KpiJudgement }) {
  const definition = KPI_JUDGEMENT_DEFINITIONS[judgement];
  return (
    <strong className={`govuk-tag ${definition.tagClass}`} title={definition.meaning}>
      {definition.label}
    </strong>
  );
}
