import { type BoardReport, reportDocument } from '@ragboard/shared';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { SummaryList, SummaryRow } from '../../components/summary-list';
import { WarningText } from '../../components/warning-text';
import { ApiError } from '../../lib/api-client';
import { paths } from '../../lib/paths';
import { useRights } from '../../lib/use-rights';
import { useReport } from './api/get-report';
import { ExportLinks } from './components/export-links';
import { ReportDocumentSections } from './components/report-document';

/** The report as its one document (decision 038): the same cover, sections and words as every export. */
function ReportContent({ report, isManager }: { report: BoardReport; isManager: boolean }) {
  const draft = report.state === 'draft';
  const document = useMemo(() => reportDocument(report), [report]);
  return (
    <div className="app-report">
      <title>{`${report.title} – ragboard`}</title>
      <Link to={paths.planReports(report.planId)} className="govuk-back-link">
        Back to the board reports
      </Link>
      <span className="govuk-caption-l">{report.snapshot.plan.title}</span>
      <h1 className="govuk-heading-l">{document.title}</h1>
      <SummaryList>
        {document.cover.facts.map((fact) => (
          <SummaryRow key={fact.label} label={fact.label}>
            {fact.text}
          </SummaryRow>
        ))}
      </SummaryList>
      {document.cover.notices.map((notice) => (
        <WarningText key={notice}>{notice}</WarningText>
      ))}
      {isManager && draft && (
        <p className="govuk-body app-report__no-print">
          <Link to={paths.reportEdit(report.id)} className="govuk-button govuk-!-margin-bottom-0">
            Edit the draft
          </Link>
        </p>
      )}
      <ExportLinks reportId={report.id} />
      <ReportDocumentSections document={document} />
    </div>
  );
}

export default function ReportPage() {
  const { reportId = '' } = useParams();
  const report = useReport(reportId);
  const isManager = useRights().manage;
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
