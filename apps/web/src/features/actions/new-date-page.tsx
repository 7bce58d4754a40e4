import { type Action, formatMonth, newDateProblem } from '@ragboard/shared';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { DateInput } from '../../components/form/date-input';
import { type DateParts, isoDateFrom, partsOf } from '../../components/form/date-parts';
import type { FieldError } from '../../components/form/error-summary';
import { fieldErrorsFrom } from '../../components/form/field-errors';
import { FormPage } from '../../components/form/form-page';
import { Radios } from '../../components/form/radios';
import { Textarea } from '../../components/form/textarea';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { paths } from '../../lib/paths';
import { useAction } from '../../lib/queries/get-action';
import { isStaleVersion } from '../../lib/stale-version';
import { useSetNewDate } from './api/set-new-date';

type Choice = 'date' | 'none';

function NewDateForm({ action }: { action: Action }) {
  const navigate = useNavigate();
  const toAction = () => navigate(paths.action(action.id));
  const save = useSetNewDate({ onSuccess: toAction });
  const [choice, setChoice] = useState<Choice | ''>(action.newDate ? 'date' : '');
  const [date, setDate] = useState<DateParts>(partsOf(action.newDate?.date ?? null));
  const [reason, setReason] = useState('');
  const [refused, setRefused] = useState<FieldError[]>([]);

  function submit() {
    const errors: FieldError[] = [];
    if (!choice) errors.push({ field: 'choice', message: 'Select whether a new completion date is agreed' });
    const read = choice === 'date' ? isoDateFrom(date, 'The new completion date') : { value: null };
    if (read.error !== undefined) errors.push({ field: 'date', message: read.error });
    else if (choice === 'date' && !read.value)
      errors.push({ field: 'date', message: 'Enter the new completion date' });
    else if (read.value) {
      const problem = newDateProblem(read.value, action, new Date());
      if (problem) errors.push({ field: 'date', message: problem });
    }
    if (!reason.trim()) errors.push({ field: 'reason', message: 'Say why the date changes' });
    setRefused(errors);
    if (errors.length === 0)
      save.mutate({ action, body: { date: read.value ?? null, reason: reason.trim() } });
  }

  const errors = refused.length > 0 ? refused : fieldErrorsFrom(save.error, 'reason');
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const due = action.dueMonth ? formatMonth(action.dueMonth) : (action.dueText ?? 'no due date');
  return (
    <FormPage
      title={`New completion date for action ${action.ref}`}
      caption={`Originally due ${due}`}
      back={{ to: paths.action(action.id), label: 'Back to the action' }}
      errors={errors}
      conflict={refused.length === 0 && isStaleVersion(save.error)}
      submitLabel="Save the date"
      pending={save.isPending}
      onSubmit={submit}
    >
      <p className="govuk-body">
        For a date agreed at a board or a stocktake. It holds from this month until the lead gives a Red with
        another date, the action is signed off, or you change it again. Earlier months keep the date they had.
      </p>
      <Radios<Choice>
        name="choice"
        legend="Is a new completion date agreed?"
        value={choice}
        onChange={setChoice}
        error={errorFor('choice')}
        options={[
          {
            value: 'date',
            label: 'Yes, a new date is agreed',
            conditional: (
              <DateInput
                id="date"
                legend="New completion date"
                hint="For example, 31 5 2027"
                value={date}
                onChange={setDate}
                error={errorFor('date')}
              />
            ),
          },
          { value: 'none', label: 'No, no new date is agreed', hint: 'Any date in force now stops holding' },
        ]}
      />
      <Textarea
        id="reason"
        label="Why the date changes"
        hint="For example, agreed at the SEND Improvement Board on 12 November"
        rows={3}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errorFor('reason')}
      />
    </FormPage>
  );
}

/** `/actions/:actionId/new-date`: the manager sets or clears the new completion date in force. */
export default function NewDatePage() {
  const { actionId = '' } = useParams();
  const action = useAction(actionId);
  if (action.isPending) return <Loading what="the action" />;
  if (action.isError) return <QueryError title="The action could not be shown" error={action.error} />;
  return <NewDateForm key={action.data.version} action={action.data} />;
}
