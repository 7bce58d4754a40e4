import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  ATTACHMENT_TYPES_IN_WORDS,
  type Attachment,
  formatFileSize,
  type RemovedFile,
} from '@ragboard/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ErrorSummary, type FieldError } from '../../../components/form/error-summary';
import { fieldErrorsFrom } from '../../../components/form/field-errors';
import { FileUpload } from '../../../components/form/file-upload';
import { formatDay } from '../../../lib/format-date';
import { useAttachFile, useSetFilePublic } from '../api/attachments';
import { RemoveEvidence } from './remove-evidence';

const typeName = (mediaType: string) =>
  ATTACHMENT_TYPES.find((t) => t.mediaType === mediaType)?.label ?? mediaType;

function PublicToggle({ actionId, file }: { actionId: string; file: Attachment }) {
  const toggle = useSetFilePublic(actionId);
  return (
    <>
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-left-2"
        disabled={toggle.isPending}
        onClick={() => toggle.mutate({ attachmentId: file.id, on: !file.publicApproved })}
      >
        {file.publicApproved ? 'Take off the public page' : 'Show on the public page'}
        <span className="govuk-visually-hidden">: {file.fileName}</span>
      </button>
      {toggle.error && (
        <span className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {toggle.error.message}
        </span>
      )}
    </>
  );
}

/** The message after a removal, given focus: the file and its button have gone from the list. */
function RemovedMessage({ fileName }: { fileName: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <p className="govuk-body" role="status" tabIndex={-1} ref={ref}>
      {fileName} was removed.
    </p>
  );
}

/**
 * An update's files: each downloads (never opens in the page), with its type and size in words;
 * the manager chooses which go on the public page; a file attached by mistake can be removed, and
 * the list then says that one was, by whom, when and why.
 */
export function EvidenceList({
  files,
  removed,
  actionId,
  canPublish,
  mayRemove,
}: {
  files: readonly Attachment[];
  removed: readonly RemovedFile[];
  actionId: string;
  canPublish: boolean;
  mayRemove: (file: Attachment) => boolean;
}) {
  const [justRemoved, setJustRemoved] = useState<{ fileName: string; n: number } | null>(null);
  if (files.length === 0 && removed.length === 0 && !justRemoved) return null;
  return (
    <>
      <h4 className="govuk-heading-s govuk-!-margin-bottom-1">Evidence</h4>
      {justRemoved && <RemovedMessage key={justRemoved.n} fileName={justRemoved.fileName} />}
      <ul className="govuk-list">
        {files.map((file) => (
          <li key={file.id}>
            <a className="govuk-link" href={`/api/attachments/${file.id}`} download={file.fileName}>
              {file.fileName}
            </a>{' '}
            <span className="govuk-body-s">
              ({typeName(file.mediaType)}, {formatFileSize(file.sizeBytes)}, added by {file.uploadedBy})
            </span>
            {file.publicApproved && (
              <strong className="govuk-tag govuk-tag--grey govuk-!-margin-left-2">On the public page</strong>
            )}
            {canPublish && <PublicToggle actionId={actionId} file={file} />}
            {mayRemove(file) && (
              <RemoveEvidence
                actionId={actionId}
                file={file}
                onRemoved={(fileName) => setJustRemoved((was) => ({ fileName, n: (was?.n ?? 0) + 1 }))}
              />
            )}
          </li>
        ))}
        {removed.map((gone) => (
          <li key={gone.id} className="govuk-body-s">
            A file was removed by {gone.removedBy} on {formatDay(gone.removedAt)}: {gone.reason}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Attaching a file to one update, for those who may update the action. */
export function AttachEvidence({
  actionId,
  updateId,
  month,
}: {
  actionId: string;
  updateId: string;
  month: string;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<FieldError[]>([]);
  const attach = useAttachFile(actionId);
  const id = `evidence-${updateId}`;
  const errors = checked.length > 0 ? checked : fieldErrorsFrom(attach.error, id, { file: id });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = !file
      ? 'Choose a file'
      : file.size > ATTACHMENT_MAX_BYTES
        ? `The file must be ${formatFileSize(ATTACHMENT_MAX_BYTES)} or smaller`
        : null;
    setChecked(problem ? [{ field: id, message: problem }] : []);
    if (file && !problem)
      attach.mutate(
        { updateId, file },
        {
          onSuccess: () => {
            setFile(null);
            event.currentTarget?.reset();
          },
        },
      );
  }

  return (
    <form onSubmit={submit} noValidate className="govuk-!-margin-top-4">
      <ErrorSummary errors={errors} />
      <FileUpload
        id={id}
        label={`Attach evidence to the ${month} update`}
        hint={`It can be ${ATTACHMENT_TYPES_IN_WORDS}, up to ${formatFileSize(ATTACHMENT_MAX_BYTES)}. Everyone signed in can read it; it is never on the public page.`}
        onChoose={setFile}
        error={errors[0]?.message}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={attach.isPending}>
        Attach file
      </button>
      {attach.isSuccess && (
        <p className="govuk-body" role="status">
          {attach.data.fileName} is attached.
        </p>
      )}
    </form>
  );
}
