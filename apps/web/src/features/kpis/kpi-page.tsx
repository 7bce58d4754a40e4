import type { KpiDetail } from '@ragboard/shared';
import { Link, useParams } from 'react-router';
import { ItemNotFound } from '../../components/item-not-found';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { ApiError } from '../../lib/api-client';
import { paths } from '../../lib/paths';
import { useKpi } from '../../lib/queries/get-kpi';
import { useRights } from '../../lib/use-rights';
import { KpiChart } from './components/kpi-chart';
import { KpiDetails } from './components/kpi-details';
import { KpiValuesTable, ReplacedValues } from './components/kpi-values-table';
import { RecordValueForm } from './components/record-value-form';

function KpiContent({ kpi, canRecord, canEdit }: { kpi: KpiDetail; canRecord: boolean; canEdit: boolean }) {
  return (
    <>
      <title>{`KPI ${kpi.outcomeRef}: ${kpi.statement} – ragboard`}</title>
      <Link to={paths.planKpis(kpi.planId)} className="govuk-back-link">
        Back to the KPI scorecard
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">KPI for outcome {kpi.outcomeRef}</span>
          <h1 className="govuk-heading-l">{kpi.statement}</h1>
          <KpiDetails kpi={kpi} />
          {canEdit && (
            <p className="govuk-body">
              <Link to={paths.kpiEdit(kpi.id)} className="govuk-link">
                Change the KPI’s measure, baseline, targets or owner
              </Link>
            </p>
          )}
          {canRecord && (
            <p className="govuk-body">
              <Link to={paths.kpiPublicSummary(kpi.id)} className="govuk-link">
                Summary for the public page
              </Link>
            </p>
          )}
        </div>
      </div>
      <h2 className="govuk-heading-m">Actuals against targets</h2>
      {kpi.values.length > 0 || kpi.targets.length > 0 ? <KpiChart kpi={kpi} /> : null}
      <KpiValuesTable kpi={kpi} />
      <ReplacedValues kpi={kpi} history={kpi.history} />
      {canRecord && (
        <section aria-labelledby="record-value" className="govuk-grid-row govuk-!-margin-top-6">
          <div className="govuk-grid-column-two-thirds">
            <h2 className="govuk-heading-m" id="record-value">
              Record a value
            </h2>
            <p className="govuk-body">
              A value for a month that has one already replaces it; the old one is kept.
            </p>
            <RecordValueForm kpi={kpi} />
          </div>
        </section>
      )}
    </>
  );
}

/** One KPI: its measure and targets, a chart and table of its actuals, and (for its owner) a form to record one. */
export default function KpiPage() {
  const { kpiId = '' } = useParams();
  const kpi = useKpi(kpiId);
  const rights = useRights();
  if (kpi.isPending) return <Loading what="the KPI" />;
  if (kpi.isError) {
    if (kpi.error instanceof ApiError && kpi.error.status === 404) {
      return <ItemNotFound what="KPI" back={{ to: paths.plans(), label: 'Back to the plans' }} />;
    }
    return (
      <>
        <title>KPI not available – ragboard</title>
        <QueryError title="The KPI could not be shown" error={kpi.error} />
        <h1 className="govuk-heading-l">KPI not available</h1>
      </>
    );
  }
  return <KpiContent kpi={kpi.data} canRecord={rights.recordValues(kpi.data)} canEdit={rights.manage} />;
}
