import { type KeyboardEvent, useState } from 'react';
import { Checkboxes } from '../../../components/form/checkboxes';
import { usePeople } from '../../../lib/queries/get-people';

interface LeadsFieldProps {
  value: readonly string[];
  onChange: (leadIds: string[]) => void;
  error?: string;
}

/** One or more leads, ticked from everyone; a search narrows the list but never hides a ticked lead. */
export function LeadsField({ value, onChange, error }: LeadsFieldProps) {
  const people = usePeople();
  const [words, setWords] = useState('');
  const wanted = words.trim().toLowerCase();
  const shown = (people.data?.people ?? []).filter(
    (person) =>
      value.includes(person.id) ||
      !wanted ||
      `${person.name} ${person.organisation ?? ''}`.toLowerCase().includes(wanted),
  );

  // Enter in the search box narrows the list; it must not submit the whole form.
  const stayInField = (event: KeyboardEvent) => {
    if (event.key === 'Enter') event.preventDefault();
  };

  return (
    <>
      <div className="govuk-form-group govuk-!-margin-bottom-2">
        <label className="govuk-label govuk-label--s" htmlFor="leadSearch">
          Find a lead
        </label>
        <input
          id="leadSearch"
          type="search"
          className="govuk-input govuk-input--width-20"
          value={words}
          onChange={(event) => setWords(event.target.value)}
          onKeyDown={stayInField}
        />
      </div>
      {people.isPending && <p className="govuk-body">Loading people…</p>}
      {people.isError && <p className="govuk-error-message">The list of people could not be loaded.</p>}
      <Checkboxes
        name="leadIds"
        legend="Leads"
        hint="Tick everyone who leads this action. Add someone new on the People page first."
        small
        error={error}
        options={shown.map((person) => ({
          value: person.id,
          label: person.name,
          hint: person.organisation ?? undefined,
        }))}
        checked={value}
        onToggle={(id, on) => onChange(on ? [...value, id] : value.filter((other) => other !== id))}
      />
    </>
  );
}
