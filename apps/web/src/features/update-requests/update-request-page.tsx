import {
  type Contact,
  formatMonth,
  type Month,
  UPDATE_REQUEST_REFUSAL_WORDS,
  type UpdateRequestRefusalDetails,
  updateRequestRefusalSchema,
} from '@ragboard/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { UpdateSheetForm } from '../../components/status-update/update-sheet-form';
import { ApiError } from '../../lib/api-client';
import { formatDate } from '../../lib/format-date';
import { linkKeys, saveUpdateRequestUpdates, updateRequestKeys, updateRequestSheetQueryOptions } from './api';
import { LinkChallenges } from './link-challenges';
import { LinkEvidence } from './link-evidence';

function ContactLine({ contact }: { contact: Contact | null }) {
  if (!contact) return <p className="govuk-body">Contact your partnership manager for help.</p>;
  return (
    <p className="govuk-body">
      If you need to give an update, contact {contact.name}
      {contact.email ? (
        <>
          {' '}
          at <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </>
      ) : null}
      .
    </p>
  );
}

/** A GOV.UK page saying why the link does not work and who to contact: never a form. */
function Refused({ refusal }: { refusal: UpdateRequestRefusalDetails }) {
  const words = UPDATE_REQUEST_REFUSAL_WORDS[refusal.reason];
  return (
    <>
      <title>{`${words.title} – ragboard`}</title>
      <h1 className="govuk-heading-l">{words.title}</h1>
      {refusal.planTitle && refusal.period && (
        <p className="govuk-body">
          It was for your {formatMonth(refusal.period)} update to {refusal.planTitle}.
        </p>
      )}
      <p className="govuk-body">{words.body}</p>
      <ContactLine contact={refusal.contact} />
    </>
  );
}

const heading = (period: Month | undefined) =>
  period ? `Your ${formatMonth(period)} update` : 'Your update';

const refusalOf = (error: Error | null) =>
  error instanceof ApiError && error.status === 401
    ? (updateRequestRefusalSchema.safeParse(error.details).data ?? null)
    : null;

/** A lead's personal link from a reminder: their month on one page, without signing in. */
export default function UpdateRequestPage() {
  const { token = '' } = useParams();
  const queryClient = useQueryClient();
  const key = updateRequestKeys.sheet(token);
  const sheet = useQuery(updateRequestSheetQueryOptions(token));
  const refusal = refusalOf(sheet.error);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {sheet.isPending && <Loading what="your actions" />}
        {refusal && <Refused refusal={refusal} />}
        {sheet.isError && !refusal && (
          <>
            <title>Sorry, there is a problem with the service – ragboard</title>
            <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
            <QueryError title="Your actions could not be loaded" error={sheet.error} />
          </>
        )}
        {sheet.data && (
          <>
            <title>{`${heading(sheet.data.sections[0]?.period)} – ragboard`}</title>
            <span className="govuk-caption-l">{sheet.data.person.name}</span>
            <h1 className="govuk-heading-xl">{heading(sheet.data.sections[0]?.period)}</h1>
            <p className="govuk-body">
              This page is personal to you: please do not forward the link. It works until{' '}
              {formatDate(sheet.data.openUntil)}, and you can come back to correct an update until then.
            </p>
            {sheet.data.sections.every((s) => s.items.length === 0) ? (
              <p className="govuk-body">No action of yours is due an update this month. Thank you.</p>
            ) : (
              <UpdateSheetForm
                sections={sheet.data.sections}
                save={(updates) => saveUpdateRequestUpdates(token, updates)}
                onSaved={() =>
                  Promise.all([
                    queryClient.invalidateQueries({ queryKey: key, exact: true }),
                    queryClient.invalidateQueries({ queryKey: linkKeys.files(token) }),
                  ])
                }
              />
            )}
            {sheet.data.sections.some((s) => s.items.length > 0) && (
              <LinkEvidence token={token} items={sheet.data.sections.flatMap((s) => s.items)} />
            )}
            <LinkChallenges token={token} />
            <ContactLine contact={sheet.data.contact} />
          </>
        )}
      </div>
    </div>
  );
}
