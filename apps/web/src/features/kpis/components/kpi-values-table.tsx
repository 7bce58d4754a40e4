import { formatMonth, type Kpi, type KpiValue } from '@ragboard/shared';
import { KpiJudgementTag } from '../../../components/kpi-judgement-tag';
import { TableHead } from '../../../components/table-head';
import { TableScroll } from '../../../components/table-scroll';
import { formatDate } from '../../../lib/format-date';
import { formatValue, targetValueWords } from '../../../lib/kpi-words';

/** The values in force, oldest first, as the chart draws them: the chart's numbers in a table. */
export function KpiValuesTable({ kpi }: { kpi: Kpi }) {
  if (kpi.values.length === 0) return <p className="govuk-body">No values have been recorded yet.</p>;
  return (
    <TableScroll label="Values by month">
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption className="govuk-table__caption govuk-table__caption--m">Values by month</caption>
        <TableHead headings={['Month', 'Actual', 'Target in force', 'Judgement', 'Note', 'Recorded by']} />
        <tbody className="govuk-table__body">
          {kpi.values.map((value) => (
            <tr className="govuk-table__row" key={value.period}>
              <th scope="row" className="govuk-table__header">
                {formatMonth(value.period)}
              </th>
              <td className="govuk-table__cell">{formatValue(value.value, kpi.unit)}</td>
              <td className="govuk-table__cell">
                {value.target === null ? 'None yet' : targetValueWords(kpi, value.target)}
              </td>
              <td className="govuk-table__cell">
                <KpiJudgementTag judgement={value.judgement} />
              </td>
              <td className="govuk-table__cell">{value.note ?? ''}</td>
              <td className="govuk-table__cell">{value.author ?? 'Unknown'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Values a later one replaced for the same month: kept, never lost, and marked as replaced. */
export function ReplacedValues({ kpi, history }: { kpi: Kpi; history: readonly KpiValue[] }) {
  const replaced = history.filter((value) => value.superseded);
  if (replaced.length === 0) return null;
  return (
    <TableScroll label="Replaced values">
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption className="govuk-table__caption govuk-table__caption--s">
          Replaced values, newest first
        </caption>
        <TableHead headings={['Month', 'Value', 'Note', 'Recorded', 'State']} />
        <tbody className="govuk-table__body">
          {replaced.map((value) => (
            <tr className="govuk-table__row" key={`${value.period}-${value.createdAt}`}>
              <th scope="row" className="govuk-table__header">
                {formatMonth(value.period)}
              </th>
              <td className="govuk-table__cell">{formatValue(value.value, kpi.unit)}</td>
              <td className="govuk-table__cell">{value.note ?? ''}</td>
              <td className="govuk-table__cell">
                {value.author ?? 'Unknown'}, {formatDate(value.createdAt.slice(0, 10))}
              </td>
              <td className="govuk-table__cell">
                <strong className="govuk-tag govuk-tag--grey">Replaced</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
