import { formatMonth, type Month, type RoundLead, type RoundReminders } from '@ragboard/shared';
import { useRef, useState } from 'react';
import { TableHead } from '../../../components/table-head';
import { TableScroll } from '../../../components/table-scroll';
import { formatDayTime } from '../../../lib/format-date';
import { useRevokeUpdateRequests } from '../../../lib/queries/round-reminders';
import { countOf } from '../../../lib/round-words';
import { useSendNewLink } from '../api/send-new-link';
import { ReminderPreview } from './reminder-preview';

const LINK_WORDS: Record<NonNullable<RoundLead['link']>['state'], string> = {
  active: 'Live',
  revoked: 'Withdrawn',
  expired: 'Expired',
};

/** "Opened 21 November 2026 at 10:30", or the first and last time when they differ to the minute. */
function openedWords(first: string, last: string) {
  const [from, to] = [formatDayTime(first), formatDayTime(last)];
  return from === to ? `Opened ${to}` : `First opened ${from}, last opened ${to}`;
}

/** Their latest link for the month: whether it works, and whether (and when) it was opened. */
function LinkCell({ link }: { link: RoundLead['link'] }) {
  if (!link) return <>No link sent</>;
  return (
    <>
      {LINK_WORDS[link.state]}
      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
        {link.firstOpenedAt && link.lastOpenedAt
          ? openedWords(link.firstOpenedAt, link.lastOpenedAt)
          : 'Not opened'}
      </span>
    </>
  );
}

type Outcome =
  | { kind: 'reminded' | 'new-link'; name: string; withdrawn?: number }
  | { kind: 'withdrawn'; count: number };

function OutcomeNote({ outcome }: { outcome: Outcome }) {
  const words =
    outcome.kind === 'withdrawn'
      ? `${countOf(outcome.count, 'link')} withdrawn.`
      : outcome.kind === 'reminded'
        ? `Reminder to ${outcome.name} written: see the emails below.`
        : `New link sent to ${outcome.name}${outcome.withdrawn ? ': the old one no longer works' : ''}. See the emails below.`;
  return (
    <p className="govuk-body" role="status">
      {words}
    </p>
  );
}

/**
 * Each lead with actions due in the month: what they have given, when they were last reminded,
 * their link, and chasing just them (remind now after a preview, a new link, withdraw a live one).
 */
export function RoundLeadsTable({
  planId,
  period,
  reminders,
}: {
  planId: string;
  period: Month;
  reminders: RoundReminders;
}) {
  const revoke = useRevokeUpdateRequests();
  const newLink = useSendNewLink();
  const [previewing, setPreviewing] = useState<string | null>(null);
  // Where the keyboard was before the preview: it goes back there once the preview closes.
  const opener = useRef<HTMLButtonElement | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const month = formatMonth(period);
  const busy = revoke.isPending || newLink.isPending;
  const error = revoke.error ?? newLink.error;
  return (
    <>
      {outcome && <OutcomeNote outcome={outcome} />}
      {error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error.message}
        </p>
      )}
      <TableScroll label={`Leads with actions due an update in ${month}`}>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            Leads with actions due an update in {month}
          </caption>
          <TableHead
            headings={['Lead', 'Given', 'Last reminded', 'Link', { text: 'Chase', visuallyHidden: true }]}
          />
          <tbody className="govuk-table__body">
            {reminders.leads.map((lead) => {
              const canRemind = lead.missing > 0 && (reminders.takesUpdates || lead.hasAccount);
              return (
                <tr className="govuk-table__row" key={lead.personId}>
                  <th scope="row" className="govuk-table__header">
                    {lead.name}
                    {lead.hasAccount ? '' : ' (no account: reminded by link)'}
                    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                      {lead.email ?? (
                        <strong className="govuk-tag govuk-tag--red">Cannot be reminded: no email</strong>
                      )}
                    </span>
                  </th>
                  <td className="govuk-table__cell">
                    {lead.due - lead.missing} of {countOf(lead.due, 'update')}
                  </td>
                  <td className="govuk-table__cell">
                    {lead.lastRemindedAt ? formatDayTime(lead.lastRemindedAt) : 'Not reminded'}
                  </td>
                  <td className="govuk-table__cell">
                    <LinkCell link={lead.link} />
                  </td>
                  <td className="govuk-table__cell">
                    {lead.email && (
                      <div className="govuk-button-group govuk-!-margin-bottom-0">
                        {canRemind && (
                          <button
                            type="button"
                            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1"
                            disabled={busy}
                            aria-expanded={previewing === lead.personId}
                            onClick={(event) => {
                              opener.current = event.currentTarget;
                              setOutcome(null);
                              setPreviewing(lead.personId);
                            }}
                          >
                            Remind now<span className="govuk-visually-hidden"> ({lead.name})</span>
                          </button>
                        )}
                        {reminders.takesUpdates && (
                          <button
                            type="button"
                            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1"
                            disabled={busy}
                            onClick={() =>
                              newLink.mutate(
                                { planId, month: period, personId: lead.personId },
                                {
                                  onSuccess: (reply) =>
                                    setOutcome({
                                      kind: 'new-link',
                                      name: lead.name,
                                      withdrawn: reply.withdrawn,
                                    }),
                                },
                              )
                            }
                          >
                            Send a new link<span className="govuk-visually-hidden"> to {lead.name}</span>
                          </button>
                        )}
                        {lead.link?.state === 'active' && (
                          <button
                            type="button"
                            className="govuk-button govuk-button--warning govuk-!-margin-bottom-1"
                            disabled={busy}
                            onClick={() =>
                              revoke.mutate(
                                { planId, month: period, personId: lead.personId },
                                {
                                  onSuccess: (reply) =>
                                    setOutcome({ kind: 'withdrawn', count: reply.revoked }),
                                },
                              )
                            }
                          >
                            Withdraw link<span className="govuk-visually-hidden"> of {lead.name}</span>
                          </button>
                        )}
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {previewing && (
        <ReminderPreview
          key={previewing}
          planId={planId}
          period={period}
          personId={previewing}
          onDone={(result) => {
            setPreviewing(null);
            if (result) setOutcome({ kind: 'reminded', name: result.name });
            if (opener.current?.isConnected) opener.current.focus();
          }}
        />
      )}
      {reminders.activeLinks > 0 && (
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          disabled={busy}
          onClick={() =>
            revoke.mutate(
              { planId, month: period },
              { onSuccess: (reply) => setOutcome({ kind: 'withdrawn', count: reply.revoked }) },
            )
          }
        >
          Withdraw all {countOf(reminders.activeLinks, 'live link')} for {month}
        </button>
      )}
    </>
  );
}
