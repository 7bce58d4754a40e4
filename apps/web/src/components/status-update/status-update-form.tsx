import {
  type Action,
  type ActionNode,
  actionSchema,
  type Month,
  type StatusUpdateReply,
} from '@ragboard/shared';
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { useCreateStatusUpdate } from '../../lib/queries/create-status-update';
import { currentOf, isStaleVersion } from '../../lib/stale-version';
import { ErrorSummary, type FieldError } from '../form/error-summary';
import { fieldErrorsFrom } from '../form/field-errors';
import { StatusFields } from './status-fields';
import { UpdateConflict } from './update-conflict';
import { checkDraft, type Draft, EMPTY_DRAFT } from './update-draft';
import { UpdateSavedBanner } from './update-saved-banner';

/** The action as it stood when a save was refused because someone else saved first. */
const conflictOf = (error: Error | null): Action | null => currentOf(error, actionSchema);

interface StatusUpdateFormProps {
  action: ActionNode;
  period: Month;
  onSaved?: (reply: StatusUpdateReply) => void;
  /** Shown in the success banner, such as a link to the next action. */
  afterSave?: ReactNode;
}

/** A month's status update on one action: GOV.UK radios, a note, and Red's new completion date. */
export function StatusUpdateForm({ action, period, onSaved, afterSave }: StatusUpdateFormProps) {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [checked, setChecked] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState<StatusUpdateReply | null>(null);
  const [conflict, setConflict] = useState<Action | null>(null);
  const save = useCreateStatusUpdate({
    onSuccess: (reply) => {
      setSaved(reply);
      setConflict(null);
      setDraft(EMPTY_DRAFT);
      onSaved?.(reply);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const { errors, date } = checkDraft(draft, action);
    setChecked(errors);
    if (errors.length > 0 || !draft.status) return;
    save.mutate(
      {
        actionId: action.id,
        version: conflict?.version ?? action.version,
        body: {
          period,
          status: draft.status,
          note: draft.note.trim() || null,
          revisedDue: draft.status === 'Red' ? date : null,
        },
      },
      { onError: (error) => setConflict((before) => conflictOf(error) ?? before) },
    );
  }

  // Kept while the error stands: the summary takes focus whenever its list changes.
  const refused = useMemo(() => fieldErrorsFrom(save.error, 'status', { period: 'status' }), [save.error]);
  const errors = checked.length > 0 ? checked : refused;
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const showConflict = conflict && isStaleVersion(save.error);
  return (
    <>
      {saved && <UpdateSavedBanner saved={saved}>{afterSave}</UpdateSavedBanner>}
      {showConflict ? <UpdateConflict current={conflict} /> : <ErrorSummary errors={errors} />}
      <form onSubmit={submit} noValidate>
        <StatusFields draft={draft} onChange={setDraft} errorFor={errorFor} />
        <button type="submit" className="govuk-button" disabled={save.isPending}>
          Save update
        </button>
      </form>
    </>
  );
}
