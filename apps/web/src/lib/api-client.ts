import { type ErrorCode, errorResponseSchema } from '@ragboard/shared';

/** Any schema from @ragboard/shared: only its parse is needed here. */
export interface ReplySchema<T> {
  parse(data: unknown): T;
}

/** A failed API call, carrying the API's own error code and message. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = errorResponseSchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(response.status, code, message, details);
  }
  const code: ErrorCode = response.status >= 500 ? 'internal_error' : 'bad_request';
  return new ApiError(response.status, code, `The server answered ${response.status}`);
}

let csrfToken: string | null = null;

/** Kept from the session reply; every state-changing request echoes it (the API refuses it otherwise). */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

async function request(
  method: string,
  path: string,
  body: unknown,
  signal?: AbortSignal,
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
  // A form goes as multipart, its content type (with the boundary) set by fetch itself.
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(path, {
      method,
      credentials: 'same-origin',
      headers,
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'service_unavailable', 'The server could not be reached. Check your connection.');
  }
}

async function readReply<T>(response: Response, schema: ReplySchema<T>): Promise<T> {
  if (!response.ok) throw await toApiError(response);
  const body: unknown = await response.json();
  try {
    return schema.parse(body);
  } catch (cause) {
    throw new ApiError(
      response.status,
      'internal_error',
      'The server sent a reply that could not be read',
      cause,
    );
  }
}

export async function apiGet<T>(
  path: string,
  schema: ReplySchema<T>,
  signal?: AbortSignal,
  headers: Record<string, string> = {},
): Promise<T> {
  return readReply(await request('GET', path, undefined, signal, headers), schema);
}

/** A write: JSON (or a FormData, sent as multipart) in, the reply parsed with `schema`. */
export async function apiSend<T>(
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  body: unknown,
  schema: ReplySchema<T>,
  headers: Record<string, string> = {},
): Promise<T> {
  return readReply(await request(method, path, body, undefined, headers), schema);
}

/** A write the API answers with no body (204): a refusal still throws its ApiError. */
export async function apiSendNoReply(
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<void> {
  const response = await request(method, path, body, undefined, headers);
  if (!response.ok) throw await toApiError(response);
}
