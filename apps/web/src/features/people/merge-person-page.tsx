import type { Person } from '@ragboard/shared';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { FieldError } from '../../components/form/error-summary';
import { fieldErrorsFrom } from '../../components/form/field-errors';
import { FormPage } from '../../components/form/form-page';
import { Radios } from '../../components/form/radios';
import { ItemNotFound } from '../../components/item-not-found';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { paths } from '../../lib/paths';
import { usePeople } from '../../lib/queries/get-people';
import { useMergePerson } from './api/merge-person';
import { mergeCandidates } from './merge-candidates';

const describe = (p: Person) =>
  [p.role, p.organisation, `leads ${p.actionCount} actions`].filter(Boolean).join(', ');

function MergeForm({ person, people }: { person: Person; people: Person[] }) {
  const navigate = useNavigate();
  const merge = useMergePerson({ onSuccess: () => navigate(paths.people()) });
  const [intoId, setIntoId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [refused, setRefused] = useState<FieldError[]>([]);
  const candidates = mergeCandidates(person, people);
  const into = candidates.find((c) => c.id === intoId);
  const back = { to: paths.people(), label: 'Back to people' };

  if (confirming && into) {
    return (
      <FormPage
        title={`Are you sure you want to merge ${person.name} into ${into.name}?`}
        back={back}
        errors={fieldErrorsFrom(merge.error, 'confirm')}
        submitLabel={`Yes, merge into ${into.name}`}
        pending={merge.isPending}
        onSubmit={() => merge.mutate({ personId: person.id, intoId: into.id })}
      >
        <p className="govuk-body" id="confirm">
          The {person.actionCount} actions and {person.outcomeCount} outcomes {person.name} leads, and any
          account linked to them, will move to {into.name}. {person.name} will leave the list of people.
        </p>
        <p className="govuk-body">
          <Link to={paths.personMerge(person.id)} className="govuk-link" onClick={() => setConfirming(false)}>
            Choose someone else
          </Link>
        </p>
      </FormPage>
    );
  }

  return (
    <FormPage
      title={`Merge ${person.name} into someone else`}
      back={back}
      errors={refused}
      submitLabel="Continue"
      pending={false}
      onSubmit={() => {
        const errors = intoId ? [] : [{ field: 'intoId', message: 'Select the person to merge into' }];
        setRefused(errors);
        if (errors.length === 0) setConfirming(true);
      }}
    >
      <p className="govuk-body">
        Use this when the same person is in the list twice. Similar names come first.
      </p>
      <Radios
        name="intoId"
        legend={`Who is ${person.name} the same as?`}
        options={candidates.map((c) => ({ value: c.id, label: c.name, hint: describe(c) }))}
        value={intoId}
        onChange={setIntoId}
        error={refused[0]?.message}
      />
    </FormPage>
  );
}

export default function MergePersonPage() {
  const { personId = '' } = useParams();
  const people = usePeople();
  if (people.isPending) return <Loading what="people" />;
  if (people.isError) return <QueryError title="The people could not be loaded" error={people.error} />;
  const person = people.data.people.find((p) => p.id === personId);
  if (!person) return <ItemNotFound what="person" back={{ to: paths.people(), label: 'Back to people' }} />;
  return <MergeForm person={person} people={people.data.people} />;
}
