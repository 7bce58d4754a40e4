import { fieldIssuesSchema } from '@ragboard/shared';
import { ApiError } from '../../lib/api-client';
import { isStaleVersion } from '../../lib/stale-version';
import type { FieldError } from './error-summary';

/** A refused field's path as the API or zod names it ("body.leadIds.0", ['deliveryGroup', 'name']). */
function fieldOf(path: string, fallbackField: string, fieldIds: Record<string, string>): string {
  const name = path
    .replace(/^body\.?/, '')
    .replace(/\.\d+$/, '')
    .trim();
  return fieldIds[name] ?? (name || fallbackField);
}

/** A 400's refused fields, each with the path the API names it by; none for any other error. */
export function fieldIssuesOf(error: Error | null): { path: string; message: string }[] {
  if (!(error instanceof ApiError) || error.status !== 400) return [];
  return fieldIssuesSchema.safeParse(error.details).data ?? [];
}

/**
 * The API names refused fields as `body.<field>`; the form's inputs use the field's name as id
 * (or the id `fieldIds` gives a nested name), so each message lands on its own input.
 * Anything else goes on `fallbackField`.
 */
export function fieldErrorsFrom(
  error: Error | null,
  fallbackField: string,
  fieldIds: Record<string, string> = {},
): FieldError[] {
  if (!error || isStaleVersion(error)) return [];
  if (error instanceof ApiError) {
    const issues = fieldIssuesSchema.safeParse(error.details);
    if (error.status === 400 && issues.success && issues.data.length > 0) {
      return issues.data.map((issue) => ({
        field: fieldOf(issue.path, fallbackField, fieldIds),
        message: issue.message,
      }));
    }
    return [{ field: fallbackField, message: error.message }];
  }
  return [{ field: fallbackField, message: 'Sorry, there is a problem with the service. Try again later.' }];
}

/** A shared zod schema's refusals, checked before sending, on the same fields as the API's. */
export function fieldErrorsFromIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  fallbackField: string,
  fieldIds: Record<string, string> = {},
): FieldError[] {
  const errors = issues.map((issue) => ({
    field: fieldOf(issue.path.map(String).join('.'), fallbackField, fieldIds),
    message: issue.message,
  }));
  return errors.filter((e, i) => errors.findIndex((other) => other.field === e.field) === i);
}
