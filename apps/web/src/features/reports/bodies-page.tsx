import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { paths } from '../../lib/paths';
import { useBodies } from '../../lib/queries/get-bodies';
import { usePlan } from '../../lib/queries/get-plan';
import { BodySection } from './components/body-section';
import { NewBodyForm } from './components/new-body-form';

/** The manager records the bodies the plan reports to and their meetings; packs are drafted by themselves. */
export default function BodiesPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const bodies = useBodies(planId);
  const [retired, setRetired] = useState('');
  const retiredRef = useRef<HTMLParagraphElement>(null);
  const title = 'Bodies and meetings';
  if (plan.isPending || bodies.isPending) return <Loading what="the bodies and meetings" />;
  if (plan.isError) return <QueryError title={title} error={plan.error} />;
  if (bodies.isError) return <QueryError title={title} error={bodies.error} />;
  const priorities = plan.data.priorities.map(({ id, ref, title: t }) => ({ id, ref, title: t }));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`${title} – ${plan.data.title} – ragboard`}</title>
        <Link to={paths.planReports(planId)} className="govuk-back-link">
          Back to the reports
        </Link>
        <span className="govuk-caption-l">{plan.data.title}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          Each meeting’s pack is drafted by itself, from the latest closed month, the set number of days
          before its papers are due. You then write the commentary and publish it as any report.
        </p>
        <p className="govuk-body govuk-!-font-weight-bold" role="status" ref={retiredRef} tabIndex={-1}>
          {retired}
        </p>
        {bodies.data.bodies.map((body) => (
          <BodySection
            key={body.id}
            planId={planId}
            body={body}
            priorities={priorities}
            onRetired={(name) => {
              setRetired(`The ${name} is retired. The packs drafted for it stay in the reports.`);
              requestAnimationFrame(() => retiredRef.current?.focus());
            }}
          />
        ))}
        <NewBodyForm planId={planId} priorities={priorities} />
      </div>
    </div>
  );
}
