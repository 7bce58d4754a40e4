import { addMonths, formatMonth, type Month, openPeriodBodySchema } from '@ragboard/shared';
import { type FormEvent, useMemo, useState } from 'react';
import { DateInput } from '../../../components/form/date-input';
import { EMPTY_DATE, isoDateFrom, monthFrom, partsOf } from '../../../components/form/date-parts';
import { ErrorSummary, type FieldError } from '../../../components/form/error-summary';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../../../components/form/field-errors';
import { TextInput } from '../../../components/form/text-input';
import { useOpenPeriod } from '../api/open-period';

/** Opens a month for updates, with a deadline and days of grace; the next month is offered. */
export function OpenPeriodForm({ planId, latest }: { planId: string; latest: Month | null }) {
  const [month, setMonth] = useState(() => partsOf(latest ? addMonths(latest, 1) : null));
  const [deadline, setDeadline] = useState(EMPTY_DATE);
  const [graceDays, setGraceDays] = useState('5');
  const [checked, setChecked] = useState<FieldError[]>([]);
  const [opened, setOpened] = useState<Month | null>(null);
  const open = useOpenPeriod({ onSuccess: (period) => setOpened(period.month) });

  function submit(event: FormEvent) {
    event.preventDefault();
    setOpened(null);
    const readMonth = monthFrom(month, 'The month');
    const readDeadline = isoDateFrom(deadline, 'The deadline');
    const errors: FieldError[] = [];
    if (readMonth.error !== undefined) errors.push({ field: 'month', message: readMonth.error });
    else if (!readMonth.value) errors.push({ field: 'month', message: 'Enter the month to open' });
    if (readDeadline.error !== undefined) errors.push({ field: 'deadline', message: readDeadline.error });
    else if (!readDeadline.value)
      errors.push({ field: 'deadline', message: 'Enter the deadline for updates' });
    if (!/^\d+$/.test(graceDays.trim())) {
      errors.push({ field: 'graceDays', message: 'Enter the days of grace as a whole number, such as 5' });
    }
    const parsed = openPeriodBodySchema.safeParse({
      month: readMonth.value,
      deadline: readDeadline.value,
      graceDays: Number(graceDays.trim()),
    });
    if (errors.length === 0 && !parsed.success)
      errors.push(...fieldErrorsFromIssues(parsed.error.issues, 'month'));
    setChecked(errors);
    if (errors.length === 0 && parsed.success) open.mutate({ planId, body: parsed.data });
  }

  const refused = useMemo(() => fieldErrorsFrom(open.error, 'month'), [open.error]);
  const errors = checked.length > 0 ? checked : refused;
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <form onSubmit={submit} noValidate>
      <h3 className="govuk-heading-s">Open a period</h3>
      <ErrorSummary errors={errors} />
      {opened && (
        <p className="govuk-body" role="status">
          {formatMonth(opened)} is open for updates.
        </p>
      )}
      <DateInput
        id="month"
        legend="Month"
        withoutDay
        hint="For example, 12 2026"
        value={month}
        onChange={setMonth}
        error={errorFor('month')}
      />
      <DateInput
        id="deadline"
        legend="Deadline for updates"
        hint="For example, 25 12 2026"
        value={deadline}
        onChange={setDeadline}
        error={errorFor('deadline')}
      />
      <TextInput
        id="graceDays"
        label="Days of grace after the deadline"
        width="10"
        inputMode="numeric"
        value={graceDays}
        onChange={(event) => setGraceDays(event.target.value)}
        error={errorFor('graceDays')}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={open.isPending}>
        Open period
      </button>
    </form>
  );
}
