import { type Attachment, formatMonth, type RemovedFile, type StatusUpdate } from '@ragboard/shared';
import { InlineError } from '../../../components/inline-error';
import { Loading } from '../../../components/loading';
import { StatusTag } from '../../../components/status-tag';
import { TextWithBullets } from '../../../components/text-with-bullets';
import { formatDate } from '../../../lib/format-date';
import { useActionAttachments } from '../api/attachments';
import { useActionHistory } from '../api/get-action-history';
import { AttachEvidence, EvidenceList } from './update-evidence';

const day = (dateTime: string) => formatDate(dateTime.slice(0, 10));

function HistoryEntry({
  update,
  files,
  removed,
  mayAttach,
  canPublish,
  mayRemove,
  actionId,
}: {
  update: StatusUpdate;
  files: readonly Attachment[];
  removed: readonly RemovedFile[];
  mayAttach: boolean;
  canPublish: boolean;
  mayRemove: (file: Attachment) => boolean;
  actionId: string;
}) {
  return (
    <li className="app-timeline__item">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
        {formatMonth(update.period)} <StatusTag status={update.status} withHiddenLabel />
        {update.superseded && (
          <strong className="govuk-tag govuk-tag--grey govuk-!-margin-left-2">Superseded</strong>
        )}
      </h3>
      {update.note ? (
        <TextWithBullets text={update.note} />
      ) : (
        <p className="govuk-body govuk-hint">No note.</p>
      )}
      {update.revisedDue && (
        <p className="govuk-body">New completion date: {formatDate(update.revisedDue)}</p>
      )}
      <p className="govuk-body-s">
        {update.author ? `By ${update.author} on ` : 'On '}
        {day(update.createdAt)}
      </p>
      {update.signOff && (
        <p className="govuk-body-s">
          Signed off by {update.signOff.by} on {day(update.signOff.at)}
          {update.signOff.note ? `: ${update.signOff.note}` : ''}
        </p>
      )}
      {update.rejection && (
        <p className="govuk-body-s">
          Not signed off by {update.rejection.by} on {day(update.rejection.at)}: {update.rejection.reason}
        </p>
      )}
      <EvidenceList
        files={files}
        removed={removed}
        actionId={actionId}
        canPublish={canPublish}
        mayRemove={mayRemove}
      />
      {mayAttach && (
        <AttachEvidence actionId={actionId} updateId={update.id} month={formatMonth(update.period)} />
      )}
    </li>
  );
}

/**
 * The action's updates, newest first, each with its evidence; those who may update the action
 * attach files to the latest, and remove files they attached by mistake. A failure here leaves
 * the rest of the page standing.
 */
export function ActionHistory({
  actionId,
  mayAttach,
  canPublish,
  mayRemove,
}: {
  actionId: string;
  mayAttach: boolean;
  /** The manager, who chooses which files go on the public page. */
  canPublish: boolean;
  /** Whether the signed-in user may remove this file (the API has the last word). */
  mayRemove: (file: Attachment) => boolean;
}) {
  const history = useActionHistory(actionId);
  const attachments = useActionAttachments(actionId);
  const filesOf = (updateId: string) =>
    attachments.data?.attachments.filter((file) => file.statusUpdateId === updateId) ?? [];
  const removedFrom = (updateId: string) =>
    attachments.data?.removed.filter((file) => file.statusUpdateId === updateId) ?? [];
  return (
    <section aria-labelledby="history-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="history-heading">
        History
      </h2>
      {history.isPending && <Loading what="the history" />}
      {attachments.isError && (
        <InlineError message={`The evidence could not be loaded. ${attachments.error.message}`} />
      )}
      {history.isError && (
        <InlineError message={`The history could not be loaded. ${history.error.message}`} />
      )}
      {history.data?.updates.length === 0 && <p className="govuk-body">No updates yet.</p>}
      {history.data && history.data.updates.length > 0 && (
        <ol className="govuk-list app-timeline">
          {history.data.updates.map((update, index) => (
            <HistoryEntry
              key={update.id}
              update={update}
              files={filesOf(update.id)}
              removed={removedFrom(update.id)}
              mayAttach={mayAttach && index === 0}
              canPublish={canPublish}
              mayRemove={mayRemove}
              actionId={actionId}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
