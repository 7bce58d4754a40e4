import { ROLE_NAMES, type User } from '@ragboard/shared';
import { Link } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { useCurrentSession } from '../../components/require-session';
import { TableHead } from '../../components/table-head';
import { TableScroll } from '../../components/table-scroll';
import { paths } from '../../lib/paths';
import { useAccounts } from './api/get-accounts';
import { useUpdateAccount } from './api/update-account';

function ActiveToggle({ user, isSelf }: { user: User; isSelf: boolean }) {
  const update = useUpdateAccount();
  if (isSelf) return null;
  const label = user.active ? 'Deactivate' : 'Reactivate';
  return (
    <>
      <button
        type="button"
        className={`govuk-button govuk-!-margin-bottom-0 ${user.active ? 'govuk-button--warning' : 'govuk-button--secondary'}`}
        disabled={update.isPending}
        onClick={() => update.mutate({ user, changes: { active: !user.active } })}
      >
        {label}
        <span className="govuk-visually-hidden"> {user.displayName}</span>
      </button>
      {update.error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {update.error.message}
        </p>
      )}
    </>
  );
}

export default function AccountsPage() {
  const accounts = useAccounts();
  const { user: me } = useCurrentSession();
  return (
    <>
      <title>Accounts – ragboard</title>
      <h1 className="govuk-heading-l">Accounts</h1>
      <p className="govuk-body">
        Who can sign in, and what they can do. Deactivating an account signs it out at once.
      </p>
      <div className="govuk-button-group">
        <Link to={paths.newAccount()} className="govuk-button" role="button" draggable="false">
          Create an account
        </Link>
        <Link to={paths.apiTokens()} className="govuk-link">
          API tokens for Power BI and Excel
        </Link>
      </div>
      {accounts.isPending && <Loading what="accounts" />}
      {accounts.isError && <QueryError title="The accounts could not be loaded" error={accounts.error} />}
      {accounts.data && (
        <TableScroll label="Every account">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Every account</caption>
            <TableHead
              headings={['Name', 'Email', 'Role', 'Status', { text: 'Actions', visuallyHidden: true }]}
            />
            <tbody className="govuk-table__body">
              {accounts.data.users.map((user) => (
                <tr className="govuk-table__row" key={user.id}>
                  <th scope="row" className="govuk-table__header">
                    {user.displayName}
                  </th>
                  <td className="govuk-table__cell">{user.email}</td>
                  <td className="govuk-table__cell">{ROLE_NAMES[user.role]}</td>
                  <td className="govuk-table__cell">
                    <strong className={`govuk-tag ${user.active ? 'govuk-tag--green' : 'govuk-tag--grey'}`}>
                      {user.active ? 'Active' : 'Deactivated'}
                    </strong>
                  </td>
                  <td className="govuk-table__cell">
                    <Link to={paths.accountEdit(user.id)} className="govuk-link govuk-!-margin-right-3">
                      Change role or password
                      <span className="govuk-visually-hidden"> for {user.displayName}</span>
                    </Link>
                    <ActiveToggle user={user} isSelf={user.id === me.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
