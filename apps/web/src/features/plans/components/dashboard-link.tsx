import { Link } from 'react-router';

/** The way from a plan to its board dashboard. */
export function DashboardLink({ planId }: { planId: string }) {
  return (
    <p className="govuk-body">
      <Link to={`/plans/${planId}/dashboard`} className="govuk-link">
        Dashboard: where the plan stands, how it moved and what needs attention
      </Link>
    </p>
  );
}
