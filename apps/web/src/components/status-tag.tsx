import { STATUS_DEFINITIONS, type Status } from '@ragboard/shared';

interface StatusTagProps {
  status: Status;
  /** Adds the status's label ("Significantly delayed") for screen readers, after the word. */
  withHiddenLabel?: boolean;
}

/** A status as a GOV.UK tag: the colour always comes with the status word, never alone. */
export function StatusTag({ status, withHiddenLabel = false }: StatusTagProps) {
  const definition = STATUS_DEFINITIONS[status];
  return (
    <strong className={`govuk-tag ${definition.tagClass}`} title={definition.meaning}>
      {status}
      {withHiddenLabel && <span className="govuk-visually-hidden"> ({definition.label.toLowerCase()})</span>}
    </strong>
  );
}
