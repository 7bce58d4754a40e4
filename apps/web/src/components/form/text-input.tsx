import type { InputHTMLAttributes } from 'react';
import { describedBy, type FieldProps, FormGroup } from './form-group';

interface TextInputProps extends FieldProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  width?: '4' | '5' | '10' | '20' | '30';
  /** A unit after the field (GOV.UK input suffix); the label should say it too, as it is hidden from screen readers. */
  suffix?: string;
}

/** GOV.UK text input with its label, hint and error message tied to the field. */
export function TextInput({ id, label, hint, error, width, suffix, ...input }: TextInputProps) {
  const field = (
    <input
      id={id}
      name={id}
      className={`govuk-input${width ? ` govuk-input--width-${width}` : ''}${error ? ' govuk-input--error' : ''}`}
      aria-describedby={describedBy({ id, hint, error })}
      {...input}
    />
  );
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {suffix ? (
        <div className="govuk-input__wrapper">
          {field}
          <div className="govuk-input__suffix" aria-hidden="true">
            {suffix}
          </div>
        </div>
      ) : (
        field
      )}
    </FormGroup>
  );
}
