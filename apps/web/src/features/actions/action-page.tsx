import {
  type Action,
  carriedFromWords,
  carriedToWords,
  formatMonth,
  newDateSourceWords,
  STATUS_DEFINITIONS,
} from '@ragboard/shared';
import { Link, useParams } from 'react-router';
import { LatenessTag } from '../../components/action-dates';
import { ActionChallenges } from '../../components/challenges/action-challenges';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { StatusTag } from '../../components/status-tag';
import { StatusUpdateForm } from '../../components/status-update/status-update-form';
import { ImportantBanner } from '../../components/success-banner';
import { SummaryList, SummaryRow } from '../../components/summary-list';
import { TextWithBullets } from '../../components/text-with-bullets';
import { formatDate } from '../../lib/format-date';
import { paths } from '../../lib/paths';
import { useAction } from '../../lib/queries/get-action';
import { usePlan } from '../../lib/queries/get-plan';
import { useRights } from '../../lib/use-rights';
import { ActionComments } from './components/action-comments';
import { ActionHistory } from './components/action-history';
import { EarlierHistorySection } from './components/earlier-history';

/** The titles of the action's priority and outcome, once the plan (usually cached) has loaded. */
function usePlace(action: Action) {
  const plan = usePlan(action.planId).data;
  const priority = plan?.priorities.find((p) => p.id === action.priority.id);
  const outcome = priority?.outcomes.find((o) => o.id === action.outcome.id);
  return { plan, priorityTitle: priority?.title, outcomeTitle: outcome?.title };
}

function ActionContent({ action, canEdit }: { action: Action; canEdit: boolean }) {
  const { plan, priorityTitle, outcomeTitle } = usePlace(action);
  const inPriority = paths.plan(action.planId, { priority: action.priority.id });
  return (
    <>
      <title>{`Action ${action.ref} – ragboard`}</title>
      <Link to={paths.plan(action.planId)} className="govuk-back-link">
        Back to {plan?.title ?? 'the plan'}
      </Link>
      <span className="govuk-caption-l">Priority {action.priority.ref}</span>
      <h1 className="govuk-heading-l">Action {action.ref}</h1>
      <TextWithBullets text={action.title} />
      <CarriedNotices action={action} />
      {canEdit && (
        <div className="govuk-button-group">
          <Link to={paths.actionEdit(action.id)} className="govuk-button govuk-button--secondary">
            Edit<span className="govuk-visually-hidden"> action {action.ref}</span>
          </Link>
          <Link to={paths.actionRemove(action.id)} className="govuk-link">
            Delete or archive<span className="govuk-visually-hidden"> action {action.ref}</span>
          </Link>
        </div>
      )}
      <SummaryList>
        <SummaryRow label="Status">
          <StatusTag status={action.status} /> {STATUS_DEFINITIONS[action.status].meaning}
          {action.awaitingSignOff && <p className="govuk-body govuk-!-margin-top-2">Awaiting sign-off</p>}
        </SummaryRow>
        <SummaryRow label="Original due date">
          {action.dueMonth ? formatMonth(action.dueMonth) : (action.dueText ?? 'No due date')}
          {action.pastOriginalDate && !action.newDate && !action.carriedForward && (
            <>
              {' '}
              <LatenessTag position={action} />
            </>
          )}
        </SummaryRow>
        <NewDateRow action={action} canEdit={canEdit && plan?.state !== 'closed'} />
        <SummaryRow label={action.leads.length === 1 ? 'Lead' : 'Leads'}>
          <ul className="govuk-list govuk-!-margin-bottom-0">
            {action.leads.map((lead) => (
              <li key={lead.id}>
                {lead.name}
                {lead.organisation && `, ${lead.organisation}`}
              </li>
            ))}
          </ul>
        </SummaryRow>
        <SummaryRow label="Outcome">
          <Link to={inPriority} className="govuk-link">
            Outcome {action.outcome.ref}
          </Link>
          {outcomeTitle && <TextWithBullets text={outcomeTitle} flush />}
        </SummaryRow>
        <SummaryRow label="Priority">
          <Link to={inPriority} className="govuk-link">
            Priority {action.priority.ref}
            {priorityTitle && `: ${priorityTitle}`}
          </Link>
        </SummaryRow>
      </SummaryList>
      <PublicSummaryLink action={action} />
      <ActionChallenges action={action} />
      <RecordUpdate action={action} period={action.currentPeriod} />
      <HistorySection action={action} />
      <EarlierHistorySection actionId={action.id} carried={action.carriedFrom !== null} />
      <ActionComments actionId={action.id} />
    </>
  );
}

