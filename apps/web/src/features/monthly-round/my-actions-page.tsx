import { formatMonth } from '@ragboard/shared';
import { Link } from 'react-router';
import { MyChallengesToAnswer } from '../../components/challenges/challenges-to-answer';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { useCurrentSession } from '../../components/require-session';
import { paths } from '../../lib/paths';
import { countOf, deadlineWords } from '../../lib/round-words';
import { useMyActions } from './api/get-my-actions';
import { MyActionsTable } from './components/my-actions-table';

function MyActionsList() {
  const mine = useMyActions();
  if (mine.isPending) return <Loading what="your actions" />;
  if (mine.isError) return <QueryError title="Your actions could not be loaded" error={mine.error} />;
  const { items } = mine.data;
  if (items.length === 0) return <p className="govuk-body">You have no actions.</p>;
  const current = items.find((item) => item.period) ?? null;
  const period = current?.period ?? null;
  const due = period && current?.deadline ? `, due by ${deadlineWords(current.deadline, period)}` : '';
  const needing = items.filter((item) => item.needsUpdate).length;
  return (
    <>
      <p className="govuk-body-l">
        {period ? `Updates for ${formatMonth(period)}${due}` : 'No reporting month is open.'}
      </p>
      <p className="govuk-body govuk-!-font-weight-bold">
        {needing} of {countOf(items.length, 'action')} still need an update
      </p>
      <MyActionsTable
        items={items}
        caption={period ? `Your actions, ${formatMonth(period)}` : 'Your actions'}
      />
    </>
  );
}

export default function MyActionsPage() {
  const { user } = useCurrentSession();
  return (
    <>
      <title>My actions – ragboard</title>
      <h1 className="govuk-heading-l">My actions</h1>
      {user.personId ? (
        <>
          <p className="govuk-body">
            <Link to={paths.updateAll()} className="govuk-button govuk-!-margin-bottom-0">
              Update all due actions on one page
            </Link>
          </p>
          <MyChallengesToAnswer />
          <MyActionsList />
        </>
      ) : (
        <p className="govuk-body">
          You have no actions: your account is not linked to anyone named in a plan. Ask the partnership
          manager if it should be.
        </p>
      )}
    </>
  );
}
