/**
 * A GOV.UK error message in the page, beside what failed: a section that could not load (it does not
 * take focus from the page) or, with `alert`, a write that was refused (announced as it appears).
 */
export function InlineError({ message, alert = false }: { message: string; alert?: boolean }) {
  return (
    <p className="govuk-error-message" role={alert ? 'alert' : undefined}>
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}
