import type { SelectHTMLAttributes } from 'react';
import { describedBy, type FieldProps, FormGroup } from './form-group';

interface SelectProps extends FieldProps, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'> {
  options: readonly { value: string; label: string }[];
}

/** GOV.UK select with its label, hint and error message tied to the field. */
export function Select({ id, label, hint, error, options, ...select }: SelectProps) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={id}
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        aria-describedby={describedBy({ id, hint, error })}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
