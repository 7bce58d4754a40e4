import {
  type ActionNode,
  checkNoChange,
  checkStatusUpdate,
  type IsoDate,
  type Status,
} from '@ragboard/shared';
import { type DateParts, EMPTY_DATE, isoDateFrom } from '../form/date-parts';
import type { FieldError } from '../form/error-summary';

export interface Draft {
  status: Status | '';
  note: string;
  revisedDue: DateParts;
  /** "No change since last month": the status in force again, with the shared statement (decision 053). */
  noChange: boolean;
}

export const EMPTY_DRAFT: Draft = { status: '', note: '', revisedDue: EMPTY_DATE, noChange: false };

/** Errors in the order their fields appear: the date sits under Red, above the note. */
const FIELD_ORDER = ['noChange', 'status', 'revisedDue', 'note'];

/** The plan's rules (`checkStatusUpdate`, as the API applies them) and a readable date, before sending. */
export function checkDraft(
  draft: Draft,
  action: Pick<ActionNode, 'dueMonth' | 'status' | 'newDate'>,
): { errors: FieldError[]; date: IsoDate | null } {
  if (draft.noChange) {
    const last = { status: action.status, newDate: action.newDate?.date ?? null };
    return { errors: checkNoChange(last, action.status, new Date()), date: null };
  }
  if (!draft.status) return { errors: [{ field: 'status', message: 'Select a status' }], date: null };
  const read =
    draft.status === 'Red' ? isoDateFrom(draft.revisedDue, 'The new completion date') : { value: null };
  const errors: FieldError[] = read.error !== undefined ? [{ field: 'revisedDue', message: read.error }] : [];
  const violations = checkStatusUpdate(
    { status: draft.status, note: draft.note, revisedDue: read.value ?? null },
    action,
    new Date(),
  );
  for (const v of violations) if (!(v.field === 'revisedDue' && read.error)) errors.push(v);
  errors.sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
  return { errors, date: read.value ?? null };
}
