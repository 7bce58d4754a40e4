import { Fragment } from 'react';

export type DueKind = 'month' | 'text' | 'none';

export interface DueValue {
  kind: DueKind | '';
  month: string;
  text: string;
}

interface DueFieldProps {
  value: DueValue;
  onChange: (value: DueValue) => void;
  errors: { kind?: string; month?: string; text?: string };
}

const CHOICES: { kind: DueKind; label: string }[] = [
  { kind: 'month', label: 'A month' },
  { kind: 'text', label: 'A condition in words' },
  { kind: 'none', label: 'No due date' },
];

/** GOV.UK radios with conditional questions: the month or the words show under their choice. */
export function DueField({ value, onChange, errors }: DueFieldProps) {
  const set = (change: Partial<DueValue>) => onChange({ ...value, ...change });
  return (
    <div className={`govuk-form-group${errors.kind ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={errors.kind ? 'dueKind-error' : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">When is it due?</legend>
        {errors.kind && (
          <p id="dueKind-error" className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {errors.kind}
          </p>
        )}
        <div className="govuk-radios">
          {CHOICES.map((choice, index) => {
            const id = index === 0 ? 'dueKind' : `dueKind-${choice.kind}`;
            const conditional = choice.kind !== 'none' ? `conditional-${id}` : undefined;
            const chosen = value.kind === choice.kind;
            return (
              <Fragment key={choice.kind}>
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={id}
                    name="dueKind"
                    type="radio"
                    value={choice.kind}
                    checked={chosen}
                    onChange={() => set({ kind: choice.kind })}
                    aria-controls={conditional}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={id}>
                    {choice.label}
                  </label>
                </div>
                {conditional && (
                  <div
                    className={`govuk-radios__conditional${chosen ? '' : ' govuk-radios__conditional--hidden'}`}
                    id={conditional}
                  >
                    {choice.kind === 'month' ? (
                      <DueInput
                        id="dueMonth"
                        label="Month due"
                        hint="For example, 2023-02"
                        type="month"
                        value={value.month}
                        onChange={(month) => set({ month })}
                        error={errors.month}
                      />
                    ) : (
                      <DueInput
                        id="dueText"
                        label="When it is due, in words"
                        hint="For example, Dependent on sustainability"
                        type="text"
                        value={value.text}
                        onChange={(text) => set({ text })}
                        error={errors.text}
                      />
                    )}
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

interface DueInputProps {
  id: string;
  label: string;
  hint: string;
  type: 'month' | 'text';
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

function DueInput({ id, label, hint, type, value, onChange, error }: DueInputProps) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <div id={`${id}-hint`} className="govuk-hint">
        {hint}
      </div>
      {error && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <input
        id={id}
        name={id}
        type={type}
        className={`govuk-input${type === 'month' ? ' govuk-input--width-10' : ''}${error ? ' govuk-input--error' : ''}`}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
