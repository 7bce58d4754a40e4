import { formatDate, type ReportingBody } from '@ragboard/shared';
import { Link } from 'react-router';
import { TableHead } from '../../../components/table-head';
import { TableScroll } from '../../../components/table-scroll';
import { paths } from '../../../lib/paths';
import { ReportStateTag } from '../report-words';

function scopeWords(body: ReportingBody, priorityRefs: Map<string, string>) {
  if (!body.priorityIds) return 'the whole plan';
  const refs = body.priorityIds.map((id) => priorityRefs.get(id)).filter(Boolean);
  return `priorit${refs.length === 1 ? 'y' : 'ies'} ${refs.join(', ')}`;
}

/** Each body's meetings, soonest first, with its pack: a link once drafted, or the day it will be. */
export function MeetingsSection({
  bodies,
  priorityRefs,
  today,
  isManager,
}: {
  bodies: readonly ReportingBody[];
  priorityRefs: Map<string, string>;
  today: string;
  isManager: boolean;
}) {
  return (
    <>
      {bodies.map((body) => (
        <TableScroll label={`Meetings of ${body.name}`} key={body.id}>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">
              {body.name}
              <span className="govuk-caption-s govuk-!-margin-top-1">
                {body.cadence}; covers {scopeWords(body, priorityRefs)}
              </span>
            </caption>
            <TableHead headings={['Meeting', 'Papers due', 'Pack']} />
            <tbody className="govuk-table__body">
              {body.meetings.length === 0 && (
                <tr className="govuk-table__row">
                  <td className="govuk-table__cell" colSpan={3}>
                    No meetings recorded yet.
                  </td>
                </tr>
              )}
              {body.meetings.map((meeting) => (
                <tr className="govuk-table__row" key={meeting.id}>
                  <th scope="row" className="govuk-table__header">
                    {formatDate(meeting.meetsOn)}
                  </th>
                  <td className="govuk-table__cell">{formatDate(meeting.papersDue)}</td>
                  <td className="govuk-table__cell">
                    {meeting.report ? (
                      <>
                        <Link to={paths.report(meeting.report.id)} className="govuk-link">
                          {meeting.report.title}
                        </Link>{' '}
                        <ReportStateTag state={meeting.report.state} />
                      </>
                    ) : meeting.draftOn > today ? (
                      `Drafted by itself on ${formatDate(meeting.draftOn)}`
                    ) : isManager ? (
                      'Not yet drafted: it is drafted once a month has closed'
                    ) : (
                      'Not yet published'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ))}
    </>
  );
}
