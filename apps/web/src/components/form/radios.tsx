import { Fragment, type ReactNode } from 'react';

interface RadiosProps<T extends string> {
  name: string;
  legend: string;
  /** `conditional` is revealed under its option while that option is chosen (GOV.UK conditional reveal). */
  options: readonly { value: T; label: string; hint?: string; conditional?: ReactNode }[];
  value: T | '';
  onChange: (value: T) => void;
  error?: string;
}

/** GOV.UK radios in a fieldset. The first radio's id is the field's name, so error links reach it. */
export function Radios<T extends string>({ name, legend, options, value, onChange, error }: RadiosProps<T>) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={error ? `${name}-error` : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {error && (
          <p id={`${name}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="govuk-radios">
          {options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${option.value}`;
            const conditionalId = `conditional-${name}-${option.value}`;
            const chosen = value === option.value;
            return (
              <Fragment key={option.value}>
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={id}
                    name={name}
                    type="radio"
                    value={option.value}
                    checked={chosen}
                    onChange={() => onChange(option.value)}
                    aria-describedby={option.hint ? `${id}-hint` : undefined}
                    aria-controls={option.conditional ? conditionalId : undefined}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={id}>
                    {option.label}
                  </label>
                  {option.hint && (
                    <div id={`${id}-hint`} className="govuk-hint govuk-radios__hint">
                      {option.hint}
                    </div>
                  )}
                </div>
                {option.conditional && (
                  <div
                    id={conditionalId}
                    className={`govuk-radios__conditional${chosen ? '' : ' govuk-radios__conditional--hidden'}`}
                    hidden={!chosen}
                  >
                    {option.conditional}
                  </div>
                )}
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
