import { Link } from 'react-router';
import { paths } from '../../../lib/paths';

/** The way from a plan to its board dashboard. */
export function DashboardLink({ planId }: { planId: string }) {
  return (
    <p className="govuk-body">
      <Link to={paths.planDashboard(planId)} className="govuk-link">
        Dashboard: where the plan stands, how it moved and what needs attention
      </Link>
    </p>
  );
}
