import { formatMonth, type Month, type Period, type PlanTree } from '@ragboard/shared';
import { type FormEvent, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { PlanChallengesToAnswer } from '../../components/challenges/challenges-to-answer';
import { Select } from '../../components/form/select';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { paths } from '../../lib/paths';
import { useSummary } from '../../lib/queries/get-period-summary';
import { usePeriods } from '../../lib/queries/get-periods';
import { usePlan } from '../../lib/queries/get-plan';
import { PeriodsPanel } from './components/periods-panel';
import { RemindersPanel } from './components/reminders-panel';
import { RoundReceived } from './components/round-received';
import { RoundWarnings } from './components/round-warnings';
import { SignOffQueue } from './components/sign-off-queue';

/** Chooses the period by a button, not on change, so moving through the list never reloads the page. */
function PeriodChooser({ periods, shown }: { periods: Period[]; shown: Month }) {
  const [, setSearchParams] = useSearchParams();
  const [choice, setChoice] = useState(shown);
  const months = periods.some((p) => p.month === shown)
    ? periods.map((p) => p.month)
    : [...periods.map((p) => p.month), shown];
  const options = [...months].reverse().map((month) => ({ value: month, label: formatMonth(month) }));
  function show(event: FormEvent) {
    event.preventDefault();
    setSearchParams({ period: choice });
  }
  return (
    <form onSubmit={show} noValidate className="govuk-!-margin-bottom-6">
      <Select
        id="period"
        label="Period"
        options={options}
        value={choice}
        onChange={(e) => setChoice(e.target.value)}
      />
      <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
        Show period
      </button>
    </form>
  );
}

function Round({ plan, periods }: { plan: PlanTree; periods: Period[] }) {
  const [searchParams] = useSearchParams();
  const asked = searchParams.get('period');
  const summary = useSummary(plan.id, asked);
  if (summary.isPending) return <Loading what="the month's updates" />;
  if (summary.isError)
    return <QueryError title="The month's updates could not be loaded" error={summary.error} />;
  const { period } = summary.data;
  return (
    <>
      <PeriodChooser key={`chooser-${period}`} periods={periods} shown={period} />
      <RoundReceived summary={summary.data} />
      <SignOffQueue items={summary.data.awaitingSignOff} />
      <PlanChallengesToAnswer planId={plan.id} />
      <RoundWarnings warnings={summary.data.warnings} />
      <PeriodsPanel planId={plan.id} periods={periods} />
      <RemindersPanel
        key={`reminders-${period}`}
        planId={plan.id}
        period={period}
        closed={periods.some((p) => p.month === period && p.state === 'closed')}
      />
    </>
  );
}

export default function RoundPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const periods = usePeriods(planId);
  return (
    <>
      <title>{`Monthly round${plan.data ? ` – ${plan.data.title}` : ''} – ragboard`}</title>
      <Link to={paths.plan(planId)} className="govuk-back-link">
        Back to the plan
      </Link>
      {plan.data && <span className="govuk-caption-l">{plan.data.title}</span>}
      <h1 className="govuk-heading-l">Monthly round</h1>
      {(plan.isPending || periods.isPending) && <Loading what="the plan's periods" />}
      {plan.isError && <QueryError title="The plan could not be loaded" error={plan.error} />}
      {periods.isError && <QueryError title="The periods could not be loaded" error={periods.error} />}
      {plan.data && periods.data && <Round plan={plan.data} periods={periods.data.periods} />}
    </>
  );
}
