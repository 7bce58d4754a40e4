import { type CloseOut, dispositionWords, formatMonth } from '@ragboard/shared';
import { KpiJudgementTag } from '../../../components/kpi-judgement-tag';
import { StatusTag } from '../../../components/status-tag';
import { TableHead } from '../../../components/table-head';
import { TableScroll } from '../../../components/table-scroll';
import { formatDate } from '../../../lib/format-date';
import { firstLine } from '../../../lib/round-words';

/** A closed plan's summary of progress: each action's final position and the KPIs at the close. */
export function ReportProgress({ closeOut }: { closeOut: CloseOut }) {
  return (
    <section aria-labelledby="progress-heading">
      <h2 className="govuk-heading-m" id="progress-heading">
        Summary of progress
      </h2>
      <p className="govuk-body">
        Closed by {closeOut.closedBy} on {formatDate(closeOut.closedAt.slice(0, 10))}. Where each action stood
        when the plan closed: completed and signed off, or closed with the reason given.
      </p>
      <TableScroll label="Actions at the close">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Actions at the close</caption>
          <TableHead headings={['Action', 'Final status', 'Signed off', 'What became of it']} />
          <tbody className="govuk-table__body">
            {closeOut.actions.map((a) => (
              <tr className="govuk-table__row" key={a.id}>
                <th scope="row" className="govuk-table__header">
                  {a.ref} {firstLine(a.title)}
                </th>
                <td className="govuk-table__cell">
                  <StatusTag status={a.status} />
                </td>
                <td className="govuk-table__cell">
                  {a.signedOff ? [a.signedOff.by, formatDate(a.signedOff.on)].filter(Boolean).join(', ') : ''}
                </td>
                <td className="govuk-table__cell">{dispositionWords(a.disposition)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {closeOut.kpis.length > 0 && (
        <TableScroll label="Key performance indicators at the close">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              Key performance indicators against their 12-month targets
            </caption>
            <TableHead headings={['Measure', 'Baseline', '12-month target', 'Final value', 'Judgement']} />
            <tbody className="govuk-table__body">
              {closeOut.kpis.map((k) => (
                <tr className="govuk-table__row" key={k.id}>
                  <th scope="row" className="govuk-table__header">
                    {k.outcomeRef} {k.statement}
                  </th>
                  <td className="govuk-table__cell">{k.baseline ?? 'None'}</td>
                  <td className="govuk-table__cell">{k.target12m ?? 'None'}</td>
                  <td className="govuk-table__cell">
                    {k.final ? `${k.final.value} (${formatMonth(k.final.period)})` : 'No value recorded'}
                  </td>
                  <td className="govuk-table__cell">
                    {k.final && <KpiJudgementTag judgement={k.final.judgement} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
