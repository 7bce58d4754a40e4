import type { FieldIssue } from '@ragboard/shared';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, ValidationError } from './errors';

/** NUL, and a surrogate without its pair (not Unicode at all). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
const UNSTORABLE = /\u0000|\p{Cs}/u;

/** Paths ("body.title", "query.q") of every string or key holding text that cannot be stored. */
function unstorablePaths(root: unknown, rootPath: string): string[] {
  const found: string[] = [];
  const pending: [unknown, string][] = [[root, rootPath]];
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    if (typeof value === 'string') {
      if (UNSTORABLE.test(value)) found.push(path);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const childPath = `${path}.${key}`;
        if (UNSTORABLE.test(key)) found.push(childPath);
        else pending.push([child, childPath]);
      }
    }
  }
  return found;
}

/** Refuses such text, naming each field: `refuseUnstorableText({ body: request.body })`. */
export function refuseUnstorableText(input: Record<string, unknown>) {
  const paths = Object.entries(input).flatMap(([path, value]) => unstorablePaths(value, path));
  if (paths.length === 0) return;
  const message = 'Text cannot hold a NUL character or a lone UTF-16 surrogate';
  const details: FieldIssue[] = paths.map((path) => ({ path, message }));
  throw new ValidationError(`${message}: ${paths.join(', ')}`, details);
}

/**
 * PostgreSQL cannot store a NUL character in text or jsonb, nor a lone surrogate in jsonb, and
 * fails the whole query on either (a text column would silently garble the surrogate): a body or
 * query string holding one is refused here, naming the field, before any query runs. A path
 * parameter holding one names nothing stored: 404, as for any malformed id.
 */
export const textInput = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    if (unstorablePaths(request.params, 'params').length > 0)
      throw new AppError(404, 'not_found', 'Not found');
    refuseUnstorableText({ body: request.body, query: request.query });
  });
});
