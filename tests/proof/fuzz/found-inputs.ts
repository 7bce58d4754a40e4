// Inputs the fuzzer once answered with a 5xx or outside the error shape, kept as fixed cases so
// they stay fixed whatever the random draw. Ids are filled in from the demo (`:planId`).
import type { Method } from './operations';

export interface FoundInput {
  what: string;
  method: Method;
  url: string;
  headers?: Record<string, string>;
  payload?: string;
  status: number;
}

const multipart = (content: string, type = 'multipart/form-data; boundary=b', fileName = 'plan.csv') => ({
  headers: { 'content-type': type },
  payload: `--b\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n\r\n${content}\r\n--b--\r\n`,
});
const json = (payload: string) => ({ headers: { 'content-type': 'application/json' }, payload });

export const FOUND_INPUTS: FoundInput[] = [
  {
    what: 'an id longer than the router allows (Fastify answered 414 in its own shape)',
    method: 'GET',
    url: `/api/plans/${'%C3%A4'.repeat(120)}`,
    status: 404,
  },
  {
    what: 'a path that is not valid percent-encoding (Fastify answered 400 in its own shape)',
    method: 'POST',
    url: '/api/imports/%/commit',
    status: 400,
  },
  {
    what: 'a multipart upload without a boundary (the parser threw: 500)',
    method: 'POST',
    url: '/api/imports',
    ...multipart('priority,outcome,action\r\nP,O,A', 'multipart/form-data'),
    status: 400,
  },
  {
    what: 'a NUL character in a JSON string (PostgreSQL refused the query: 500)',
    method: 'POST',
    url: '/api/auth/login',
    ...json('{"email":"\\u0000","password":" "}'),
    status: 400,
  },
  {
    what: 'a NUL character in a JSON key bound for jsonb (500)',
    method: 'POST',
    url: '/api/plans/:planId/reports',
    ...json('{"period":"2026-04","title":"T","commentary":{"priorities":{"\\u0000":"x"}}}'),
    status: 400,
  },

  { what: 'a NUL character in a query string', method: 'GET', url: '/api/people?q=a%00b', status: 400 },
  {
    what: 'a NUL character in an uploaded file name (500)',
    method: 'POST',
    url: '/api/imports',
    ...multipart('priority,outcome,action\r\nP,O,A', undefined, 'plan\u0000.csv'),
    status: 400,
  },
  {
    what: 'NUL characters in an uploaded CSV, as a UTF-16 file has (500)',
    method: 'POST',
    url: '/api/imports',
    ...multipart('priority,outcome,action\r\nP\u0000,O,A'),
    status: 422,
  },
  {
    what: 'text/plain on a JSON route (Fastify parsed it as a string: 400, not 415)',
    method: 'POST',
    url: '/api/people',
    headers: { 'content-type': 'text/plain' },
    payload: '{"name":"Ann"}',
    status: 415,
  },
  {
    what: 'a lone surrogate in a JSON string bound for jsonb (PostgreSQL refused it: 500)',
    method: 'POST',
    url: '/api/plans/:planId/reports',
    ...json('{"period":"2026-04","title":"T","commentary":{"priorities":{"":"\\ud800"}}}'),
    status: 400,
  },
  {
    what: 'a summary for year 0 (its previous month, year -1, failed the reply schema: 500)',
    method: 'GET',
    url: '/api/plans/:planId/summary?period=0000-01',
    status: 400,
  },
  {
    what: 'a summary for 9999-12 (a 95,000-month trend: 20 seconds, then 500)',
    method: 'GET',
    url: '/api/plans/:planId/summary?period=9999-12',
    status: 400,
  },
  {
    what: 'a board report for 9999-12 (500)',
    method: 'POST',
    url: '/api/plans/:planId/reports',
    ...json('{"period":"9999-12","title":"T"}'),
    status: 400,
  },
  {
    what: 'an audit search from year 0 (PostgreSQL has none: 500)',
    method: 'GET',
    url: '/api/audit?from=0000-01-01',
    status: 400,
  },
  {
    what: 'a NUL character in a path parameter that is not an id (the public page slug: 500)',
    method: 'GET',
    url: '/api/public/plans/%00',
    status: 404,
  },
];
