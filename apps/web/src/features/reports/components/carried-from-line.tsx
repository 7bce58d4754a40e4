import { type CarriedActionRef, carriedFromWords } from '@ragboard/shared';

/** Under an action's title in a report: the earlier plan's action it continues, when it does. */
export function CarriedFromLine({ from }: { from: CarriedActionRef | null | undefined }) {
  if (!from) return null;
  return (
    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1">{carriedFromWords(from)}</span>
  );
}
