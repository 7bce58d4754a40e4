import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES_IN_WORDS,
  formatFileSize,
  type LeadFileList,
  removeAttachmentBodySchema,
  type UpdateSheetItem,
} from '@ragboard/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { FileUpload } from '../../components/form/file-upload';
import { TextInput } from '../../components/form/text-input';
import { InlineError } from '../../components/inline-error';
import { attachLinkFile, linkFilesQueryOptions, linkKeys, removeLinkFile } from './api';

type LeadFile = LeadFileList['files'][number];

/** A file the lead attached through the link, with a form to remove it saying why. */
function LinkFile({ token, file }: { token: string; file: LeadFile }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (why: string) => removeLinkFile(token, file.id, why),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: linkKeys.files(token) }),
  });
  const id = `reason-${file.id}`;
  function send(event: FormEvent) {
    event.preventDefault();
    const parsed = removeAttachmentBodySchema.safeParse({ reason });
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? 'Enter why you are removing the file');
      document.getElementById(id)?.focus();
      return;
    }
    setProblem(null);
    remove.mutate(parsed.data.reason);
  }
  return (
    <li>
      <p className="govuk-body govuk-!-margin-bottom-1">
        {file.fileName} ({formatFileSize(file.sizeBytes)})
      </p>
      <form onSubmit={send} noValidate>
        {remove.error && <InlineError message={remove.error.message} alert />}
        <TextInput
          id={id}
          label={`Why remove ${file.fileName}?`}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={problem ?? undefined}
        />
        <button type="submit" className="govuk-button govuk-button--warning" disabled={remove.isPending}>
          Remove {file.fileName}
        </button>
      </form>
    </li>
  );
}

/** One action's evidence: the lead's files on this month's update, and a file control to add one. */
function ActionEvidence({ token, item, files }: { token: string; item: UpdateSheetItem; files: LeadFile[] }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const a = item.action;
  const id = `file-${a.id}`;
  const attach = useMutation({
    mutationFn: (chosen: File) => attachLinkFile(token, a.id, chosen),
    onSuccess: async () => {
      setFile(null);
      setInputKey((k) => k + 1);
      await queryClient.invalidateQueries({ queryKey: linkKeys.files(token) });
    },
  });
  function send(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setProblem('Select a file to attach');
      document.getElementById(id)?.focus();
      return;
    }
    setProblem(null);
    attach.mutate(file);
  }
  const mine = files.filter((f) => f.actionId === a.id);
  return (
    <div className="govuk-!-margin-bottom-6">
      <h3 className="govuk-heading-s">
        {a.ref} {a.title}
      </h3>
      {mine.length > 0 && (
        <ul className="govuk-list">
          {mine.map((f) => (
            <LinkFile key={f.id} token={token} file={f} />
          ))}
        </ul>
      )}
      {item.given ? (
        <form onSubmit={send} noValidate>
          <FileUpload
            key={inputKey}
            id={id}
            label={`Attach a file to ${a.ref}`}
            hint={`${ATTACHMENT_TYPES_IN_WORDS}, up to ${formatFileSize(ATTACHMENT_MAX_BYTES)}`}
            error={problem ?? attach.error?.message}
            onChoose={setFile}
          />
          <button type="submit" className="govuk-button govuk-button--secondary" disabled={attach.isPending}>
            Attach file to {a.ref}
          </button>
        </form>
      ) : (
        <p className="govuk-body">Save this month’s update for {a.ref} first, then attach evidence to it.</p>
      )}
    </div>
  );
}

/** Evidence for each of the lead's due actions, through their link (decision 051). */
export function LinkEvidence({ token, items }: { token: string; items: UpdateSheetItem[] }) {
  const files = useQuery(linkFilesQueryOptions(token));
  return (
    <>
      <h2 className="govuk-heading-l" id="evidence">
        Evidence
      </h2>
      {files.isError && <InlineError message="Your files could not be loaded" />}
      {items.map((item) => (
        <ActionEvidence key={item.action.id} token={token} item={item} files={files.data?.files ?? []} />
      ))}
    </>
  );
}
