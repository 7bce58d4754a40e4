/**
 * The GOV.UK start button, as a link (it goes to another page, as the app's other button-styled
 * links do): to the organisation's provider by way of the API, a full page load, not a client route.
 */
export function OrganisationSignIn({ label, returnTo }: { label: string; returnTo: string }) {
  return (
    <a
      href={`/api/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`}
      draggable="false"
      className="govuk-button govuk-button--start"
    >
      {label}
      <svg
        className="govuk-button__start-icon"
        xmlns="http://www.w3.org/2000/svg"
        width="17.5"
        height="19"
        viewBox="0 0 33 40"
        aria-hidden="true"
        focusable="false"
      >
        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
      </svg>
    </a>
  );
}
