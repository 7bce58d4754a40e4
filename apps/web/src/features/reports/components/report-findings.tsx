import type { ReportFinding } from '@ragboard/shared';
import { FindingJudgementTag } from '../../../components/finding-judgement-tag';
import { ReportBriefTable } from './report-brief-table';

/** Each inspection finding's judgement by the period, with the actions addressing it as they stood. */
export function ReportFindings({ findings }: { findings: ReportFinding[] }) {
  return (
    <section aria-labelledby="findings-heading">
      <h2 className="govuk-heading-m" id="findings-heading">
        Inspection findings
      </h2>
      {findings.length === 0 && <p className="govuk-body">The plan holds no inspection findings.</p>}
      {findings.map((f) => (
        <div key={f.id}>
          <h3 className="govuk-heading-s">
            Finding {f.ref}: {f.title}
          </h3>
          <p className="govuk-body">
            <FindingJudgementTag judgement={f.judgement?.judgement ?? null} month={f.judgement?.month} />
            {f.judgement?.note && <span className="govuk-!-margin-left-2">{f.judgement.note}</span>}
          </p>
          {f.actions.length === 0 ? (
            <p className="govuk-body">No action is linked to this finding.</p>
          ) : (
            <ReportBriefTable
              caption={`Actions addressing finding ${f.ref}`}
              rows={f.actions}
              dates={false}
            />
          )}
        </div>
      ))}
    </section>
  );
}
