import { formatMonth, KPI_JUDGEMENT_DEFINITIONS, type Kpi, type KpiValue } from '@ragboard/shared';
import { SuccessBanner } from '../../../components/success-banner';
import { formatValue, targetValueWords } from '../../../lib/kpi-words';

/** GOV.UK success banner after recording a value, saying how it is judged, in words. */
export function ValueRecordedBanner({ kpi, value }: { kpi: Kpi; value: KpiValue }) {
  const judgement = KPI_JUDGEMENT_DEFINITIONS[value.judgement];
  return (
    <SuccessBanner id="value-recorded" heading={`Value recorded: ${judgement.label}`}>
      <p className="govuk-body">
        {formatValue(value.value, kpi.unit)} for {formatMonth(value.period)}
        {value.target === null
          ? ': no target was in force in that month.'
          : `, against a target of ${targetValueWords(kpi, value.target)}.`}
      </p>
    </SuccessBanner>
  );
}