/** The new completion date in force, where it came from, and whether it has passed; the manager may change it. */
function NewDateRow({ action, canEdit }: { action: Action; canEdit: boolean }) {
  const change = canEdit && !action.archivedAt && action.status !== 'Blue' && (
    <Link to={paths.actionNewDate(action.id)} className="govuk-link">
      Change<span className="govuk-visually-hidden"> the new completion date</span>
    </Link>
  );
  return (
    <SummaryRow label="New completion date" actions={change || undefined}>
      {action.newDate ? (
        <>
          {formatDate(action.newDate.date)}
          {action.pastNewDate && (
            <>
              {' '}
              <LatenessTag position={action} />
            </>
          )}
          <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
            {upperFirst(newDateSourceWords(action.newDate, action.carriedFrom))}
          </p>
        </>
      ) : (
        'None agreed'
      )}
    </SummaryRow>
  );
}

const upperFirst = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** Where the action came from in the previous plan, and where the next plan continues it. */
function CarriedNotices({ action }: { action: Action }) {
  return (
    <>
      {action.carriedFrom && (
        <div className="govuk-inset-text">
          <Link to={paths.action(action.carriedFrom.actionId)} className="govuk-link">
            {carriedFromWords(action.carriedFrom)}
          </Link>
        </div>
      )}
      {action.carriedTo && (
        <ImportantBanner
          id="carried-to"
          heading={
            <Link to={paths.action(action.carriedTo.actionId)} className="govuk-notification-banner__link">
              {carriedToWords(action.carriedTo)}
            </Link>
          }
        >
          <p className="govuk-body">The work on this action continues there.</p>
        </ImportantBanner>
      )}
    </>
  );
}

/** The action's leads and the manager update it and write its summary for the public page, as the API decides. */
function useMayUpdate(action: Action): boolean {
  return useRights().action(action).update;
}

function PublicSummaryLink({ action }: { action: Action }) {
  if (!useMayUpdate(action) || action.archivedAt) return null;
  return (
    <p className="govuk-body">
      <Link to={paths.actionPublicSummary(action.id)} className="govuk-link">
        Summary for the public page
      </Link>
    </p>
  );
}

/**
 * The history, where those who may update the action attach evidence to its latest update and
 * remove files they attached by mistake (the manager, any file).
 */
function HistorySection({ action }: { action: Action }) {
  const rights = useRights();
  const mayUpdate = rights.action(action).update;
  return (
    <ActionHistory
      actionId={action.id}
      mayAttach={mayUpdate && !action.archivedAt}
      canPublish={rights.manage}
      mayRemove={(file) => rights.removeFile(file, mayUpdate)}
    />
  );
}

/** The month's update, for the action's leads and the manager (a delivery-group lead uses My actions). */
function RecordUpdate({ action, period }: { action: Action; period: string | null }) {
  const mayUpdate = useMayUpdate(action);
  if (!mayUpdate || !period || action.archivedAt) return null;
  return (
    <section aria-labelledby="record-update">
      <h2 className="govuk-heading-m" id="record-update">
        Update for {formatMonth(period)}
      </h2>
      <StatusUpdateForm action={action} period={period} />
    </section>
  );
}

export default function ActionPage() {
  const { actionId = '' } = useParams();
  const action = useAction(actionId);
  const canEdit = useRights().manage;
  if (action.isPending) return <Loading what="the action" />;
  if (action.isError) {
    return (
      <>
        <title>Action not available – ragboard</title>
        <QueryError title="The action could not be shown" error={action.error} />
        <h1 className="govuk-heading-l">Action not available</h1>
      </>
    );
  }
  return <ActionContent action={action.data} canEdit={canEdit} />;
}
