import { FINDING_JUDGEMENT_DEFINITIONS, FINDING_JUDGEMENTS, type Finding } from '@ragboard/shared';
import { Link, useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { paths } from '../../lib/paths';
import { usePlan } from '../../lib/queries/get-plan';
import { useRights } from '../../lib/use-rights';
import { useFindings } from './api/get-findings';
import { FindingSection } from './components/finding-section';

/** "12 findings: 12 sufficiently improved", counted by each finding's latest judgement. */
function Tally({ findings }: { findings: Finding[] }) {
  const parts = FINDING_JUDGEMENTS.flatMap((judgement) => {
    const count = findings.filter((f) => f.judgement?.judgement === judgement).length;
    return count ? [`${count} ${FINDING_JUDGEMENT_DEFINITIONS[judgement].label.toLowerCase()}`] : [];
  });
  const unjudged = findings.filter((f) => !f.judgement).length;
  if (unjudged) parts.push(`${unjudged} not yet judged`);
  return (
    <p className="govuk-body govuk-!-font-weight-bold">
      {findings.length} {findings.length === 1 ? 'finding' : 'findings'}
      {parts.length > 0 && `: ${parts.join(', ')}`}
    </p>
  );
}

/** Per finding of the plan: its judgements over time and the evidence trail of its actions. */
export default function FindingsPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const findings = useFindings(planId);
  const canEdit = useRights().manage;
  return (
    <>
      <title>{`Inspection findings${plan.data ? ` – ${plan.data.title}` : ''} – ragboard`}</title>
      <Link to={paths.plan(planId)} className="govuk-back-link">
        Back to the plan
      </Link>
      {plan.data && <span className="govuk-caption-l">{plan.data.title}</span>}
      <h1 className="govuk-heading-l">Inspection findings</h1>
      <p className="govuk-body-l">
        The areas of concern from inspections that this plan answers: how each has been judged over time, and
        the actions that address it with their status and latest note.
      </p>
      {canEdit && (
        <Link to={paths.newFinding(planId)} className="govuk-button govuk-button--secondary">
          Add a finding
        </Link>
      )}
      {findings.isPending && <Loading what="the findings" />}
      {findings.isError && <QueryError title="The findings could not be loaded" error={findings.error} />}
      {findings.data && (
        <>
          <Tally findings={findings.data.findings} />
          {findings.data.findings.length > 0 && (
            <p className="govuk-body">
              Revisit readiness pack (each finding’s judgements, the actions across plans with their latest
              notes and evidence, and what changed since the last judgement):{' '}
              <a className="govuk-link" href={`/api/plans/${planId}/readiness-pack?format=docx`} download>
                Word document
              </a>{' '}
              or{' '}
              <a className="govuk-link" href={`/api/plans/${planId}/readiness-pack?format=pdf`} download>
                PDF
              </a>
            </p>
          )}
          {findings.data.findings.length === 0 && (
            <p className="govuk-body">This plan holds no inspection findings yet.</p>
          )}
          {findings.data.findings.map((finding) => (
            <FindingSection key={finding.id} finding={finding} planId={planId} canEdit={canEdit} />
          ))}
        </>
      )}
    </>
  );
}
