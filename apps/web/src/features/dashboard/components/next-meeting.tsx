import { formatDate } from '@ragboard/shared';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import { nextMeeting, useBodies } from '../../../lib/queries/get-bodies';

/** The next meeting of any body the plan reports to, and whether its pack is ready. Nothing without one. */
export function NextMeeting({ planId, isManager }: { planId: string; isManager: boolean }) {
  const bodies = useBodies(planId);
  const next = bodies.data && nextMeeting(bodies.data.bodies, new Date().toISOString().slice(0, 10));
  if (!next) return null;
  const { body, meeting } = next;
  return (
    <section className="govuk-inset-text" aria-labelledby="next-meeting">
      <h2 className="govuk-heading-s govuk-!-margin-bottom-1" id="next-meeting">
        Next meeting: {body.name}, {formatDate(meeting.meetsOn)}
      </h2>
      <p className="govuk-body govuk-!-margin-bottom-0">
        Papers are due on {formatDate(meeting.papersDue)}.{' '}
        {meeting.report ? (
          <>
            Its pack is {meeting.report.state === 'published' ? 'published' : 'ready as a draft'}:{' '}
            <Link to={paths.report(meeting.report.id)} className="govuk-link">
              {meeting.report.title}
            </Link>
          </>
        ) : meeting.draftOn > new Date().toISOString().slice(0, 10) ? (
          `Its pack is drafted by itself on ${formatDate(meeting.draftOn)}.`
        ) : isManager ? (
          'Its pack is not drafted yet: it is drafted once a month has closed.'
        ) : (
          'Its pack is not published yet.'
        )}
      </p>
    </section>
  );
}
