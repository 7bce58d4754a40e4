import { type ReportingBody, reportingBodySchema } from '@ragboard/shared';
import { useEffect, useRef, useState } from 'react';
import { currentOf, isStaleVersion } from '../../../lib/stale-version';
import { useUpdateBody } from '../api/bodies';
import { BodyForm, fieldsOf, type Priority } from './body-form';

/**
 * A body's form pre-filled, sent with the version the manager saw. When someone else changed the
 * body first (409 stale_version), the form is filled again with the body as it now stands, and says so.
 */
export function EditBodyForm({
  planId,
  body,
  priorities,
  onDone,
}: {
  planId: string;
  body: ReportingBody;
  priorities: Priority[];
  onDone: (saved: boolean) => void;
}) {
  const [base, setBase] = useState(body);
  const [fields, setFields] = useState(() => fieldsOf(body));
  const heading = useRef<HTMLHeadingElement>(null);
  const update = useUpdateBody(planId, { onSuccess: () => onDone(true) });
  useEffect(() => heading.current?.focus(), []);
  const conflict = isStaleVersion(update.error);
  useEffect(() => {
    const current = currentOf(update.error, reportingBodySchema);
    if (!current) return;
    setBase(current);
    setFields(fieldsOf(current));
  }, [update.error]);
  return (
    <BodyForm
      heading={
        <h3 className="govuk-heading-s" ref={heading} tabIndex={-1}>
          Change the {body.name}
        </h3>
      }
      submitLabel="Save changes"
      idSuffix={`-${body.id}`}
      fields={fields}
      onChange={setFields}
      priorities={priorities}
      error={update.error}
      pending={update.isPending}
      onSubmit={(changes) => update.mutate({ body: base, changes })}
    >
      {conflict && (
        <div className="govuk-warning-text" role="alert">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            Someone else changed this body: here it is as it now stands. Make your change again and save.
          </strong>
        </div>
      )}
      <p className="govuk-body">
        <button type="button" className="govuk-link govuk-body" onClick={() => onDone(false)}>
          Leave it as it is
        </button>
      </p>
    </BodyForm>
  );
}
