import { formatMonth, KPI_JUDGEMENT_DEFINITIONS, type Kpi } from '@ragboard/shared';
import { TableHead } from '../../../components/table-head';

function latestValue(kpi: Kpi): string {
  if (!kpi.latest) return 'Not recorded';
  const unit = kpi.unit === 'percent' ? '%' : '';
  return `${kpi.latest.value}${unit} (${formatMonth(kpi.latest.period)})`;
}

/** The KPI scorecard in brief: each measure, its latest value and the judgement in words. */
export function ReportKpis({ kpis }: { kpis: Kpi[] }) {
  return (
    <section aria-labelledby="kpis-heading">
      <h2 className="govuk-heading-m" id="kpis-heading">
        KPI scorecard
      </h2>
      {kpis.length === 0 ? (
        <p className="govuk-body">The plan has no KPIs.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">
            KPI scorecard
          </caption>
          <TableHead headings={['Outcome', 'Measure', 'Latest value', 'Judgement']} />
          <tbody className="govuk-table__body">
            {kpis.map((kpi) => {
              const judgement = kpi.latest ? KPI_JUDGEMENT_DEFINITIONS[kpi.latest.judgement] : null;
              return (
                <tr className="govuk-table__row" key={kpi.id}>
                  <td className="govuk-table__cell">{kpi.outcomeRef}</td>
                  <th scope="row" className="govuk-table__header">
                    {kpi.statement}
                  </th>
                  <td className="govuk-table__cell">{latestValue(kpi)}</td>
                  <td className="govuk-table__cell">
                    {judgement ? (
                      <strong className={`govuk-tag ${judgement.tagClass}`} title={judgement.meaning}>
                        {judgement.label}
                      </strong>
                    ) : (
                      'Not judged'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
