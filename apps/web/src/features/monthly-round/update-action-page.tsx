import { type Action, formatMonth } from '@ragboard/shared';
import { Link, useParams } from 'react-router';
import { ActionDates } from '../../components/action-dates';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { StatusTag } from '../../components/status-tag';
import { StatusUpdateForm } from '../../components/status-update/status-update-form';
import { SummaryList, SummaryRow } from '../../components/summary-list';
import { TextWithBullets } from '../../components/text-with-bullets';
import { paths } from '../../lib/paths';
import { useAction } from '../../lib/queries/get-action';
import { useRights } from '../../lib/use-rights';
import { useMyActions } from './api/get-my-actions';
import { CannotGiveUpdates } from './components/cannot-give-updates';
import { NextActionLink } from './components/next-action-link';

function UpdateAction({ action }: { action: Action }) {
  const period = action.currentPeriod;
  // Only for the link onwards: the person's next action still needing this month's word.
  const mine = useMyActions();
  const next = mine.data?.items.find((other) => other.needsUpdate && other.action.id !== action.id) ?? null;
  return (
    <>
      <span className="govuk-caption-l">{period ? `Update for ${formatMonth(period)}` : 'Update'}</span>
      <h1 className="govuk-heading-l">Update action {action.ref}</h1>
      <TextWithBullets text={action.title} />
      <SummaryList>
        <SummaryRow label="Dates">
          <ActionDates position={action} />
        </SummaryRow>
        <SummaryRow label="Current status">
          <StatusTag status={action.status} withHiddenLabel />
          {action.awaitingSignOff && ' A Blue is awaiting sign-off.'}
        </SummaryRow>
        <SummaryRow label="Lead(s)">{action.leads.map((lead) => lead.name).join(', ') || 'None'}</SummaryRow>
      </SummaryList>
      {period ? (
        <StatusUpdateForm action={action} period={period} afterSave={<NextActionLink next={next} />} />
      ) : (
        <p className="govuk-body">No reporting month is open for this plan, so it cannot be updated now.</p>
      )}
    </>
  );
}

export default function UpdateActionPage() {
  const { actionId = '' } = useParams();
  const action = useAction(actionId);
  const rights = useRights();
  const refused = action.data && !rights.action(action.data).update;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>
          {refused
            ? 'You cannot give updates – ragboard'
            : `Update ${action.data?.ref ?? 'action'} – ragboard`}
        </title>
        <Link to={paths.myActions()} className="govuk-back-link">
          Back to my actions
        </Link>
        {action.isPending && <Loading what="the action" />}
        {action.isError && <QueryError title="The action could not be loaded" error={action.error} />}
        {action.data &&
          (rights.action(action.data).update ? (
            <UpdateAction key={action.data.id} action={action.data} />
          ) : (
            <CannotGiveUpdates action={action.data} />
          ))}
      </div>
    </div>
  );
}
