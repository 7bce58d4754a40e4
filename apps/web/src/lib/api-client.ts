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

export async function apiGet<T>(path: string, schema: ReplySchema<T>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'GET',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'service_unavailable', 'The server could not be reached. Check your connection.');
  }
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
