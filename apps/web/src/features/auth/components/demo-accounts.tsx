import { ROLE_NAMES } from '@ragboard/shared';
import { useSite } from '../../../lib/queries/get-site';

/** On the demo, the accounts to try and their published password; nothing anywhere else. */
export function DemoAccounts() {
  const site = useSite();
  const accounts = site.data?.demoAccounts ?? [];
  if (accounts.length === 0 || !site.data?.demoPassword) return null;
  return (
    <section className="govuk-inset-text" aria-labelledby="demo-accounts-heading">
      <h2 className="govuk-heading-s" id="demo-accounts-heading">
        Demo accounts
      </h2>
      <p className="govuk-body">
        This is the demo. Sign in as any of these, each with the password{' '}
        <strong>{site.data.demoPassword}</strong>:
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {accounts.map((account) => (
          <li key={account.email}>
            <span className="govuk-!-text-break-word">{account.email}</span>: {ROLE_NAMES[account.role]}
          </li>
        ))}
      </ul>
    </section>
  );
}
