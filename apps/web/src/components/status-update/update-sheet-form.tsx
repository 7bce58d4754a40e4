import {
  formatMonth,
  type StatusUpdateBatchReply,
  type StatusUpdateEntry,
  statusUpdateBatchBodySchema,
  statusUpdateBatchConflictSchema,
  type UpdateSheetItem,
  type UpdateSheetSection,
} from '@ragboard/shared';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { ApiError } from '../../lib/api-client';
import { formatDate } from '../../lib/format-date';
import { ActionDates } from '../action-dates';
import { EMPTY_DATE } from '../form/date-parts';
import { ErrorSummary, type FieldError } from '../form/error-summary';
import { fieldIssuesOf } from '../form/field-errors';
import { StatusTag } from '../status-tag';
import { SuccessBanner } from '../success-banner';
import { SummaryList, SummaryRow } from '../summary-list';
import { TextWithBullets } from '../text-with-bullets';
import { StatusFields } from './status-fields';
import { checkDraft, type Draft } from './update-draft';

interface SheetEntry {
  item: UpdateSheetItem;
  period: string;
  /** Prefixes each field's id: unique on the page, so every error links to its own action. */
  prefix: string;
}

/**
 * The note starts as this month's when given (to correct it), else empty: last month's is shown
 * beside the box, never in it, so keeping it is never mistaken for an answer (decision 053).
 */
const startingNote = (item: UpdateSheetItem) => item.given?.note ?? '';
const startingDraft = (item: UpdateSheetItem): Draft => ({
  status: '',
  note: startingNote(item),
  revisedDue: EMPTY_DATE,
  noChange: false,
});

/** "No change since last month" is offered for an action with an earlier update and none yet this month, not completed. */
const noChangeFor = (item: UpdateSheetItem, period: string) =>
  item.previous && item.previous.period < period && !item.given && item.action.status !== 'Blue'
    ? item.action.status
    : undefined;

interface UpdateSheetFormProps {
  sections: UpdateSheetSection[];
  /** Sends every chosen update at once: all are saved, or none. */
  save: (updates: StatusUpdateEntry[]) => Promise<StatusUpdateBatchReply>;
  /** After saving: fetch the sheet again, so each action shows the update just given. */
  onSaved?: (reply: StatusUpdateBatchReply) => unknown;
}

/**
 * A lead's whole month on one page: each due action with its last note, status radios with the
 * plan's meanings, a new date for Red, and one button for all of them. The same rules and
 * messages as the one-action form (`checkDraft`); actions left without a status are not sent.
 */
