import { Link, useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { paths } from '../../lib/paths';
import { useKpis } from '../../lib/queries/get-kpis';
import { usePlan } from '../../lib/queries/get-plan';
import { JudgementKey } from './components/judgement-key';
import { ScorecardTable } from './components/scorecard-table';
import { scorecardGroups } from './scorecard-groups';

/** A plan's KPIs by priority: baselines, stepped targets, the latest actual as judged, and its trend. */
export default function KpiScorecardPage() {
  const { planId = '' } = useParams();
  const kpis = useKpis(planId);
  const plan = usePlan(planId);
  const planTitle = plan.data?.title;
  return (
    <>
      <title>{`KPI scorecard${planTitle ? ` – ${planTitle}` : ''} – ragboard`}</title>
      <Link to={paths.plan(planId)} className="govuk-back-link">
        Back to the plan
      </Link>
      {planTitle && <span className="govuk-caption-l">{planTitle}</span>}
      <h1 className="govuk-heading-l">KPI scorecard</h1>
      <p className="govuk-body">
        Each KPI’s latest actual, judged against the target in force in its month. Open a KPI to see every
        value against its targets.
      </p>
      <JudgementKey />
      {kpis.isPending && <Loading what="the KPIs" />}
      {kpis.isError && <QueryError title="The KPIs could not be loaded" error={kpis.error} />}
      {kpis.data?.kpis.length === 0 && <p className="govuk-body">This plan has no KPIs yet.</p>}
      {kpis.data &&
        scorecardGroups(kpis.data.kpis, plan.data).map((group) => {
          const headingId = `priority-${group.priorityRef}-kpis`;
          return (
            <section key={group.priorityRef} aria-labelledby={headingId} className="govuk-!-margin-top-8">
              <h2 className="govuk-heading-m" id={headingId}>
                {group.heading}
              </h2>
              <ScorecardTable labelledBy={headingId} label={group.heading} kpis={group.kpis} />
            </section>
          );
        })}
    </>
  );
}
