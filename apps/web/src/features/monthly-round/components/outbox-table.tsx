import type { OutboxMessage } from '@ragboard/shared';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { Loading } from '../../../components/loading';
import { QueryError } from '../../../components/query-error';
import { SummaryList, SummaryRow } from '../../../components/summary-list';
import { WarningText } from '../../../components/warning-text';
import { formatDayTime } from '../../../lib/format-date';
import { OUTBOX_STATE_WORDS } from '../../../lib/round-words';
import { useRights } from '../../../lib/use-rights';

/**
 * "Copy this lead's link", for the manager: by the Clipboard API where the browser allows it, and
 * always in a read-only box to select, should it not.
 */
function CopyLink({ name, link }: { name: string; link: string }) {
  const id = useId();
  const box = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      setCopied('no');
      box.current?.focus();
      box.current?.select();
    }
  }
  return (
    <div className="govuk-!-margin-top-4">
      <WarningText>
        This link is personal to {name}: whoever has it can give their updates. Send it only to them.
      </WarningText>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor={id}>
          {name}’s link
        </label>
        <input
          ref={box}
          className="govuk-input"
          id={id}
          type="text"
          readOnly
          value={link}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={copy}>
        Copy this lead’s link<span className="govuk-visually-hidden"> ({name})</span>
      </button>
      <p className="govuk-body-s" role="status">
        {copied === 'yes' && 'Link copied.'}
        {copied === 'no' &&
          'This browser did not let ragboard copy it: the link is selected in the box above, copy it from there.'}
      </p>
    </div>
  );
}

function Message({ message, mayCopy }: { message: OutboxMessage; mayCopy: boolean }) {
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">
          {message.toName}: {message.subject}
        </h3>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList>
          <SummaryRow label="To">{message.toAddress}</SummaryRow>
          {message.cc.length > 0 && (
            <SummaryRow label="Copied to">
              {message.cc.map((c) => `${c.name} (${c.address})`).join(', ')}
            </SummaryRow>
          )}
          <SummaryRow label="State">
            {OUTBOX_STATE_WORDS[message.state]}
            {message.error && <span className="govuk-body-s govuk-!-display-block">{message.error}</span>}
          </SummaryRow>
          <SummaryRow label="Written">{formatDayTime(message.createdAt)}</SummaryRow>
        </SummaryList>
        <details className="govuk-details govuk-!-margin-bottom-0">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              Read the email<span className="govuk-visually-hidden"> to {message.toName}</span>
            </span>
          </summary>
          <div className="govuk-details__text app-email-text">{message.body}</div>
        </details>
        {mayCopy && message.link && <CopyLink name={message.toName} link={message.link} />}
      </div>
    </div>
  );
}

/** The period's emails: to whom, about what, whether they went, and each one's words. */
export function OutboxTable({
  outbox,
}: {
  outbox: UseQueryResult<{ messages: OutboxMessage[]; mailConfigured: boolean }>;
}) {
  const rights = useRights();
  // Asked for only when opened: until then there is nothing to say.
  if (outbox.isPending) return outbox.isFetching ? <Loading what="the emails" /> : null;
  if (outbox.isError) return <QueryError title="The emails could not be loaded" error={outbox.error} />;
  const { messages, mailConfigured } = outbox.data;
  return (
    <>
      {!mailConfigured && (
        <div className="govuk-inset-text">
          No mail server is configured, so these emails are kept here and not sent.
          {rights.manage &&
            ' To reach a lead now, copy their link below and send it to them yourself, by Teams or your own email.'}
        </div>
      )}
      {messages.length === 0 ? (
        <p className="govuk-body">No emails for this month yet.</p>
      ) : (
        messages.map((message) => <Message key={message.id} message={message} mayCopy={rights.manage} />)
      )}
    </>
  );
}
