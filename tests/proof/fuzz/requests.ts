// One random request to one operation: path, query string, headers and body, each either
// well-shaped (so it reaches the handler and the database) or hostile.
import fc from 'fast-check';
import { hostileString, hostileValue, mutate, mutation } from './hostile-values';
import type { Operation, Parameter } from './operations';
import { type IdPool, schemaValue } from './schema-values';

export interface FuzzRequest {
  url: string;
  headers: Record<string, string>;
  payload: string | Buffer | undefined;
}

const asText = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)));

/** A path parameter: mostly a real id, else anything, sometimes left raw in the URL. */
function pathValue(param: Parameter, ids: IdPool): fc.Arbitrary<string> {
  const value = fc.oneof(
    { weight: 5, arbitrary: schemaValue(param.schema, ids, param.name).map(asText) },
    { weight: 3, arbitrary: hostileString },
  );
  const printable = (s: string) => /^[\x21-\x7e]*$/.test(s);
  return fc
    .tuple(value, fc.nat(9))
    .map(([v, dice]) => (dice === 0 && printable(v) ? v : encodeURIComponent(toWellFormed(v))));
}

/** Lone surrogates cannot be percent-encoded: replace them as a browser would. */
const toWellFormed = (s: string) => s.replace(/\p{Cs}/gu, '\ufffd');

const RAW_QUERY_FRAGMENTS = [
  'a[b]=1',
  '__proto__[isAdmin]=1',
  'constructor[prototype][isAdmin]=1',
  '%',
  '%zz=1',
  '&&',
  '=',
  'x=%00',
  'a=1;b=2',
  'limit=1&limit=2',
];

function queryString(op: Operation, ids: IdPool): fc.Arbitrary<string> {
  const pair = (name: fc.Arbitrary<string>, value: fc.Arbitrary<string>) =>
    fc
      .tuple(name, value)
      .map(([k, v]) => `${encodeURIComponent(toWellFormed(k))}=${encodeURIComponent(toWellFormed(v))}`);
  const declared = op.query.map((p) =>
    fc.oneof(
      fc.constant<string[]>([]),
      pair(fc.constant(p.name), schemaValue(p.schema, ids, p.name).map(asText)).map((s) => [s]),
      pair(fc.constant(p.name), hostileString).map((s) => [s]),
      fc.array(pair(fc.constant(p.name), schemaValue(p.schema, ids, p.name).map(asText)), {
        minLength: 2,
        maxLength: 3,
      }),
    ),
  );
  const extra = fc.array(pair(fc.oneof(fc.string({ maxLength: 8 }), hostileString), hostileString), {
    maxLength: 2,
  });
  const raw = fc.option(fc.constantFrom(...RAW_QUERY_FRAGMENTS), { freq: 4 });
  return fc.tuple(fc.tuple(...declared), extra, raw).map(([d, e, r]) => {
    const parts = [...d.flat(), ...e, ...(r ? [r] : [])];
    return parts.length ? `?${parts.join('&')}` : '';
  });
}

const ETAGS = [
  '"1"',
  '"2"',
  'W/"1"',
  '1',
  '"abc"',
  '*',
  '""',
  '"-1"',
  '"1", "2"',
  'W/"1.5"',
  '"99999999999999999999"',
];
const ascii = fc.string({ unit: 'grapheme-ascii', maxLength: 40 });

const header = (name: fc.Arbitrary<string>, value: fc.Arbitrary<string>) => fc.tuple(name, value);

/** Up to three odd headers; the session's own cookie and CSRF token are only sometimes spoiled. */
const fuzzHeaders: fc.Arbitrary<Record<string, string>> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: header(fc.constant('if-match'), fc.oneof(fc.constantFrom(...ETAGS), ascii)) },
      { weight: 1, arbitrary: header(fc.constant('if-match'), fc.constant('"'.padEnd(20_000, '9'))) },
      {
        weight: 2,
        arbitrary: header(fc.constant('if-none-match'), fc.oneof(fc.constantFrom(...ETAGS), ascii)),
      },
      {
        weight: 2,
        arbitrary: header(
          fc.constant('accept'),
          fc.constantFrom('application/json', '*/*', 'text/html', 'application/xml', '', 'application/pdf'),
        ),
      },
      {
        weight: 1,
        arbitrary: header(fc.constant('accept-encoding'), fc.constantFrom('gzip', 'br, gzip;q=0', '*')),
      },
      { weight: 1, arbitrary: header(fc.constant('x-csrf-token'), fc.oneof(fc.constant('forged'), ascii)) },
      { weight: 1, arbitrary: header(fc.constant('cookie'), fc.constantFrom('ragboard_session=forged', '')) },
      {
        weight: 1,
        arbitrary: header(fc.constant('content-length'), fc.constantFrom('0', '-1', 'abc', '99999999999')),
      },
      {
        weight: 1,
        arbitrary: header(fc.constant('x-forwarded-for'), fc.constantFrom('::1', '999.1.1.1', 'a, b')),
      },
      { weight: 2, arbitrary: header(fc.stringMatching(/^x-[a-z0-9-]{1,20}$/), ascii) },
    ),
    { maxLength: 3 },
  )
  .map((entries) => Object.fromEntries(entries));