export function UpdateSheetForm({ sections, save, onSaved }: UpdateSheetFormProps) {
  const entries = useMemo<SheetEntry[]>(
    () =>
      sections.flatMap((section, s) =>
        section.items.map((item, i) => ({ item, period: section.period, prefix: `u${s}-${i}` })),
      ),
    [sections],
  );
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(entries.map((e) => [e.item.action.id, startingDraft(e.item)])),
  );
  /** Versions of actions someone else changed meanwhile: the lead has seen them now. */
  const [versions, setVersions] = useState<Record<string, number>>({});
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState<StatusUpdateBatchReply | null>(null);
  const mutation = useMutation({ mutationFn: save });

  const draftOf = (e: SheetEntry) => drafts[e.item.action.id] ?? startingDraft(e.item);
  const setDraft = (e: SheetEntry, draft: Draft) => setDrafts({ ...drafts, [e.item.action.id]: draft });
  const firstField = entries[0] ? `${entries[0].prefix}-status` : 'updates';

  /** The API's refusals, each on its own action's field (`body.updates.N.field`). */
  function refusalsOf(error: unknown, sent: SheetEntry[]): FieldError[] {
    if (!(error instanceof ApiError)) {
      return [{ field: firstField, message: 'Sorry, there is a problem with the service. Try again later.' }];
    }
    const conflicts = statusUpdateBatchConflictSchema.safeParse(error.details);
    if (error.status === 409 && conflicts.success) {
      setVersions((before) => ({
        ...before,
        ...Object.fromEntries(conflicts.data.conflicts.map((c) => [c.actionId, c.action.version])),
      }));
      return conflicts.data.conflicts.map((c) => {
        const e = entries.find((entry) => entry.item.action.id === c.actionId);
        return {
          field: e ? `${e.prefix}-status` : firstField,
          message: `${c.action.ref} was changed by someone else while you were working: it is now ${c.action.status}. Check it, then save again.`,
        };
      });
    }
    const issues = fieldIssuesOf(error);
    if (issues.length === 0) return [{ field: firstField, message: error.message }];
    return issues.map((issue) => {
      const [, index, field = 'status'] = /^body\.updates\.(\d+)\.?(\w+)?/.exec(issue.path) ?? [];
      const e = index === undefined ? undefined : sent[Number(index)];
      return {
        field: e ? `${e.prefix}-${field}` : firstField,
        message: e ? `${e.item.action.ref}: ${issue.message}` : issue.message,
      };
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const found: FieldError[] = [];
    const sent: SheetEntry[] = [];
    const updates: StatusUpdateEntry[] = [];
    for (const e of entries) {
      const draft = draftOf(e);
      const { ref } = e.item.action;
      if (draft.noChange) {
        const { errors: refused } = checkDraft(draft, e.item.action);
        found.push(
          ...refused.map((r) => ({ field: `${e.prefix}-${r.field}`, message: `${ref}: ${r.message}` })),
        );
        sent.push(e);
        updates.push({
          actionId: e.item.action.id,
          version: versions[e.item.action.id] ?? e.item.action.version,
          period: e.period,
          status: e.item.action.status,
          noChange: true,
        });
        continue;
      }
      if (!draft.status) {
        if (draft.note.trim() !== startingNote(e.item).trim())
          found.push({
            field: `${e.prefix}-status`,
            message: `${ref}: Select a status, or undo your change to the note`,
          });
        continue;
      }
      const { errors: refused, date } = checkDraft(draft, e.item.action);
      found.push(
        ...refused.map((r) => ({ field: `${e.prefix}-${r.field}`, message: `${ref}: ${r.message}` })),
      );
      sent.push(e);
      updates.push({
        actionId: e.item.action.id,
        version: versions[e.item.action.id] ?? e.item.action.version,
        period: e.period,
        status: draft.status,
        note: draft.note.trim() || null,
        revisedDue: draft.status === 'Red' ? date : null,
      });
    }
    // The shared schema says what an empty sheet lacks, in the API's own words.
    const body = statusUpdateBatchBodySchema.safeParse({ updates });
    if (found.length === 0 && !body.success)
      found.push(...body.error.issues.map((issue) => ({ field: firstField, message: issue.message })));
    setErrors(found);
    if (found.length > 0) return;
    mutation.mutate(updates, {
      onSuccess: async (reply) => {
        setSaved(reply);
        setDrafts((before) => {
          const next = { ...before };
          for (const r of reply.results)
            next[r.action.id] = {
              status: '',
              note: r.update.noChange ? '' : (r.update.note ?? ''),
              revisedDue: EMPTY_DATE,
              noChange: false,
            };
          return next;
        });
        await onSaved?.(reply);
      },
      onError: (error) => setErrors(refusalsOf(error, sent)),
    });
  }

  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <>
      {saved && <SavedBanner reply={saved} />}
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate>
        {sections.map((section, s) => (
          <section key={section.plan.id} aria-labelledby={`section-${s}`}>
            <h2 className="govuk-heading-l" id={`section-${s}`}>
              {section.plan.title}
            </h2>
            <p className="govuk-body">
              Updates for {formatMonth(section.period)}
              {section.deadline ? `, due by ${formatDate(section.deadline)}` : ''}. Choose a status for each
              action you are updating; any you leave without a status are not changed.
            </p>
            {entries
              .filter((e) => e.prefix.startsWith(`u${s}-`))
              .map((e) => (
                <SheetItem
                  key={e.item.action.id}
                  entry={e}
                  draft={draftOf(e)}
                  onChange={(draft) => setDraft(e, draft)}
                  errorFor={(field) => errorFor(`${e.prefix}-${field}`)}
                />
              ))}
          </section>
        ))}
        <button type="submit" className="govuk-button" disabled={mutation.isPending}>
          Save all updates
        </button>
      </form>
    </>
  );
}

function SheetItem({
  entry,
  draft,
  onChange,
  errorFor,
}: {
  entry: SheetEntry;
  draft: Draft;
  onChange: (draft: Draft) => void;
  errorFor: (field: string) => string | undefined;
}) {
  const { item, prefix } = entry;
  const { action } = item;
  return (
    <section className="app-update-sheet__item" aria-labelledby={`${prefix}-heading`}>
      <h3 className="govuk-heading-m" id={`${prefix}-heading`}>
        Action {action.ref}
      </h3>
      <TextWithBullets text={action.title} />
      <SummaryList>
        <SummaryRow label="Dates">
          <ActionDates position={action} />
        </SummaryRow>
        <SummaryRow label="Current status">
          <StatusTag status={action.status} withHiddenLabel />
          {action.awaitingSignOff && ' A Blue is awaiting sign-off.'}
        </SummaryRow>
        <SummaryRow label="Last update">
          {item.previous
            ? `${formatMonth(item.previous.period)}: ${item.previous.status}. ${item.previous.note ?? 'No note.'}`
            : 'None yet'}
        </SummaryRow>
        <SummaryRow label={`${formatMonth(entry.period)} update`}>
          {item.given
            ? `Given: ${item.given.status}. Saving again corrects it; the first is kept in the history.`
            : 'Not given yet'}
        </SummaryRow>
      </SummaryList>
      <StatusFields
        draft={draft}
        onChange={onChange}
        errorFor={errorFor}
        many={{ prefix, ref: action.ref }}
        sameAs={noChangeFor(item, entry.period)}
        lastNote={item.previous ?? undefined}
      />
      <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
    </section>
  );
}

function SavedBanner({ reply }: { reply: StatusUpdateBatchReply }) {
  const awaiting = reply.results.filter((r) => r.update.status === 'Blue' && r.action.awaitingSignOff);
  const count = reply.results.length;
  return (
    <SuccessBanner id="updates-saved" heading={count === 1 ? 'Update saved' : `${count} updates saved`}>
      <ul className="govuk-list govuk-list--bullet">
        {reply.results.map((r) => (
          <li key={r.update.id}>
            {awaiting.includes(r)
              ? `${r.action.ref}: Blue, sent for sign-off. It stays ${r.action.status} until the partnership manager or its delivery group lead signs it off.`
              : `${r.action.ref}: ${r.update.status} for ${formatMonth(r.update.period)}`}
          </li>
        ))}
      </ul>
    </SuccessBanner>
  );
}
