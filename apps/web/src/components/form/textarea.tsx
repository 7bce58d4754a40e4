import type { TextareaHTMLAttributes } from 'react';
import { describedBy, type FieldProps, FormGroup } from './form-group';

interface TextareaProps
  extends FieldProps,
    Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'> {}

/** GOV.UK textarea with its label, hint and error message tied to the field. */
export function Textarea({ id, label, hint, error, rows = 5, ...textarea }: TextareaProps) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={id}
        rows={rows}
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        aria-describedby={describedBy({ id, hint, error })}
        {...textarea}
      />
    </FormGroup>
  );
}
