import type { BoardReport, ReportAction } from '@ragboard/shared';
import { TextWithBullets } from '../../../components/text-with-bullets';
import { ReportActions } from './report-actions';
import { BriefSection } from './report-brief-table';
import { ReportChallenges } from './report-challenges';
import { ReportChanges } from './report-changes';
import { ReportFindings } from './report-findings';
import { ReportKpis } from './report-kpis';
import { ReportProgress } from './report-progress';
import { ReportSummary } from './report-summary';

function everyAction(report: BoardReport): ReportAction[] {
  return report.snapshot.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions));
}

/** The report as the board reads it: the commentary, then each section the manager included. */
export function ReportSnapshot({ report }: { report: BoardReport }) {
  const { snapshot, commentary } = report;
  const has = (section: BoardReport['sections'][number]) => report.sections.includes(section);
  const actions = everyAction(report);
  return (
    <>
      <section aria-labelledby="commentary-heading">
        <h2 className="govuk-heading-m" id="commentary-heading">
          Commentary
        </h2>
        {commentary.overall.trim() ? (
          <TextWithBullets text={commentary.overall} />
        ) : (
          <p className="govuk-body">No overall commentary.</p>
        )}
      </section>
      {snapshot.closeOut && <ReportProgress closeOut={snapshot.closeOut} />}
      {has('summary') && <ReportSummary summary={snapshot.summary} />}
      {has('changes') && <ReportChanges since={snapshot.sinceLastReport} />}
      {has('challenges') && <ReportChallenges challenges={snapshot.challenges} />}
      {has('exceptions') && (
        <BriefSection
          id="exceptions"
          heading="Exceptions: Red and Amber actions"
          none="No action was Red or Amber."
          rows={actions.filter((a) => a.status === 'Red' || a.status === 'Amber')}
        />
      )}
      {has('overdue') && (
        <BriefSection
          id="overdue"
          heading="Overdue actions"
          none="No action was overdue."
          rows={actions.filter((a) => a.overdue)}
        />
      )}
      {has('awaiting-sign-off') && (
        <BriefSection
          id="awaiting-sign-off"
          heading="Awaiting sign-off"
          none="No Blue was awaiting sign-off."
          rows={snapshot.summary.awaitingSignOff}
        />
      )}
      {has('kpis') && <ReportKpis kpis={snapshot.kpis} />}
      {has('findings') && <ReportFindings findings={snapshot.findings} />}
      {has('actions') && (
        <ReportActions priorities={snapshot.priorities} commentary={commentary.priorities} />
      )}
    </>
  );
}
