/** Past its due month and not Blue: marked with a word, not only a colour. */
export function OverdueTag() {
  return <strong className="govuk-tag govuk-tag--red">Overdue</strong>;
}
