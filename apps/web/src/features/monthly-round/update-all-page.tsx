import type { StatusUpdateBatchReply } from '@ragboard/shared';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { UpdateSheetForm } from '../../components/status-update/update-sheet-form';
import { paths } from '../../lib/paths';
import { invalidatePlan } from '../../lib/queries/invalidate-plan';
import { useRights } from '../../lib/use-rights';
import { saveMyUpdates, useMyUpdateSheet } from './api/my-update-sheet';
import { CannotGiveUpdates } from './components/cannot-give-updates';

/** The updates may be to actions of several plans: each of them is fetched again. */
function afterSaving(queryClient: QueryClient, reply: StatusUpdateBatchReply) {
  const planIds = new Set(reply.results.map((result) => result.action.planId));
  return Promise.all([...planIds].map((planId) => invalidatePlan(queryClient, planId)));
}

/** The signed-in lead's whole month on one page: every action due an update, saved together. */
export default function UpdateAllPage() {
  const rights = useRights();
  if (!rights.manage && !rights.lead) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <title>You cannot give updates – ragboard</title>
          <CannotGiveUpdates />
        </div>
      </div>
    );
  }
  return <UpdateAll />;
}

function UpdateAll() {
  const sheet = useMyUpdateSheet();
  const queryClient = useQueryClient();
  const due = sheet.data?.sections.reduce((n, s) => n + s.items.length, 0) ?? 0;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>Update all due actions – ragboard</title>
        <Link to={paths.myActions()} className="govuk-back-link">
          Back to my actions
        </Link>
        <h1 className="govuk-heading-xl">Update all due actions</h1>
        {sheet.isPending && <Loading what="your actions" />}
        {sheet.isError && <QueryError title="Your actions could not be loaded" error={sheet.error} />}
        {sheet.data &&
          (due === 0 ? (
            <p className="govuk-body">No action of yours is due an update this month.</p>
          ) : (
            <UpdateSheetForm
              sections={sheet.data.sections}
              save={saveMyUpdates}
              onSaved={(reply) => afterSaving(queryClient, reply)}
            />
          ))}
      </div>
    </div>
  );
}
