import { formatMonth, type Person, type UpdateRequestSummary } from '@ragboard/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ItemNotFound } from '../../components/item-not-found';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { SummaryList, SummaryRow } from '../../components/summary-list';
import { TableHead } from '../../components/table-head';
import { TableScroll } from '../../components/table-scroll';
import { formatDate } from '../../lib/format-date';
import { paths } from '../../lib/paths';
import { usePeople } from '../../lib/queries/get-people';
import { personKeys } from '../../lib/queries/person-keys';
import { useRevokeUpdateRequests } from '../../lib/queries/round-reminders';
import { useUpdateRequests } from './api/get-update-requests';

const EMAIL_WORDS = {
  queued: 'Waiting to send',
  sent: 'Sent',
  failed: 'Failed',
  not_sent: 'Not sent: no mail server',
};

function linkState(request: UpdateRequestSummary): string {
  if (request.state === 'revoked')
    return request.revokedAt ? `Withdrawn ${formatDate(request.revokedAt.slice(0, 10))}` : 'Withdrawn';
  if (request.state === 'expired') return 'Expired';
  // It expires at the start of the day after its last one.
  const lastDay = new Date(Date.parse(request.expiresAt) - 1).toISOString().slice(0, 10);
  return `Works until ${formatDate(lastDay)}`;
}

function UpdateRequests({ person }: { person: Person }) {
  const requests = useUpdateRequests(person.id);
  const revoke = useRevokeUpdateRequests();
  const queryClient = useQueryClient();
  if (requests.isPending) return <Loading what="the update requests" />;
  if (requests.isError)
    return <QueryError title="The update requests could not be loaded" error={requests.error} />;
  if (requests.data.requests.length === 0)
    return <p className="govuk-body">No update request has been emailed to {person.name} yet.</p>;
  return (
    <>
      {revoke.error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {revoke.error.message}
        </p>
      )}
      <TableScroll label="Update requests">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Update requests</caption>
          <TableHead
            headings={[
              'Month',
              'Plan',
              'Emailed',
              'Email',
              'Link',
              'Updates given',
              { text: 'Withdraw', visuallyHidden: true },
            ]}
          />
          <tbody className="govuk-table__body">
            {requests.data.requests.map((r) => (
              <tr className="govuk-table__row" key={r.id}>
                <th scope="row" className="govuk-table__header">
                  {formatMonth(r.period)}
                </th>
                <td className="govuk-table__cell">{r.plan.title}</td>
                <td className="govuk-table__cell">{formatDate(r.createdAt.slice(0, 10))}</td>
                <td className="govuk-table__cell">{r.emailState ? EMAIL_WORDS[r.emailState] : 'None'}</td>
                <td className="govuk-table__cell">{linkState(r)}</td>
                <td className="govuk-table__cell">{r.updates}</td>
                <td className="govuk-table__cell">
                  {r.state === 'active' && (
                    <button
                      type="button"
                      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                      disabled={revoke.isPending}
                      onClick={() =>
                        revoke.mutate(
                          { planId: r.plan.id, month: r.period, personId: person.id },
                          {
                            onSuccess: () =>
                              queryClient.invalidateQueries({
                                queryKey: personKeys.updateRequests(person.id),
                              }),
                          },
                        )
                      }
                    >
                      Withdraw<span className="govuk-visually-hidden"> the {formatMonth(r.period)} link</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

/** A person as the manager keeps them: how they are reached, and the links emailed to them. */
export default function PersonPage() {
  const { personId = '' } = useParams();
  const people = usePeople();
  if (people.isPending) return <Loading what="the person" />;
  if (people.isError) return <QueryError title="The person could not be shown" error={people.error} />;
  const person = people.data.people.find((p) => p.id === personId);
  if (!person) return <ItemNotFound what="person" back={{ to: paths.people(), label: 'Back to people' }} />;
  return (
    <>
      <title>{`${person.name} – ragboard`}</title>
      <Link to={paths.people()} className="govuk-back-link">
        Back to people
      </Link>
      <h1 className="govuk-heading-l">{person.name}</h1>
      <SummaryList>
        <SummaryRow label="Role">{person.role ?? 'None'}</SummaryRow>
        <SummaryRow label="Organisation">{person.organisation ?? 'None'}</SummaryRow>
        <SummaryRow label="Email">
          {person.email ?? person.accountEmail ?? 'None: cannot be reminded'}
        </SummaryRow>
        <SummaryRow label="Account">
          {person.accountEmail ? `Yes (${person.accountEmail})` : 'No: gives updates by emailed link'}
        </SummaryRow>
        <SummaryRow label="Leads">
          {person.actionCount} actions, {person.outcomeCount} outcomes
        </SummaryRow>
      </SummaryList>
      <p className="govuk-body">
        <Link to={paths.personEdit(person.id)} className="govuk-link">
          Edit<span className="govuk-visually-hidden"> {person.name}</span>
        </Link>
      </p>
      <UpdateRequests person={person} />
    </>
  );
}
