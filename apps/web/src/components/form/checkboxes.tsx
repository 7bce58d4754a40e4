import type { ReactNode } from 'react';

interface CheckboxesProps {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  small?: boolean;
  options: readonly { value: string; label: ReactNode; hint?: string }[];
  /** Controlled: the values ticked, and what to do when one changes. */
  checked?: readonly string[];
  onToggle?: (value: string, on: boolean) => void;
  /** Uncontrolled (a plain form read on submit): the values ticked at first. */
  defaultChecked?: readonly string[];
}

/** GOV.UK checkboxes in a fieldset. The first box's id is the field's name, so error links reach it. */
export function Checkboxes(props: CheckboxesProps) {
  const { name, legend, hint, error, small, options, checked, onToggle, defaultChecked } = props;
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy || undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={`${name}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        {error && (
          <p id={`${name}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`}>
          {options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${option.value}`;
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  name={name}
                  type="checkbox"
                  value={option.value}
                  checked={checked ? checked.includes(option.value) : undefined}
                  defaultChecked={defaultChecked ? defaultChecked.includes(option.value) : undefined}
                  onChange={onToggle ? (event) => onToggle(option.value, event.target.checked) : undefined}
                  aria-describedby={option.hint ? `${id}-hint` : undefined}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.hint && (
                  <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
