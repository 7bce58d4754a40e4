import { type Finding, formatMonth } from '@ragboard/shared';
import { Link } from 'react-router';
import { ActionDates } from '../../../components/action-dates';
import { FindingJudgementTag } from '../../../components/finding-judgement-tag';
import { StatusTag } from '../../../components/status-tag';
import { TableHead } from '../../../components/table-head';
import { TableScroll } from '../../../components/table-scroll';
import { TextWithBullets } from '../../../components/text-with-bullets';
import { paths } from '../../../lib/paths';

const firstLine = (text: string) => text.split('\n')[0]?.trim() ?? text;

function JudgementHistory({ finding }: { finding: Finding }) {
  if (finding.judgements.length === 0) return <p className="govuk-body">No judgement recorded yet.</p>;
  return (
    <TableScroll label={`Judgements of finding ${finding.ref}`}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">
          Judgements of finding {finding.ref}, newest first
        </caption>
        <TableHead headings={['Month', 'Judgement', 'Note', 'Recorded by']} />
        <tbody className="govuk-table__body">
          {finding.judgements.map((j) => (
            <tr className="govuk-table__row" key={j.id}>
              <th scope="row" className="govuk-table__header">
                {formatMonth(j.month)}
              </th>
              <td className="govuk-table__cell">
                <FindingJudgementTag judgement={j.judgement} />
              </td>
              <td className="govuk-table__cell">{j.note ?? 'No note'}</td>
              <td className="govuk-table__cell">{j.recordedBy ?? 'Not recorded'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The evidence trail: each action addressing the finding, with its status and latest note. */
function EvidenceTrail({ finding, planId }: { finding: Finding; planId: string }) {
  if (finding.actions.length === 0)
    return <p className="govuk-body">No action is linked to this finding yet.</p>;
  return (
    <TableScroll label={`Actions addressing finding ${finding.ref}`}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">
          Actions addressing finding {finding.ref}
        </caption>
        <TableHead headings={['Action', 'Status', 'Latest note']} />
        <tbody className="govuk-table__body">
          {finding.actions.map((a) => (
            <tr className="govuk-table__row" key={a.id}>
              <th scope="row" className="govuk-table__header">
                <Link to={paths.action(a.id)} className="govuk-link">
                  {a.ref} {firstLine(a.title)}
                </Link>
                {a.plan.id !== planId && (
                  <span className="govuk-body-s govuk-!-display-block">In {a.plan.title}</span>
                )}
                {a.archived && <span className="govuk-body-s govuk-!-display-block">Archived</span>}
              </th>
              <td className="govuk-table__cell">
                <StatusTag status={a.status} withHiddenLabel />
                <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                  <ActionDates position={a} />
                </p>
              </td>
              <td className="govuk-table__cell">
                {a.latestNote ? `${formatMonth(a.latestNote.period)}: ${a.latestNote.text}` : 'No note yet'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The KPIs that measure the finding, with their baseline and latest actual: nothing without any. */
function Measures({ finding }: { finding: Finding }) {
  if (finding.kpis.length === 0) return null;
  return (
    <TableScroll label={`KPIs measuring finding ${finding.ref}`}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">
          KPIs measuring finding {finding.ref}
        </caption>
        <TableHead headings={['KPI', 'Baseline', 'Latest']} />
        <tbody className="govuk-table__body">
          {finding.kpis.map((k) => (
            <tr className="govuk-table__row" key={k.id}>
              <th scope="row" className="govuk-table__header">
                <Link to={paths.kpi(k.id)} className="govuk-link">
                  {k.ref} {firstLine(k.statement)}
                </Link>
              </th>
              <td className="govuk-table__cell">{k.baseline ?? 'None'}</td>
              <td className="govuk-table__cell">
                {k.latest ? `${k.latest.value} (${formatMonth(k.latest.period)})` : 'No value yet'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * One finding: its latest judgement, where it came from, its judgements over time and its actions,
 * which may be in other plans of the chain than the page's (`planId`).
 */
export function FindingSection(props: { finding: Finding; planId: string; canEdit: boolean }) {
  const { finding, planId, canEdit } = props;
  const headingId = `finding-${finding.id}-heading`;
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id={headingId}>
        Finding {finding.ref}: {finding.title}
      </h2>
      <p className="govuk-body">
        <FindingJudgementTag
          judgement={finding.judgement?.judgement ?? null}
          month={finding.judgement?.month}
        />
      </p>
      {finding.source && <p className="govuk-body-s">Source: {finding.source}</p>}
      {finding.description && <TextWithBullets text={finding.description} />}
      {canEdit && (
        <div className="govuk-button-group">
          <Link
            to={paths.newJudgement(finding.planId, finding.id)}
            className="govuk-button govuk-button--secondary"
          >
            Record a judgement<span className="govuk-visually-hidden"> of finding {finding.ref}</span>
          </Link>
          <Link to={paths.findingEdit(finding.planId, finding.id)} className="govuk-link">
            Edit<span className="govuk-visually-hidden"> finding {finding.ref}</span> and its actions
          </Link>
        </div>
      )}
      <JudgementHistory finding={finding} />
      <EvidenceTrail finding={finding} planId={planId} />
      <Measures finding={finding} />
    </section>
  );
}
