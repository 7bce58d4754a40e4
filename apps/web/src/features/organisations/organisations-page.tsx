import { Link } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { TableHead } from '../../components/table-head';
import { TableScroll } from '../../components/table-scroll';
import { paths } from '../../lib/paths';
import { useOrganisations } from '../../lib/queries/get-organisations';
import { AddOrganisationForm } from './components/add-organisation-form';
import { ORGANISATION_KIND_WORDS } from './organisation-words';

export default function OrganisationsPage() {
  const organisations = useOrganisations();
  return (
    <>
      <title>Organisations – ragboard</title>
      <Link to={paths.people()} className="govuk-back-link">
        Back to people
      </Link>
      <h1 className="govuk-heading-l">Organisations</h1>
      {organisations.isPending && <Loading what="organisations" />}
      {organisations.isError && (
        <QueryError title="The organisations could not be loaded" error={organisations.error} />
      )}
      {organisations.data && (
        <TableScroll label="The partner organisations">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">
              The partner organisations
            </caption>
            <TableHead headings={['Name', 'Kind', { text: 'People', numeric: true }]} />
            <tbody className="govuk-table__body">
              {organisations.data.organisations.map((organisation) => (
                <tr className="govuk-table__row" key={organisation.id}>
                  <th scope="row" className="govuk-table__header">
                    {organisation.name}
                  </th>
                  <td className="govuk-table__cell">{ORGANISATION_KIND_WORDS[organisation.kind]}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{organisation.peopleCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <AddOrganisationForm />
    </>
  );
}
