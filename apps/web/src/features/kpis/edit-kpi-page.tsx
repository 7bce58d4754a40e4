import { useNavigate, useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { changedFields } from '../../lib/changes';
import { paths } from '../../lib/paths';
import { useKpi } from '../../lib/queries/get-kpi';
import { useUpdateKpi } from './api/update-kpi';
import { KpiForm } from './components/kpi-form';
import { fieldsOf, readFields } from './kpi-fields';

/** The manager changes a KPI; only what changed is sent, with the version seen (If-Match). */
export default function EditKpiPage() {
  const { kpiId = '' } = useParams();
  const navigate = useNavigate();
  const kpi = useKpi(kpiId);
  const toKpi = () => navigate(paths.kpi(kpiId));
  const update = useUpdateKpi({ onSuccess: toKpi });
  if (kpi.isPending) return <Loading what="the KPI" />;
  if (kpi.isError) return <QueryError title="The KPI could not be shown" error={kpi.error} />;
  const initial = fieldsOf(kpi.data);
  const before = readFields(initial).body;
  return (
    <KpiForm
      key={kpi.data.version}
      title={`Edit KPI ${kpi.data.outcomeRef}`}
      caption={kpi.data.statement}
      back={{ to: paths.kpi(kpiId), label: 'Back to the KPI' }}
      initial={initial}
      pending={update.isPending}
      error={update.error}
      onSave={(body) => {
        const changes = before ? changedFields(before, body) : body;
        if (Object.keys(changes).length === 0) toKpi();
        else update.mutate({ kpi: kpi.data, changes });
      }}
    />
  );
}
