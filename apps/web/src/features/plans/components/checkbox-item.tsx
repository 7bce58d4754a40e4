import type { ReactNode } from 'react';

interface CheckboxItemProps {
  id: string;
  label: ReactNode;
  hint?: string;
  checked: boolean;
  onChange: (on: boolean) => void;
  /** Revealed under the box while it is ticked (GOV.UK conditional reveal). */
  children?: ReactNode;
}

/** One GOV.UK checkbox, for a list whose items each carry their own fields; goes in `govuk-checkboxes`. */
export function CheckboxItem({ id, label, hint, checked, onChange, children }: CheckboxItemProps) {
  const conditionalId = `conditional-${id}`;
  return (
    <>
      <div className="govuk-checkboxes__item">
        <input
          className="govuk-checkboxes__input"
          id={id}
          name={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={hint ? `${id}-hint` : undefined}
          aria-controls={children ? conditionalId : undefined}
        />
        <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
          {label}
        </label>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
            {hint}
          </div>
        )}
      </div>
      {children && (
        <div
          id={conditionalId}
          className={`govuk-checkboxes__conditional${checked ? '' : ' govuk-checkboxes__conditional--hidden'}`}
          hidden={!checked}
        >
          {children}
        </div>
      )}
    </>
  );
}

/** The messages of a group's refused boxes, shown once above them. */
export function GroupError({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {messages.join('. ')}
    </p>
  );
}
