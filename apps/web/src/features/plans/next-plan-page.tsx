import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { paths } from '../../lib/paths';
import { usePlan } from '../../lib/queries/get-plan';
import { nextPlanStartedState } from './components/next-plan-banner';
import { NextPlanForm } from './components/next-plan-form';

/** Why this plan cannot start another: it has one already, or it is not active. */
function NotOffered({
  planId,
  successorId,
  state,
}: {
  planId: string;
  successorId: string | null;
  state: string;
}) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>Start the next plan – ragboard</title>
        <Link to={paths.plan(planId)} className="govuk-back-link">
          Back to the plan
        </Link>
        <h1 className="govuk-heading-l">
          {successorId ? 'The next plan has already been started' : 'Only an active plan starts the next one'}
        </h1>
        <p className="govuk-body">
          {successorId ? (
            <Link to={paths.plan(successorId)} className="govuk-link">
              Go to the next plan
            </Link>
          ) : (
            `This plan is ${state}.`
          )}
        </p>
      </div>
    </div>
  );
}

/** The manager starts the next plan from an active one: what continues, what carries, the new baselines. */
export default function NextPlanPage() {
  const { planId = '' } = useParams();
  const navigate = useNavigate();
  const plan = usePlan(planId);
  if (plan.isPending) return <Loading what="the plan" />;
  if (plan.isError) return <QueryError title="The plan could not be shown" error={plan.error} />;
  const { successorId, state, title } = plan.data;
  if (successorId || state !== 'active')
    return <NotOffered planId={planId} successorId={successorId} state={state} />;
  return (
    <NextPlanForm
      plan={plan.data}
      onStarted={(reply) =>
        navigate(paths.plan(reply.plan.id), { state: nextPlanStartedState(title, reply.carried) })
      }
    />
  );
}
