import { formatMonth, type Kpi } from '@ragboard/shared';
import { Link } from 'react-router';
import { KpiJudgementTag } from '../../../components/kpi-judgement-tag';
import { TableHead } from '../../../components/table-head';
import { TableScroll } from '../../../components/table-scroll';
import { baselineWords, formatValue, targetWords } from '../../../lib/kpi-words';
import { paths } from '../../../lib/paths';
import { KpiTrend } from './kpi-trend';

function ScorecardRow({ kpi }: { kpi: Kpi }) {
  const targets = [...kpi.targets].sort((a, b) => a.monthsFromStart - b.monthsFromStart);
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        {kpi.outcomeRef}
      </th>
      <td className="govuk-table__cell">
        <Link to={paths.kpi(kpi.id)} className="govuk-link">
          {kpi.statement}
        </Link>
      </td>
      <td className="govuk-table__cell">{baselineWords(kpi)}</td>
      <td className="govuk-table__cell">
        {targets.length === 0 ? (
          'None set'
        ) : (
          <ul className="govuk-list govuk-!-font-size-16 govuk-!-margin-bottom-0">
            {targets.map((target) => (
              <li key={target.monthsFromStart}>{targetWords(kpi, target)}</li>
            ))}
          </ul>
        )}
      </td>
      <td className="govuk-table__cell">
        {kpi.latest ? (
          <>
            {formatValue(kpi.latest.value, kpi.unit)}
            <span className="govuk-!-display-block govuk-!-font-size-16">
              {formatMonth(kpi.latest.period)}
            </span>
          </>
        ) : (
          'None yet'
        )}
      </td>
      <td className="govuk-table__cell">
        {kpi.latest ? <KpiJudgementTag judgement={kpi.latest.judgement} /> : 'Not judged yet'}
      </td>
      <td className="govuk-table__cell">
        <KpiTrend kpi={kpi} />
      </td>
    </tr>
  );
}

interface ScorecardTableProps {
  /** The heading the table is named by, and its text. */
  labelledBy: string;
  label: string;
  kpis: readonly Kpi[];
}

/** One priority's KPIs as a GOV.UK table: measure, baseline, stepped targets, latest actual as judged. */
export function ScorecardTable({ labelledBy, label, kpis }: ScorecardTableProps) {
  return (
    <TableScroll label={label}>
      <table className="govuk-table govuk-table--small-text-until-tablet" aria-labelledby={labelledBy}>
        <TableHead
          headings={['Outcome', 'Measure', 'Baseline', 'Targets', 'Latest actual', 'Judgement', 'Trend']}
        />
        <tbody className="govuk-table__body">
          {kpis.map((kpi) => (
            <ScorecardRow key={kpi.id} kpi={kpi} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
