import { WarningText } from '../../../components/warning-text';

/** Recovery codes, shown once: to be written down or printed and kept apart from the phone. */
export function RecoveryCodes({ codes }: { codes: readonly string[] }) {
  return (
    <>
      <WarningText>
        These codes are shown only now. Keep them somewhere safe, away from your phone.
      </WarningText>
      <p className="govuk-body">
        If you lose your phone, sign in with one of these instead of a code from the app. Each works once.
      </p>
      <ul className="govuk-list app-recovery-codes" aria-label="Your recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
    </>
  );
}
