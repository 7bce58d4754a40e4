import type { InputHTMLAttributes } from 'react';

interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  width?: '10' | '20' | '30';
}

/** GOV.UK text input with its label, hint and error message tied to the field. */
export function TextInput({ id, label, hint, error, width, ...input }: TextInputProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
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
      <input
        id={id}
        name={id}
        className={`govuk-input${width ? ` govuk-input--width-${width}` : ''}${error ? ' govuk-input--error' : ''}`}
        aria-describedby={describedBy || undefined}
        {...input}
      />
    </div>
  );
}
