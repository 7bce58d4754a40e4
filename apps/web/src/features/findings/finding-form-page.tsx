import type { Finding } from '@ragboard/shared';
import { useNavigate, useParams } from 'react-router';
import { ItemNotFound } from '../../components/item-not-found';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { changedFields } from '../../lib/changes';
import { paths } from '../../lib/paths';
import { useKpis } from '../../lib/queries/get-kpis';
import { usePlan } from '../../lib/queries/get-plan';
import { useCreateFinding } from './api/create-finding';
import { useFindings } from './api/get-findings';
import { useUpdateFinding } from './api/update-finding';
import { type FindingFields, FindingForm, findingBody } from './components/finding-form';

const EMPTY: FindingFields = { ref: '', title: '', source: '', description: '', actionIds: [], kpiIds: [] };

function fieldsOf(finding: Finding): FindingFields {
  return {
    ref: finding.ref,
    title: finding.title,
    source: finding.source ?? '',
    description: finding.description ?? '',
    actionIds: finding.actions.map((a) => a.id),
    kpiIds: finding.kpis.map((k) => k.id),
  };
}

/** Adds a finding to a plan (`/plans/:planId/findings/new`) or edits one (`…/:findingId/edit`). */
export default function FindingFormPage() {
  const { planId = '', findingId } = useParams();
  const navigate = useNavigate();
  const plan = usePlan(planId);
  const findings = useFindings(planId);
  const kpiList = useKpis(planId);
  const toFindings = () => navigate(paths.planFindings(planId));
  const create = useCreateFinding({ onSuccess: toFindings });
  const update = useUpdateFinding({ onSuccess: toFindings });
  if (plan.isPending || findings.isPending || kpiList.isPending)
    return <Loading what="the plan’s findings" />;
  // Without the KPIs (they could not be loaded) the form still links actions; it offers no KPIs.
  const kpis = kpiList.data?.kpis ?? [];
  if (plan.isError) return <QueryError title="The plan could not be shown" error={plan.error} />;
  if (findings.isError) return <QueryError title="The findings could not be shown" error={findings.error} />;
  if (!findingId) {
    return (
      <FindingForm
        title="Add a finding"
        plan={plan.data}
        kpis={kpis}
        initial={EMPTY}
        submitLabel="Add finding"
        pending={create.isPending}
        error={create.error}
        onSave={(body) => create.mutate({ planId, body })}
      />
    );
  }
  const finding = findings.data.findings.find((f) => f.id === findingId);
  if (!finding)
    return (
      <ItemNotFound what="finding" back={{ to: paths.planFindings(planId), label: 'Back to the findings' }} />
    );
  const before = findingBody(fieldsOf(finding));
  return (
    <FindingForm
      key={finding.version}
      title={`Edit finding ${finding.ref}`}
      plan={plan.data}
      kpis={kpis}
      initial={fieldsOf(finding)}
      elsewhere={finding.actions.filter((a) => a.plan.id !== planId)}
      submitLabel="Save changes"
      pending={update.isPending}
      error={update.error}
      onSave={(body) => {
        const changes = changedFields(before, body);
        if (Object.keys(changes).length === 0) toFindings();
        else update.mutate({ finding, changes });
      }}
    />
  );
}
