/** Shown while a page or its data loads, so the page is never blank. */
export function Loading({ what }: { what: string }) {
  return (
    <div className="govuk-inset-text" role="status">
      Loading {what}…
    </div>
  );
}
