import {
  type Kpi,
  type RecordedKpiValue,
  type RecordKpiValueBody,
  recordKpiValueBodySchema,
} from '@ragboard/shared';
import { type FormEvent, useMemo, useState } from 'react';
import { DateInput } from '../../../components/form/date-input';
import { type DateParts, EMPTY_DATE, monthFrom } from '../../../components/form/date-parts';
import { ErrorSummary, type FieldError } from '../../../components/form/error-summary';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../../../components/form/field-errors';
import { TextInput } from '../../../components/form/text-input';
import { Textarea } from '../../../components/form/textarea';
import { UNIT_SUFFIX, UNIT_WORDS } from '../../../lib/kpi-words';
import { useRecordKpiValue } from '../api/record-kpi-value';
import { ValueRecordedBanner } from './value-recorded-banner';

interface Draft {
  period: DateParts;
  value: string;
  note: string;
}

const EMPTY_DRAFT: Draft = { period: EMPTY_DATE, value: '', note: '' };

/** The month, the value as a number and the note, checked by the shared schema the API applies. */
function check(draft: Draft): { errors: FieldError[]; body: RecordKpiValueBody | null } {
  const errors: FieldError[] = [];
  const month = monthFrom(draft.period, 'The month');
  if (month.error !== undefined) errors.push({ field: 'period', message: month.error });
  else if (month.value === null)
    errors.push({ field: 'period', message: 'Enter the month the value is for' });
  // "1,250" and "52%" are read as people write them.
  const text = draft.value.trim().replace(/,/g, '').replace(/%$/, '').trim();
  if (!text) errors.push({ field: 'value', message: 'Enter the value' });
  const parsed = recordKpiValueBodySchema.safeParse({
    period: month.value ?? undefined,
    value: text ? Number(text) : undefined,
    note: draft.note.trim() || null,
  });
  const issues = (parsed.error?.issues ?? []).filter(
    (i) => i.path[0] === 'note' || (text && i.path[0] === 'value'),
  );
  errors.push(...fieldErrorsFromIssues(issues, 'value'));
  return { errors, body: errors.length === 0 && parsed.success ? parsed.data : null };
}

/** Records a month's actual for a KPI: GOV.UK month and year, the value with its unit, an optional note. */
export function RecordValueForm({ kpi }: { kpi: Kpi }) {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [checked, setChecked] = useState<FieldError[]>([]);
  const [recorded, setRecorded] = useState<RecordedKpiValue | null>(null);
  const record = useRecordKpiValue({
    onSuccess: (reply) => {
      setRecorded(reply);
      setDraft(EMPTY_DRAFT);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setRecorded(null);
    const { errors, body } = check(draft);
    setChecked(errors);
    if (body) record.mutate({ kpiId: kpi.id, body });
  }

  // Kept while the error stands: the summary takes focus whenever its list changes.
  const refused = useMemo(() => fieldErrorsFrom(record.error, 'period'), [record.error]);
  const errors = checked.length > 0 ? checked : refused;
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const suffix = UNIT_SUFFIX[kpi.unit];
  return (
    <>
      {recorded && <ValueRecordedBanner kpi={recorded.kpi} value={recorded.value} />}
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate>
        <DateInput
          id="period"
          legend="Month"
          hint="The month the value is for, for example 3 2024"
          withoutDay
          value={draft.period}
          onChange={(period) => setDraft({ ...draft, period })}
          error={errorFor('period')}
        />
        <TextInput
          id="value"
          label={`Value (${UNIT_WORDS[kpi.unit].toLowerCase()})`}
          hint="A number, like 52 or 52.5"
          width="5"
          inputMode="decimal"
          spellCheck={false}
          autoComplete="off"
          suffix={suffix ?? undefined}
          value={draft.value}
          onChange={(event) => setDraft({ ...draft, value: event.target.value })}
          error={errorFor('value')}
        />
        <Textarea
          id="note"
          label="Note (optional)"
          hint="Where the figure comes from, or what lies behind a change"
          rows={3}
          value={draft.note}
          onChange={(event) => setDraft({ ...draft, note: event.target.value })}
          error={errorFor('note')}
        />
        <button type="submit" className="govuk-button" disabled={record.isPending}>
          Record value
        </button>
      </form>
    </>
  );
}
