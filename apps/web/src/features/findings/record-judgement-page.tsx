import {
  FINDING_JUDGEMENT_DEFINITIONS,
  FINDING_JUDGEMENTS,
  type FindingJudgement,
  recordFindingJudgementBodySchema,
} from '@ragboard/shared';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { FieldError } from '../../components/form/error-summary';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../../components/form/field-errors';
import { FormPage } from '../../components/form/form-page';
import { Radios } from '../../components/form/radios';
import { TextInput } from '../../components/form/text-input';
import { Textarea } from '../../components/form/textarea';
import { ItemNotFound } from '../../components/item-not-found';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { paths } from '../../lib/paths';
import { useFindings } from './api/get-findings';
import { useRecordJudgement } from './api/record-judgement';

const HINTS: Record<FindingJudgement, string> = {
  open: 'The concern stands, as found',
  improving: 'Improvements made, but further work is required',
  sufficiently_improved: 'Inspectors or reviewers judged the concern addressed',
};

/** The manager adds a judgement to a finding's history, as an inspection, revisit or review gave it. */
export default function RecordJudgementPage() {
  const { planId = '', findingId = '' } = useParams();
  const navigate = useNavigate();
  const findings = useFindings(planId);
  const record = useRecordJudgement({ onSuccess: () => navigate(paths.planFindings(planId)) });
  const [month, setMonth] = useState('');
  const [judgement, setJudgement] = useState<FindingJudgement | ''>('');
  const [note, setNote] = useState('');
  const [refused, setRefused] = useState<FieldError[]>([]);
  const back = { to: paths.planFindings(planId), label: 'Back to the findings' };
  if (findings.isPending) return <Loading what="the finding" />;
  if (findings.isError) return <QueryError title="The finding could not be shown" error={findings.error} />;
  const finding = findings.data.findings.find((f) => f.id === findingId);
  if (!finding) return <ItemNotFound what="finding" back={back} />;

  function submit() {
    const errors: FieldError[] = [];
    if (!month) errors.push({ field: 'month', message: 'Enter the month of the judgement' });
    if (!judgement) errors.push({ field: 'judgement', message: 'Select the judgement' });
    const parsed = recordFindingJudgementBodySchema.safeParse({
      month,
      judgement,
      note: note.trim() || null,
    });
    if (errors.length === 0 && !parsed.success)
      errors.push(...fieldErrorsFromIssues(parsed.error.issues, 'month'));
    setRefused(errors);
    if (errors.length === 0 && parsed.success) record.mutate({ findingId, body: parsed.data });
  }
  const errors = refused.length > 0 ? refused : fieldErrorsFrom(record.error, 'month');
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <FormPage
      title={`Record a judgement of finding ${finding.ref}`}
      caption={finding.title}
      back={back}
      errors={errors}
      submitLabel="Record judgement"
      pending={record.isPending}
      onSubmit={submit}
    >
      <TextInput
        id="month"
        label="Month of the judgement"
        hint="The month of the inspection, revisit or review, for example 2020-03"
        type="month"
        width="10"
        value={month}
        onChange={(e) => setMonth(e.target.value)}
        error={errorFor('month')}
      />
      <Radios
        name="judgement"
        legend="Judgement"
        options={FINDING_JUDGEMENTS.map((j) => ({
          value: j,
          label: FINDING_JUDGEMENT_DEFINITIONS[j].label,
          hint: HINTS[j],
        }))}
        value={judgement}
        onChange={setJudgement}
        error={errorFor('judgement')}
      />
      <Textarea
        id="note"
        label="Note (optional)"
        hint="What the inspectors or reviewers said"
        rows={4}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errorFor('note')}
      />
    </FormPage>
  );
}
