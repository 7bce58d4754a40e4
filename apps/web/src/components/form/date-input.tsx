import type { DateParts } from './date-parts';

interface DateInputProps {
  /** The first input's id, so an error summary link lands in the field. */
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  /** A month and year only ("Month", "Year"), for fields that name a month. */
  withoutDay?: boolean;
}

const PARTS = [
  { part: 'day', label: 'Day', width: '2' },
  { part: 'month', label: 'Month', width: '2' },
  { part: 'year', label: 'Year', width: '4' },
] as const;

/** GOV.UK date input: a group of Day, Month and Year fields with one legend, hint and error. */
export function DateInput({ id, legend, hint, error, value, onChange, withoutDay = false }: DateInputProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const parts = withoutDay ? PARTS.slice(1) : PARTS;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      {/* biome-ignore lint/a11y/noRedundantRoles: GOV.UK's date input names the role, so every screen reader announces the group */}
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy || undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
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
        <div className="govuk-date-input" id={`${id}-parts`}>
          {parts.map(({ part, label, width }, index) => {
            const inputId = index === 0 ? id : `${id}-${part}`;
            return (
              <div className="govuk-date-input__item" key={part}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={inputId}>
                    {label}
                  </label>
                  <input
                    className={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
                    id={inputId}
                    name={`${id}-${part}`}
                    type="text"
                    inputMode="numeric"
                    value={value[part]}
                    onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
