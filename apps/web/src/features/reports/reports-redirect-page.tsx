import { Navigate } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { choosePlan } from '../../lib/choose-plan';
import { paths } from '../../lib/paths';
import { usePlans } from '../../lib/queries/get-plans';

/** "Reports" in the navigation: the reports of the live plan (the first active one), else the first plan. */
export default function ReportsRedirectPage() {
  const plans = usePlans();
  if (plans.isPending) return <Loading what="the plan's reports" />;
  if (plans.isError) return <QueryError title="The plans could not be loaded" error={plans.error} />;
  const first = choosePlan(plans.data.plans) ?? plans.data.plans[0];
  if (!first) {
    return (
      <>
        <title>Board reports – ragboard</title>
        <h1 className="govuk-heading-l">Board reports</h1>
        <p className="govuk-body">There is no plan yet, so there are no reports.</p>
      </>
    );
  }
  return <Navigate to={paths.planReports(first.id)} replace />;
}
