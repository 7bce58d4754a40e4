import { formatMonth, type PublicKpi, type PublicPlan } from '@ragboard/shared';
import { KpiJudgementTag } from '../../../components/kpi-judgement-tag';
import { SummaryList, SummaryRow } from '../../../components/summary-list';
import { formatValue, targetValueWords, valueInMonth } from '../../../lib/kpi-words';
import { GlossaryText } from './glossary-text';

/** One published KPI (several may measure one outcome, so each has a number): what was promised, what happened, the starting point, the target and the latest figure. */
export function PublicKpiSection(props: {
  kpi: PublicKpi;
  number: number;
  glossary: PublicPlan['glossary'];
}) {
  const { kpi, number, glossary } = props;
  const shape = { unit: kpi.unit, targetKind: kpi.targetKind, baselineValue: kpi.baseline };
  return (
    <section className="app-public__item" aria-labelledby={`measure-${number}`}>
      <h3 className="govuk-heading-m" id={`measure-${number}`}>
        Measure {number}: for outcome {kpi.ref}
      </h3>
      <SummaryList>
        <SummaryRow label="What we said we would do">
          <GlossaryText text={kpi.said} glossary={glossary} />
        </SummaryRow>
        <SummaryRow label="What has happened">
          <GlossaryText text={kpi.happened} glossary={glossary} />
        </SummaryRow>
        <SummaryRow label="Where we started">
          {kpi.baseline === null ? 'Not known.' : formatValue(kpi.baseline, kpi.unit)}
        </SummaryRow>
        <SummaryRow label="Our target">
          {kpi.target
            ? `${targetValueWords(shape, kpi.target.value)}, from ${formatMonth(kpi.target.month)}.`
            : 'No target yet.'}
        </SummaryRow>
        <SummaryRow label="Latest figure">
          {kpi.latest ? (
            <>
              {valueInMonth({ value: kpi.latest.value, period: kpi.latest.month }, kpi.unit)}.{' '}
              <KpiJudgementTag judgement={kpi.latest.judgement} />
            </>
          ) : (
            'No figures yet.'
          )}
        </SummaryRow>
      </SummaryList>
    </section>
  );
}
