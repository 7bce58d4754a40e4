import { type NextPlanStartedReply, nextPlanStartedReplySchema } from '@ragboard/shared';
import { Link, useLocation } from 'react-router';
import { SuccessBanner } from '../../../components/success-banner';
import { paths } from '../../../lib/paths';
import { countOf } from '../../../lib/round-words';

/** What the new plan's page is told, in the router's location state, once the next plan has started. */
export function nextPlanStartedState(from: string, carried: NextPlanStartedReply['carried']) {
  return { nextPlanStarted: { from, carried } };
}

function startedFrom(state: unknown) {
  const told = (state as { nextPlanStarted?: { from?: unknown; carried?: unknown } } | null)?.nextPlanStarted;
  const carried = nextPlanStartedReplySchema.shape.carried.safeParse(told?.carried);
  return carried.success && typeof told?.from === 'string'
    ? { from: told.from, carried: carried.data }
    : null;
}

/** GOV.UK success banner on a next plan just started: what it carried, and that it is a draft to check. */
export function NextPlanBanner({ planId }: { planId: string }) {
  const { state } = useLocation();
  const started = startedFrom(state);
  if (!started) return null;
  const { from, carried } = started;
  return (
    <SuccessBanner
      id="next-plan-started"
      heading={`${countOf(carried.actions, 'action')} carried forward from ${from}`}
    >
      <p className="govuk-body">
        With {countOf(carried.priorities, 'priority', 'priorities')}, {countOf(carried.outcomes, 'outcome')},{' '}
        {countOf(carried.kpis, 'KPI')} and {countOf(carried.findings, 'inspection finding')}. The plan is a
        draft: check it, then make it active on{' '}
        <Link to={paths.planEdit(planId)} className="govuk-notification-banner__link">
          Edit the plan
        </Link>
        .
      </p>
    </SuccessBanner>
  );
}
