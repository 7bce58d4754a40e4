import { API_TOKEN_MAX_DAYS, type ApiToken, type ApiTokenCreated } from '@ragboard/shared';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { ErrorSummary, type FieldError } from '../../components/form/error-summary';
import { fieldErrorsFrom } from '../../components/form/field-errors';
import { TextInput } from '../../components/form/text-input';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { TableHead } from '../../components/table-head';
import { TableScroll } from '../../components/table-scroll';
import { formatDay } from '../../lib/format-date';
import { paths } from '../../lib/paths';
import { useCreateApiToken } from './api/create-api-token';
import { useApiTokens } from './api/get-api-tokens';
import { useRevokeApiToken } from './api/revoke-api-token';

/** A token's state in words (never by colour alone). */
function tokenState(token: ApiToken, now: Date): { word: string; tag: string } {
  if (token.revokedAt) return { word: 'Revoked', tag: 'govuk-tag--grey' };
  if (new Date(token.expiresAt) <= now) return { word: 'Expired', tag: 'govuk-tag--grey' };
  return { word: 'Active', tag: 'govuk-tag--green' };
}

/** The new token, shown this once, to be copied into the reporting tool. */
function NewToken({ created }: { created: ApiTokenCreated }) {
  return (
    <div className="govuk-panel govuk-panel--confirmation govuk-!-text-align-left" role="status">
      <h2 className="govuk-panel__title govuk-!-font-size-27">Token made: {created.apiToken.name}</h2>
      <div className="govuk-panel__body govuk-!-font-size-19">
        <p>Copy it now: it is not shown again.</p>
        <label className="govuk-label govuk-!-colour-white" htmlFor="new-token">
          The token
        </label>
        <input
          id="new-token"
          className="govuk-input govuk-!-font-family-monospace"
          readOnly
          value={created.token}
          onFocus={(e) => e.target.select()}
        />
      </div>
    </div>
  );
}

function RevokeButton({ token }: { token: ApiToken }) {
  const revoke = useRevokeApiToken();
  return (
    <>
      <button
        type="button"
        className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
        disabled={revoke.isPending}
        onClick={() => revoke.mutate(token)}
      >
        Revoke<span className="govuk-visually-hidden"> {token.name}</span>
      </button>
      {revoke.error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {revoke.error.message}
        </p>
      )}
    </>
  );
}

/** The manager's read-only tokens for Power BI or Excel: make one, see when each was used, revoke. */
export default function ApiTokensPage() {
  const tokens = useApiTokens();
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);
  const create = useCreateApiToken({ onSuccess: setCreated });
  const [form, setForm] = useState({ name: '', expiresInDays: '90' });
  const [missing, setMissing] = useState<FieldError[]>([]);
  const now = new Date();

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FieldError[] = [];
    if (!form.name.trim()) errors.push({ field: 'name', message: 'Enter a name for the token' });
    const days = Number(form.expiresInDays);
    if (!Number.isInteger(days) || days < 1 || days > API_TOKEN_MAX_DAYS)
      errors.push({
        field: 'expiresInDays',
        message: `Enter a whole number of days from 1 to ${API_TOKEN_MAX_DAYS}`,
      });
    setMissing(errors);
    if (errors.length === 0) {
      setCreated(null);
      create.mutate({ name: form.name.trim(), expiresInDays: days });
    }
  }

  const errors = missing.length > 0 ? missing : fieldErrorsFrom(create.error, 'name');
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <>
      <title>{`${errors.length ? 'Error: ' : ''}API tokens – ragboard`}</title>
      <Link to={paths.accounts()} className="govuk-back-link">
        Back to accounts
      </Link>
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">API tokens</h1>
      <p className="govuk-body">
        A token lets a reporting tool such as Power BI or Excel read the plans, their summaries, KPIs and
        published reports, as a board member does. It never changes anything and never reads accounts, the
        audit or backups. Send it in the <code>Authorization: Bearer</code> header.
      </p>
      {created && <NewToken created={created} />}
      <form onSubmit={submit} noValidate className="govuk-!-margin-bottom-8">
        <h2 className="govuk-heading-m">Make a token</h2>
        <TextInput
          id="name"
          label="Name"
          hint="What it is for, such as ‘Power BI board dashboard’"
          autoComplete="off"
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
          error={errorFor('name')}
        />
        <TextInput
          id="expiresInDays"
          label="Lasts for (days)"
          hint={`From 1 to ${API_TOKEN_MAX_DAYS} days`}
          inputMode="numeric"
          width="4"
          suffix="days"
          value={form.expiresInDays}
          onChange={(e) => setForm({ ...form, expiresInDays: e.target.value })}
          error={errorFor('expiresInDays')}
        />
        <button type="submit" className="govuk-button" disabled={create.isPending}>
          Make the token
        </button>
      </form>
      {tokens.isPending && <Loading what="the tokens" />}
      {tokens.isError && <QueryError title="The tokens could not be loaded" error={tokens.error} />}
      {tokens.data && tokens.data.tokens.length === 0 && (
        <p className="govuk-body">There are no tokens yet.</p>
      )}
      {tokens.data && tokens.data.tokens.length > 0 && (
        <TableScroll label="Every token">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Every token</caption>
            <TableHead
              headings={[
                'Name',
                'Made',
                'Expires',
                'Last used',
                'Status',
                { text: 'Actions', visuallyHidden: true },
              ]}
            />
            <tbody className="govuk-table__body">
              {tokens.data.tokens.map((token) => {
                const state = tokenState(token, now);
                return (
                  <tr className="govuk-table__row" key={token.id}>
                    <th scope="row" className="govuk-table__header">
                      {token.name}
                    </th>
                    <td className="govuk-table__cell">
                      {formatDay(token.createdAt)}
                      {token.createdBy && ` by ${token.createdBy}`}
                    </td>
                    <td className="govuk-table__cell">{formatDay(token.expiresAt)}</td>
                    <td className="govuk-table__cell">
                      {token.lastUsedAt ? formatDay(token.lastUsedAt) : 'Never'}
                    </td>
                    <td className="govuk-table__cell">
                      <strong className={`govuk-tag ${state.tag}`}>{state.word}</strong>
                    </td>
                    <td className="govuk-table__cell">
                      {state.word === 'Active' && <RevokeButton token={token} />}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
