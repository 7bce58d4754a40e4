import type { InputHTMLAttributes } from 'react';

interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  width?: '4' | '5' | '10' | '20' | '30';
  /** A unit after the field (GOV.UK input suffix); the label should say it too, as it is hidden from screen readers. */
  suffix?: string;
}

/** GOV.UK text input with its label, hint and error message tied to the field. */
export function TextInput({ id, label, hint, error, width, suffix, ...input }: TextInputProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const field = (
    <input
      id={id}
      name={id}
      className={`govuk-input${width ? ` govuk-input--width-${width}` : ''}${error ? ' govuk-input--error' : ''}`}
      aria-describedby={describedBy || undefined}
      {...input}
    />
  );
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
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
    </div>
  );
}
