import { Link, useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '../../components/form/error-summary';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { paths } from '../../lib/paths';
import { usePlan } from '../../lib/queries/get-plan';
import { useArchivePlan } from './api/archive-plan';

/** Confirms archiving a plan: the GOV.UK "Are you sure?" page, with what it means. */
export default function ArchivePlanPage() {
  const { planId = '' } = useParams();
  const navigate = useNavigate();
  const plan = usePlan(planId);
  const archive = useArchivePlan(planId, { onSuccess: () => navigate(paths.plans()) });
  const back = paths.plan(planId);
  if (plan.isPending) return <Loading what="the plan" />;
  if (plan.isError) return <QueryError title="The plan could not be shown" error={plan.error} />;
  const errors = archive.error ? [{ field: 'archive', message: archive.error.message }] : [];
  const archived = plan.data.state === 'archived';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`${errors.length ? 'Error: ' : ''}Archive ${plan.data.title} – ragboard`}</title>
        <Link to={back} className="govuk-back-link">
          Back to the plan
        </Link>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">{plan.data.title}</span>
        {archived ? (
          <>
            <h1 className="govuk-heading-l">This plan is already archived</h1>
            <p className="govuk-body">
              <Link to={paths.plans()} className="govuk-link">
                Go to the plans
              </Link>
            </p>
          </>
        ) : (
          <>
            <h1 className="govuk-heading-l">Are you sure you want to archive this plan?</h1>
            <p className="govuk-body">
              It leaves the list of active plans. Everything in it is kept: its {plan.data.actionCount}{' '}
              actions, every status update, its KPIs and its board reports, and anyone signed in can still
              read it.
            </p>
            <div className="govuk-button-group">
              <button
                type="button"
                id="archive"
                className="govuk-button govuk-button--warning"
                disabled={archive.isPending}
                onClick={() => archive.mutate()}
              >
                Yes, archive the plan
              </button>
              <Link to={back} className="govuk-link">
                Cancel
              </Link>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
