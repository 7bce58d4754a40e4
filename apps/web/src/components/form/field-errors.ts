import { fieldIssuesSchema } from '@ragboard/shared';
import { ApiError } from '../../lib/api-client';
import type { FieldError } from './error-summary';

/**
 * The API names refused fields as `body.<field>`; the form's inputs use the field's name as id,
 * so each message lands on its own input. Anything else goes on `fallbackField`.
 */
export function fieldErrorsFrom(error: Error | null, fallbackField: string): FieldError[] {
  if (!error) return [];
  if (error instanceof ApiError) {
    const issues = fieldIssuesSchema.safeParse(error.details);
    if (error.status === 400 && issues.success && issues.data.length > 0) {
      return issues.data.map((issue) => ({
        field: issue.path.replace(/^body\./, '') || fallbackField,
        message: issue.message,
      }));
    }
    return [{ field: fallbackField, message: error.message }];
  }
  return [{ field: fallbackField, message: 'Sorry, there is a problem with the service. Try again later.' }];
}
