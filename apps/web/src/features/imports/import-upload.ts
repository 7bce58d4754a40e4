import { importTitleSchema, REQUIRED_IMPORT_COLUMNS } from '@ragboard/shared';
import type { FieldError } from '../../components/form/error-summary';
import { fieldErrorsFrom } from '../../components/form/field-errors';

/** The id of the file field, where every refusal of the file lands. */
export const FILE_FIELD = 'file';

/** The id of the optional title field. */
export const TITLE_FIELD = 'title';

/** Checked before sending, in GOV.UK's words for a file upload; the API checks again. */
export function checkUpload(file: File | null, title = ''): FieldError[] {
  const errors: FieldError[] = [];
  const titled = importTitleSchema.safeParse(title);
  if (!titled.success) errors.push({ field: TITLE_FIELD, message: titled.error.issues[0]!.message });
  if (!file) errors.push({ field: FILE_FIELD, message: 'Select a CSV or Excel (.xlsx) file' });
  else if (!/\.(csv|xlsx)$/i.test(file.name))
    errors.push({ field: FILE_FIELD, message: 'The selected file must be a CSV or an Excel (.xlsx) file' });
  return errors;
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
