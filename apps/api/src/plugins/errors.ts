import { type ErrorCode, type ErrorResponse, errorResponseSchema, type FieldIssue } from '@ragboard/shared';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/** An error the API means to send: it carries its HTTP status and code. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super(404, 'not_found', `${what} not found`);
  }
}

export class ValidationError extends AppError {
  constructor(message: string, details: FieldIssue[]) {
    super(400, 'validation_failed', message, details);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: unknown) {
    super(409, 'conflict', message, details);
  }
}

/**
 * A write made from a version that is no longer current: its If-Match named another, or another
 * writer claimed the version first. 409 `stale_version`, with the resource as it now stands in
 * `details.current`, whose version is the ETag to send next (decision 048). Other refusals of a
 * write that clashes with what is stored (a ref or an address taken, a closed month) stay
 * `conflict`.
 */
export class StaleVersionError extends AppError {
  declare readonly details: { current: { version: number } };

  constructor(message: string, current: { version: number }) {
    super(409, 'stale_version', message, { current });
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(message: string) {
    super(503, 'service_unavailable', message);
  }
}

/** Socket failures, and PostgreSQL's "connection exception" class and shutdown codes. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);
/** How long a client is asked to wait while the database is out of reach. */
const RETRY_AFTER_SECONDS = '5';
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection timeout|Client has encountered a connection error|PGlite is closed/i;

/** Was this failure the database being out of reach (503), rather than a bug (500)? */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = String((e as { code?: unknown }).code ?? '');
    if (UNAVAILABLE_CODES.has(code) || code.startsWith('08')) return true;
    if (UNAVAILABLE_MESSAGES.test(String((e as { message?: unknown }).message ?? ''))) return true;
  }
  return false;
}

export function sendError(reply: FastifyReply, status: number, error: ErrorResponse['error']) {
  return reply.status(status).type('application/json; charset=utf-8').send({ error });
}

const CLIENT_ERROR_CODES: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthorised',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
};

/**
 * Failures Fastify meets while routing, before any handler or hook (a path that is not valid
 * percent-encoding, a path parameter past the router's length limit), in the same shape.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  // An over-long id names nothing that exists, like any other malformed id.
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH')
    return sendError(reply, 404, { code: 'not_found', message: 'Not found' });
  if (error.code === 'FST_ERR_BAD_URL')
    return sendError(reply, 400, { code: 'bad_request', message: 'The address is not a valid URL' });
  request.log.error({ err: error }, 'unhandled routing error');
  return sendError(reply, 500, { code: 'internal_error', message: 'Something went wrong on our side' });
}

/** One place turns every failure into `{ error: { code, message, details? } }`. */
export const errorHandling = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      // Whatever found the database out of reach, the client is told when to try again.
      if (error.statusCode === 503) reply.header('retry-after', RETRY_AFTER_SECONDS);
      return sendError(reply, error.statusCode, {
        code: error.code,
        message: error.message,
        details: error.details,
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      // A malformed id names nothing that exists: answer as for an unknown one.
      if (error.validationContext === 'params') {
        return sendError(reply, 404, { code: 'not_found', message: 'Not found' });
      }
      const details: FieldIssue[] = error.validation.map((issue) => ({
        path: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
        message: issue.message ?? 'Invalid value',
      }));
      return sendError(reply, 400, {
        code: 'validation_failed',
        message: `Invalid ${error.validationContext ?? 'request'}: ${details.map((d) => d.path).join(', ')}`,
        details,
      });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      reply.header('retry-after', RETRY_AFTER_SECONDS);
      return sendError(reply, 503, {
        code: 'service_unavailable',
        message: 'The database is unavailable; try again in a moment',
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendError(reply, status, {
        code: CLIENT_ERROR_CODES[status] ?? 'bad_request',
        message: error.message,
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(reply, 500, { code: 'internal_error', message: 'Something went wrong on our side' });
  });
});

/**
 * The error replies a route may give, for its OpenAPI entry: every write can be refused as bad
 * input, unauthenticated, forbidden, unknown or conflicting, in the one error shape.
 */
export const errorReplies = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};
