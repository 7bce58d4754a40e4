import { formatMonth, KPI_JUDGEMENT_DEFINITIONS, type Kpi, type KpiValue } from '@ragboard/shared';
import { useEffect, useRef } from 'react';
import { formatValue, targetValueWords } from '../kpi-words';

/** GOV.UK success banner after recording a value, saying how it is judged, in words. */
export function ValueRecordedBanner({ kpi, value }: { kpi: Kpi; value: KpiValue }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const judgement = KPI_JUDGEMENT_DEFINITIONS[value.judgement];
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="value-recorded-title"
      ref={ref}
      tabIndex={-1}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="value-recorded-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <h3 className="govuk-notification-banner__heading">Value recorded: {judgement.label}</h3>
        <p className="govuk-body">
          {formatValue(value.value, kpi.unit)} for {formatMonth(value.period)}
          {value.target === null
            ? ': no target was in force in that month.'
            : `, against a target of ${targetValueWords(kpi, value.target)}.`}
        </p>
      </div>
    </div>
  );
}
