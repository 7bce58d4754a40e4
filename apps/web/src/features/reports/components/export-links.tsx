import { REPORT_FORMATS } from '@ragboard/shared';
import { exportHref, FORMAT_LABELS } from '../report-words';

/** Plain links the browser downloads: each export is rendered by the API from the stored snapshot. */
export function ExportLinks({ reportId }: { reportId: string }) {
  return (
    <section aria-labelledby="export-heading" className="app-report__no-print">
      <h2 className="govuk-heading-s" id="export-heading">
        Download this report
      </h2>
      <ul className="govuk-list">
        {REPORT_FORMATS.map((format) => (
          <li key={format}>
            <a href={exportHref(reportId, format)} download className="govuk-link">
              Download as {FORMAT_LABELS[format]}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
