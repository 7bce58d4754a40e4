import { createReportBodySchema, formatMonth, type Month } from '@ragboard/shared';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorSummary, type FieldError } from '../../../components/form/error-summary';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../../../components/form/field-errors';
import { Select } from '../../../components/form/select';
import { TextInput } from '../../../components/form/text-input';
import { paths } from '../../../lib/paths';
import { useCreateReport } from '../api/create-report';

interface StartReportFormProps {
  planId: string;
  /** The months a report can be taken at, newest first. */
  months: Month[];
}

/** The manager's start of a board report: a period and a title make a draft, then the report opens. */
export function StartReportForm({ planId, months }: StartReportFormProps) {
  const navigate = useNavigate();
  const create = useCreateReport({ onSuccess: (report) => navigate(paths.report(report.id)) });
  const [form, setForm] = useState({ period: months[0] ?? '', title: '' });
  const [refused, setRefused] = useState<FieldError[]>([]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = createReportBodySchema.safeParse(form);
    if (!parsed.success) {
      setRefused(fieldErrorsFromIssues(parsed.error.issues, 'title'));
      return;
    }
    setRefused([]);
    create.mutate({ planId, body: parsed.data });
  }

  const errors = refused.length > 0 ? refused : fieldErrorsFrom(create.error, 'title');
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <section aria-labelledby="start-report-heading">
      <h2 className="govuk-heading-m" id="start-report-heading">
        Start a report
      </h2>
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate>
        <Select
          id="period"
          label="Period"
          hint="The report is a snapshot of the plan as it stood at this month"
          options={months.map((month) => ({ value: month, label: formatMonth(month) }))}
          value={form.period}
          onChange={(e) => setForm({ ...form, period: e.target.value })}
          error={errorFor('period')}
        />
        <TextInput
          id="title"
          label="Title"
          hint="For example, Board report for November 2026"
          autoComplete="off"
          value={form.title}
          onChange={(e) => setForm({ ...form, title: e.target.value })}
          error={errorFor('title')}
        />
        <button type="submit" className="govuk-button" disabled={create.isPending || months.length === 0}>
          Start the report
        </button>
      </form>
    </section>
  );
}
