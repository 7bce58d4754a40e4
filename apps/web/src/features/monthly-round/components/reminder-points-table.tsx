import { formatMonth, type ReminderPoint, type RoundReminders } from '@ragboard/shared';
import { TableHead } from '../../../components/table-head';
import { TableScroll } from '../../../components/table-scroll';
import { formatDate } from '../../../lib/format-date';
import { countOf } from '../../../lib/round-words';

const dayWords = (days: number) =>
  days === 0
    ? 'on the deadline'
    : days < 0
      ? `${countOf(-days, 'day')} before`
      : `${countOf(days, 'day')} after`;

function pointState(point: ReminderPoint, openUntil: string | null): string {
  switch (point.state) {
    case 'sent':
      return `Sent: ${countOf(point.messages ?? 0, 'email')}`;
    case 'skipped':
      return 'Not sent: nobody was missing an update, or a later reminder went instead';
    case 'after-updates-close':
      return `Never sent: after updates close${openUntil ? ` on ${formatDate(openUntil)}` : ''}`;
    case 'cancelled':
      return 'Not sent: month closed';
    case 'planned':
      return 'Planned';
  }
}

/** The month's scheduled reminders: when each goes, to whom, and what became of it. */
export function PointsTable({ reminders }: { reminders: RoundReminders }) {
  if (!reminders.schedule.enabled)
    return <p className="govuk-body">Scheduled reminders are off: only those you send yourself go.</p>;
  if (!reminders.deadline)
    return <p className="govuk-body">Open the month with a deadline to schedule its reminders.</p>;
  return (
    <TableScroll label={`What will go when, for ${formatMonth(reminders.period)}`}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">
          What will go when, for {formatMonth(reminders.period)} (deadline {formatDate(reminders.deadline)})
        </caption>
        <TableHead headings={['When', 'To', 'State']} />
        <tbody className="govuk-table__body">
          {reminders.points.map((point) => (
            <tr className="govuk-table__row" key={point.offsetDays}>
              <th scope="row" className="govuk-table__header">
                {formatDate(point.at.slice(0, 10))} at 9am ({dayWords(point.offsetDays)})
              </th>
              <td className="govuk-table__cell">
                {point.escalate
                  ? 'Each lead still missing an update, copied to their delivery group’s lead'
                  : 'Each lead still missing an update'}
              </td>
              <td className="govuk-table__cell">{pointState(point, reminders.openUntil)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
