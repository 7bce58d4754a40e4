import { type BoardReport, updateReportBodySchema } from '@ragboard/shared';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorSummary, type FieldError } from '../../components/form/error-summary';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../../components/form/field-errors';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { paths } from '../../lib/paths';
import { isStaleVersion } from '../../lib/stale-version';
import { useReport } from './api/get-report';
import { usePublishReport } from './api/publish-report';
import { useUpdateReport } from './api/update-report';
import { DraftFields, type DraftForm, draftFormFrom } from './components/draft-fields';
import { DraftRefused, isPublishedRefusal } from './components/draft-refused';
import { PublishReport } from './components/publish-report';

const FIELD_IDS = { 'commentary.overall': 'overall' };

function DraftEditor({ report }: { report: BoardReport }) {
  const navigate = useNavigate();
  const [form, setForm] = useState<DraftForm>(() => draftFormFrom(report));
  const [refused, setRefused] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const update = useUpdateReport();
  const publish = usePublishReport({ onSuccess: (published) => navigate(paths.report(published.id)) });

  function changes() {
    const parsed = updateReportBodySchema.safeParse({
      title: form.title,
      commentary: { overall: form.overall, priorities: form.priorities },
      sections: form.sections,
    });
    setRefused(parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues, 'title', FIELD_IDS));
    return parsed.success ? parsed.data : null;
  }
  function save(event: FormEvent) {
    event.preventDefault();
    const body = changes();
    setSaved(null);
    if (body)
      update.mutate({ report, changes: body }, { onSuccess: () => setSaved('Your changes were saved.') });
  }
  function refresh() {
    setSaved(null);
    update.mutate(
      { report, changes: { refresh: true } },
      { onSuccess: () => setSaved('The figures were taken again from the plan as it is now.') },
    );
  }
  async function saveThenPublish() {
    const body = changes();
    if (!body) return;
    const latest = await update.mutateAsync({ report, changes: body }).catch(() => null);
    if (latest) publish.mutate(latest);
  }

  const error = update.error ?? publish.error;
  const conflict = isStaleVersion(error) || isPublishedRefusal(error);
  const errors = refused.length > 0 ? refused : fieldErrorsFrom(conflict ? null : error, 'title', FIELD_IDS);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`${errors.length || conflict ? 'Error: ' : ''}Edit the draft – ${report.title} – ragboard`}</title>
        <Link to={paths.report(report.id)} className="govuk-back-link">
          Back to the report
        </Link>
        {conflict ? (
          <DraftRefused reportId={report.id} published={isPublishedRefusal(error)} />
        ) : (
          <ErrorSummary errors={errors} />
        )}
        {saved && (
          <div className="govuk-inset-text" role="status">
            {saved}
          </div>
        )}
        <span className="govuk-caption-l">{report.title}</span>
        <h1 className="govuk-heading-l">Edit the draft</h1>
        <form onSubmit={save} noValidate>
          <DraftFields report={report} form={form} onChange={setForm} errorFor={errorFor} />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" disabled={update.isPending}>
              Save
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              disabled={update.isPending}
              onClick={refresh}
            >
              Refresh the figures
            </button>
          </div>
        </form>
        <PublishReport pending={update.isPending || publish.isPending} onPublish={saveThenPublish} />
      </div>
    </div>
  );
}

export default function EditReportPage() {
  const { reportId = '' } = useParams();
  const report = useReport(reportId);
  if (report.isPending) return <Loading what="the draft" />;
  if (report.isError) return <QueryError title="The draft could not be loaded" error={report.error} />;
  if (report.data.state === 'published') {
    return (
      <>
        <title>Report published – ragboard</title>
        <h1 className="govuk-heading-l">This report is published</h1>
        <p className="govuk-body">A published report never changes, so it cannot be edited.</p>
        <p className="govuk-body">
          <Link to={paths.report(reportId)} className="govuk-link">
            See the report
          </Link>
        </p>
      </>
    );
  }
  return <DraftEditor report={report.data} />;
}
