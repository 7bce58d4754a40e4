import type { ReportChallenge } from '@ragboard/shared';
import { StatusTag } from '../../../components/status-tag';
import { TableHead } from '../../../components/table-head';
import { formatDay } from '../report-words';

/** What the forum challenged since the last report (or still open), and how each was answered. */
export function ReportChallenges({ challenges }: { challenges: ReportChallenge[] }) {
  return (
    <section aria-labelledby="challenges-heading">
      <h2 className="govuk-heading-m" id="challenges-heading">
        Challenges to action statuses
      </h2>
      <p className="govuk-body">
        Raised by the parent carer forum and young people’s representatives since the last report, or still
        open, with the answers given.
      </p>
      {challenges.length === 0 ? (
        <p className="govuk-body">No challenges since the last report.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">
            Challenges to action statuses
          </caption>
          <TableHead headings={['Ref', 'Status challenged', 'Challenge', 'Answer']} />
          <tbody className="govuk-table__body">
            {challenges.map((c) => (
              <tr className="govuk-table__row" key={c.id}>
                <th scope="row" className="govuk-table__header">
                  {c.action.ref}
                </th>
                <td className="govuk-table__cell">
                  <StatusTag status={c.status} />
                </td>
                <td className="govuk-table__cell">
                  {c.reason}
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1">
                    {c.raisedBy}, {formatDay(c.raisedAt)}
                  </span>
                </td>
                <td className="govuk-table__cell">
                  {c.answer ? (
                    <>
                      {c.answer.text}
                      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1">
                        {c.answer.by}, {formatDay(c.answer.at)}
                      </span>
                    </>
                  ) : (
                    <strong className="govuk-tag govuk-tag--orange">Not yet answered</strong>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
