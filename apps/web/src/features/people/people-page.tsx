import type { Person } from '@ragboard/shared';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { TextInput } from '../../components/form/text-input';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { TableHead } from '../../components/table-head';
import { TableScroll } from '../../components/table-scroll';
import { paths } from '../../lib/paths';
import { usePeople } from '../../lib/queries/get-people';

function matches(person: Person, words: string): boolean {
  const haystack = [person.name, person.role, person.organisation, person.email].join(' ').toLowerCase();
  return haystack.includes(words.toLowerCase());
}

function PersonRow({ person }: { person: Person }) {
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        <Link to={paths.person(person.id)} className="govuk-link">
          {person.name}
        </Link>
        {person.role && <span className="govuk-body-s govuk-!-display-block">{person.role}</span>}
      </th>
      <td className="govuk-table__cell">{person.organisation ?? 'None'}</td>
      <td className="govuk-table__cell">{person.email ?? person.accountEmail ?? 'None'}</td>
      <td className="govuk-table__cell">{person.accountEmail ? 'Yes' : 'No'}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{person.actionCount}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{person.outcomeCount}</td>
      <td className="govuk-table__cell">
        <ul className="govuk-list app-edit-links govuk-!-margin-bottom-0">
          <li>
            <Link to={paths.personEdit(person.id)} className="govuk-link">
              Edit<span className="govuk-visually-hidden"> {person.name}</span>
            </Link>
          </li>
          <li>
            <Link to={paths.personMerge(person.id)} className="govuk-link">
              Merge<span className="govuk-visually-hidden"> {person.name} into someone else</span>
            </Link>
          </li>
        </ul>
      </td>
    </tr>
  );
}

export default function PeoplePage() {
  const people = usePeople();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = (searchParams.get('q') ?? '').trim();
  const shown = people.data?.people.filter((person) => !q || matches(person, q)) ?? [];

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const words = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    setSearchParams(words ? { q: words } : {});
  }

  return (
    <>
      <title>People – ragboard</title>
      <h1 className="govuk-heading-l">People</h1>
      <p className="govuk-body">
        Everyone who leads an action or outcome, or a delivery group. See also the{' '}
        <Link to={paths.organisations()} className="govuk-link">
          organisations
        </Link>
        .
      </p>
      <Link to={paths.newPerson()} className="govuk-button" draggable="false">
        Add a person
      </Link>
      <form method="get" action={paths.people()} onSubmit={search} key={q}>
        <TextInput id="q" label="Search people" type="search" defaultValue={q} width="30" />
        <button type="submit" className="govuk-button govuk-button--secondary">
          Search
        </button>
      </form>
      {people.isPending && <Loading what="people" />}
      {people.isError && <QueryError title="The people could not be loaded" error={people.error} />}
      {people.data && (
        <TableScroll label="People">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">
              {q ? `${shown.length} of ${people.data.people.length} people match “${q}”` : 'Everyone'}
            </caption>
            <TableHead
              headings={[
                'Name',
                'Organisation',
                'Email',
                'Account',
                { text: 'Actions led', numeric: true },
                { text: 'Outcomes led', numeric: true },
                { text: 'Changes', visuallyHidden: true },
              ]}
            />
            <tbody className="govuk-table__body">
              {shown.map((person) => (
                <PersonRow key={person.id} person={person} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
