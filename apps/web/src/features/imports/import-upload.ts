import {
  asOfTooLate,
  importTitleSchema,
  type Month,
  monthOf,
  REQUIRED_IMPORT_COLUMNS,
} from '@ragboard/shared';
import { type DateParts, EMPTY_DATE, monthFrom } from '../../components/form/date-parts';
import type { FieldError } from '../../components/form/error-summary';
import { fieldErrorsFrom } from '../../components/form/field-errors';

/** The id of the file field, where every refusal of the file lands. */
export const FILE_FIELD = 'file';

/** The id of the optional title field. */
export const TITLE_FIELD = 'title';

/** The id of the optional "as of" month, whose first input takes the error link. */
export const AS_OF_FIELD = 'asOf';

/**
 * Checked before sending, in GOV.UK's words for a file upload and a date; the API checks again.
 * The "as of" month comes back as YYYY-MM, or null for this month.
 */
export function checkUpload(
  file: File | null,
  title = '',
  asOfParts: DateParts = EMPTY_DATE,
  current: Month = monthOf(new Date()),
): { errors: FieldError[]; asOf: Month | null } {
  const errors: FieldError[] = [];
  const titled = importTitleSchema.safeParse(title);
  if (!titled.success)
    errors.push({ field: TITLE_FIELD, message: titled.error.issues[0]?.message ?? 'Enter a shorter title' });
  const asOf = monthFrom(asOfParts, 'The month the statuses were true');
  const asOfError = asOf.error ?? (asOf.value ? asOfTooLate(asOf.value, current) : null);
  if (asOfError) errors.push({ field: AS_OF_FIELD, message: asOfError });
  if (!file) errors.push({ field: FILE_FIELD, message: 'Select a CSV or Excel (.xlsx) file' });
  else if (!/\.(csv|xlsx)$/i.test(file.name))
    errors.push({ field: FILE_FIELD, message: 'The selected file must be a CSV or an Excel (.xlsx) file' });
  return { errors, asOf: asOf.value ?? null };
}

// A missing column is named `file.<column>`; each carries the same message (expected and found).
const FIELD_IDS = Object.fromEntries(REQUIRED_IMPORT_COLUMNS.map((c) => [`file.${c}`, FILE_FIELD]));

/** The API's refusal of an upload, on the file field, each message once. */
export function uploadErrorsFrom(error: Error | null): FieldError[] {
  const errors = fieldErrorsFrom(error, FILE_FIELD, FIELD_IDS);
  return errors.filter(
    (e, i) => errors.findIndex((other) => other.field === e.field && other.message === e.message) === i,
  );
}
