import {
  formatMonth,
  type Month,
  NO_CHANGE_STATEMENT,
  STATUS_DEFINITIONS,
  STATUSES,
  type Status,
} from '@ragboard/shared';
import { Checkboxes } from '../form/checkboxes';
import { DateInput } from '../form/date-input';
import { Radios } from '../form/radios';
import { Textarea } from '../form/textarea';
import type { Draft } from './update-draft';

interface StatusFieldsProps {
  draft: Draft;
  onChange: (draft: Draft) => void;
  errorFor: (field: string) => string | undefined;
  /** On a page of several actions: each field's id starts with it and its label names the action. */
  many?: { prefix: string; ref: string };
  /** The status in force, when "No change since last month" may be said of it. */
  sameAs?: Status;
  /** Last month's note, shown beside the box and never put in it (decision 053). */
  lastNote?: { period: Month; note: string | null };
}

/** The status (five radios, Red asking for its new date) and the progress note: one action's update. */
export function StatusFields({ draft, onChange, errorFor, many, sameAs, lastNote }: StatusFieldsProps) {
  const id = (field: string) => (many ? `${many.prefix}-${field}` : field);
  const label = (words: string) => (many ? `${words} for ${many.ref}` : words);
  const options = STATUSES.map((status) => ({
    value: status,
    label: status,
    hint: STATUS_DEFINITIONS[status].meaning,
    conditional:
      status === 'Red' ? (
        <DateInput
          id={id('revisedDue')}
          legend={label('New completion date')}
          hint="For example, 28 2 2027"
          value={draft.revisedDue}
          onChange={(revisedDue) => onChange({ ...draft, revisedDue })}
          error={errorFor('revisedDue')}
        />
      ) : undefined,
  }));
  const noChange = sameAs ? (
    <Checkboxes
      name={id('noChange')}
      legend={label('Since last month')}
      small
      options={[
        {
          value: 'yes',
          label: `No change since last month (stays ${sameAs})`,
          hint: `Records “${NO_CHANGE_STATEMENT}” as this month’s note`,
        },
      ]}
      checked={draft.noChange ? ['yes'] : []}
      onToggle={(_, on) => onChange({ ...draft, noChange: on })}
      error={errorFor('noChange')}
    />
  ) : null;
  if (sameAs && draft.noChange) return noChange;
  return (
    <>
      {noChange}
      <Radios
        name={id('status')}
        legend={label('Status')}
        options={options}
        value={draft.status}
        onChange={(status) => onChange({ ...draft, status })}
        error={errorFor('status')}
      />
      {lastNote && (
        <div className="govuk-inset-text" id={id('lastNote')}>
          <span className="govuk-!-font-weight-bold">{formatMonth(lastNote.period)}’s note:</span>{' '}
          {lastNote.note ?? 'No note.'}
        </div>
      )}
      <Textarea
        id={id('note')}
        label={label('Progress note')}
        hint="What has happened this month and what happens next. Not needed for Grey."
        value={draft.note}
        onChange={(event) => onChange({ ...draft, note: event.target.value })}
        error={errorFor('note')}
      />
    </>
  );
}
