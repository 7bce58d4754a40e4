import { type Attachment, removeAttachmentBodySchema } from '@ragboard/shared';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { ErrorSummary, type FieldError } from '../../../components/form/error-summary';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../../../components/form/field-errors';
import { Textarea } from '../../../components/form/textarea';
import { useRemoveFile } from '../api/attachments';

/**
 * Removing a file attached by mistake: the button opens, in place, a form asking why. Focus
 * follows the form open and back to the button on cancel; once removed, the list says so.
 */
export function RemoveEvidence({
  actionId,
  file,
  onRemoved,
}: {
  actionId: string;
  file: Attachment;
  onRemoved: (fileName: string) => void;
}) {
  const remove = useRemoveFile(actionId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState<FieldError[]>([]);
  const removeButton = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  const id = `removal-reason-${file.id}`;
  // The same list until it changes: the error summary takes focus each time it gets a new one.
  const errors = useMemo(
    () => (checked.length > 0 ? checked : fieldErrorsFrom(remove.error, id, { reason: id })),
    [checked, remove.error, id],
  );

  useEffect(() => {
    if (open) document.getElementById(id)?.focus();
    else if (cancelled.current) removeButton.current?.focus();
    cancelled.current = false;
  }, [open, id]);

  function cancel() {
    cancelled.current = true;
    setChecked([]);
    remove.reset();
    setOpen(false);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = removeAttachmentBodySchema.safeParse({ reason });
    setChecked(parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues, id, { reason: id }));
    if (!parsed.success) return;
    // The file leaves the list (and this form with it) before the reply's callbacks would run here.
    remove.mutateAsync({ attachmentId: file.id, reason: parsed.data.reason }).then(
      () => {
        setOpen(false);
        onRemoved(file.fileName);
      },
      () => undefined, // shown from remove.error
    );
  }

  if (!open) {
    return (
      <button
        type="button"
        ref={removeButton}
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-left-2"
        onClick={() => setOpen(true)}
      >
        Remove<span className="govuk-visually-hidden"> {file.fileName}</span>
      </button>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="govuk-!-margin-top-2">
      <ErrorSummary errors={errors} />
      <Textarea
        id={id}
        label={`Why are you removing ${file.fileName}?`}
        hint="Everyone who can read this action will see that a file was removed, and why. The file itself is deleted."
        rows={3}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors[0]?.message}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--warning" disabled={remove.isPending}>
          Remove file
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
