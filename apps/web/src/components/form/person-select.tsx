import { usePeople } from '../../lib/queries/get-people';
import { Select } from './select';

interface PersonSelectProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (personId: string) => void;
  error?: string;
}

/** Choose one person from everyone (or nobody), named with their organisation to tell namesakes apart. */
export function PersonSelect({ id, label, hint, value, onChange, error }: PersonSelectProps) {
  const people = usePeople();
  const options = (people.data?.people ?? []).map((person) => ({
    value: person.id,
    label: person.organisation ? `${person.name} (${person.organisation})` : person.name,
  }));
  return (
    <Select
      id={id}
      label={label}
      hint={people.isError ? 'The list of people could not be loaded. Try again later.' : hint}
      options={[{ value: '', label: people.isPending ? 'Loading people…' : 'Nobody' }, ...options]}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    />
  );
}
