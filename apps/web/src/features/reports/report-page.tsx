import { type BoardReport, formatMonth } from '@ragboard/shared';
import { Link, useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { SummaryList, SummaryRow } from '../../components/summary-list';
import { ApiError } from '../../lib/api-client';
import { useSession } from '../../lib/queries/get-session';
import { useReport } from './api/get-report';
import { ExportLinks } from './components/export-links';
import { ReportSnapshot } from './components/report-snapshot';
import { formatDay, ReportStateTag } from './report-words';

function ReportContent({ report, isManager }: { report: BoardReport; isManager: boolean }) {
  const draft = report.state === 'draft';
  return (
    <div className="app-report">
      <title>{`${report.title} – ragboard`}</title>
      <Link to={`/plans/${report.planId}/reports`} className="govuk-back-link">
        Back to the board reports
      </Link>
      <span className="govuk-caption-l">{report.snapshot.plan.title}</span>
      <h1 className="govuk-heading-l">{report.title}</h1>
      <SummaryList>
        <SummaryRow label="Plan">{report.snapshot.plan.title}</SummaryRow>
        <SummaryRow label="Period">{formatMonth(report.period)}</SummaryRow>
        <SummaryRow label="State">
          <ReportStateTag state={report.state} />
        </SummaryRow>
        <SummaryRow label="Published">
          {report.publishedAt ? formatDay(report.publishedAt) : 'Not yet published'}
        </SummaryRow>
        <SummaryRow label="Figures taken">{formatDay(report.snapshot.takenAt)}</SummaryRow>
      </SummaryList>
      {isManager && draft && (
        <p className="govuk-body app-report__no-print">
          <Link to={`/reports/${report.id}/edit`} className="govuk-button govuk-!-margin-bottom-0">
            Edit the draft
          </Link>
        </p>
      )}
      <ExportLinks reportId={report.id} />
      <ReportSnapshot report={report} />
    </div>
  );
}

export default function ReportPage() {
  const { reportId = '' } = useParams();
  const report = useReport(reportId);
  const isManager = useSession().data?.user.role === 'manager';
  if (report.isPending) return <Loading what="the report" />;
  if (report.isError) {
    const missing = report.error instanceof ApiError && report.error.status === 404;
    return (
      <>
        <title>Report not available – ragboard</title>
        <h1 className="govuk-heading-l">Report not available</h1>
        {missing ? (
          <p className="govuk-body">There is no published report here. It may still be a draft.</p>
        ) : (
          <QueryError title="The report could not be shown" error={report.error} />
        )}
      </>
    );
  }
  return <ReportContent report={report.data} isManager={isManager} />;
}