const JSON_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/json;charset=UTF-8',
];
const WRONG_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/vnd.api+json',
  'application/merge-patch+json',
  '',
  ';;;',
  'application/json, text/plain',
];

const MALFORMED_JSON = [
  '{',
  '{"a":',
  'NaN',
  '[1,]',
  "{'a':1}",
  '\u0000',
  '{"a":1e999}',
  '\ufeff{}',
  '{"a":1,"a":2}',
  'null',
  '""',
  '[]',
];

const BOUNDARY = 'fuzz-boundary';
const multipartBody: fc.Arbitrary<{ payload: Buffer; type: string }> = fc
  .record({
    fileName: fc.oneof(
      fc.constantFrom('plan.csv', 'plan.xlsx', 'plan.pdf', '../../plan.csv', ''),
      hostileString,
    ),
    rows: fc.array(
      fc.array(fc.oneof(fc.string({ maxLength: 12 }), hostileString), { minLength: 1, maxLength: 6 }),
      {
        maxLength: 6,
      },
    ),
    header: fc.constantFrom('priority,outcome,action,due,status,lead', 'Theme,Lead', ''),
    fields: fc.dictionary(
      fc.constantFrom('title', 'mapping', 'extra', 'file'),
      fc.oneof(hostileString, fc.json()),
      {
        maxKeys: 3,
      },
    ),
    truncated: fc.boolean(),
    type: fc.constantFrom(
      `multipart/form-data; boundary=${BOUNDARY}`,
      'multipart/form-data; boundary=other',
      'multipart/form-data',
    ),
  })
  .map(({ fileName, rows, header, fields, truncated, type }) => {
    const csv = [header, ...rows.map((r) => r.map((c) => c.replace(/"/g, '""')).join(','))].join('\r\n');
    const parts = Object.entries(fields).map(
      ([name, value]) =>
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    );
    const file = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName.replace(/"/g, '')}"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n`;
    const body = `${parts.join('')}${file}${truncated ? '' : `--${BOUNDARY}--\r\n`}`;
    return { payload: Buffer.from(body), type };
  });

function body(
  op: Operation,
  ids: IdPool,
): fc.Arbitrary<{ payload: string | Buffer | undefined; type?: string }> {
  const json = (value: fc.Arbitrary<unknown>, types = JSON_TYPES) =>
    fc.tuple(value, fc.constantFrom(...types)).map(([v, type]) => ({ payload: JSON.stringify(v), type }));
  const shaped = op.body ? schemaValue(op.body, ids) : fc.constant({});
  return fc.oneof(
    { weight: op.body ? 4 : 1, arbitrary: json(shaped) },
    { weight: op.body ? 6 : 1, arbitrary: json(fc.tuple(shaped, mutation).map(([v, m]) => mutate(v, m))) },
    { weight: 1, arbitrary: json(hostileValue) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...MALFORMED_JSON).map((payload) => ({ payload, type: 'application/json' })),
    },
    { weight: 1, arbitrary: json(shaped, WRONG_TYPES) },
    { weight: 1, arbitrary: multipartBody },
    { weight: op.method === 'GET' ? 8 : 1, arbitrary: fc.constant({ payload: undefined }) },
  );
}

/** A request to `op`: fill in the path, then add a query string, headers and a body. */
export function requestTo(op: Operation, ids: IdPool): fc.Arbitrary<FuzzRequest> {
  const params = fc.tuple(...op.pathParams.map((p) => pathValue(p, ids)));
  return fc
    .record({
      params,
      query: queryString(op, ids),
      headers: fuzzHeaders,
      body: body(op, ids),
    })
    .map(({ params, query, headers, body }) => {
      let i = 0;
      const path = op.path.replace(/\{\w+\}/g, () => params[i++] ?? '');
      return {
        url: `${path}${query}`,
        headers: { ...(body.type === undefined ? {} : { 'content-type': body.type }), ...headers },
        payload: body.payload,
      };
    });
}
