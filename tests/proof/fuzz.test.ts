// Bad input (issue #10): every operation in the OpenAPI document, as every role and as nobody,
// given random and hostile ids, query strings, headers and bodies. Whatever comes in: never a 5xx,
// every refusal in the one error shape, and a refused write leaves the database as it was.
// By hand: FUZZ_RUNS (requests per operation) widens a run, FUZZ_SEED replays one, and FUZZ_STATS=1
// prints how many requests to each operation got each status (how far past the door they reached).
import { randomUUID } from 'node:crypto';
import { errorResponseSchema, mayAccess, ROLES, type Role, UPDATE_REQUEST_HEADER } from '@ragboard/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../apps/api/src/db/demo/seed-demo';
import { MAX_RESTORE_BYTES } from '../../apps/api/src/modules/backup';
import { type Fingerprint, fingerprinter } from '../../apps/api/src/test/database-fingerprint';
import { type SignedIn, signIn, signInAs } from '../../apps/api/src/test/sign-in';
import { createTestApp } from '../../apps/api/src/test/test-app';
import { demoIds } from './fuzz/demo-ids';
import { FOUND_INPUTS } from './fuzz/found-inputs';
import { describeOperation, type Operation, operationsOf } from './fuzz/operations';
import { type FuzzRequest, requestTo } from './fuzz/requests';

const today = new Date('2026-05-15T10:00:00Z');
const runs = Number(process.env.FUZZ_RUNS ?? 12);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

const ctx = await createTestApp({ now: () => today, requestsPerMinute: false });
afterAll(() => ctx.close());
await seedDemo(ctx.database.db, today);
const sessions = new Map<Role, SignedIn>();
for (const role of ROLES) {
  const demo = DEMO_ACCOUNTS.find((a) => a.role === role);
  sessions.set(role, demo ? await signIn(ctx.app, demo.email, DEMO_PASSWORD) : await signInAs(ctx.app, role));
}
const manager = sessions.get('manager')!;
const ids = await demoIds(ctx.app, { manager, lead: sessions.get('lead')! }, today);
const operations = operationsOf((await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json());
const fingerprint = await fingerprinter(ctx.database.db);
let lastSeen: Fingerprint;

const statuses = new Map<string, Record<number, number>>();
afterAll(() => {
  if (process.env.FUZZ_STATS) for (const [op, counts] of statuses) console.log(op, JSON.stringify(counts));
});

/** Routes that take more than the app's 1 MB. */
const OWN_BODY_LIMITS: Record<string, number> = { 'POST /api/restore': MAX_RESTORE_BYTES };

/** Ending sessions and archiving or deleting demo items go last, so the rest meet live data. */
function destructiveness(op: Operation): number {
  // Signing out, and too many tries at a password (which signs out), go last.
  if (op.path === '/api/auth/logout' || op.path === '/api/auth/password') return 2;
  return op.method === 'DELETE' || /\/(archive|merge)$/.test(op.path) ? 1 : 0;
}

const accessOf = (op: Pick<Operation, 'method' | 'path'>) => {
  const url = op.path.replace(/\{(\w+)\}/g, ':$1');
  return ctx.app.routeTable.find((r) => r.method === op.method && r.url === url)?.access ?? 'public';
};

/** Every role and nobody, weighted towards those the route lets past its door. */
function callers(op: Operation): fc.Arbitrary<Role | null> {
  const access = accessOf(op);
  return fc.oneof(
    ...[...ROLES, null].map((role) => ({
      weight: mayAccess(access, role) ? 4 : 1,
      arbitrary: fc.constant(role),
    })),
  );
}

/** The first role the route lets in, so a request reaches its body. */
const admitted = (op: Pick<Operation, 'method' | 'path'>): Role =>
  ROLES.find((role) => mayAccess(accessOf(op), role)) ?? 'manager';

function parsedBody(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

async function send(op: Pick<Operation, 'method' | 'path'>, role: Role | null, request: FuzzRequest) {
  // A route of a lead's personal link is reached with the link, whoever else is signed in.
  const link = accessOf(op) === 'update-request' ? { [UPDATE_REQUEST_HEADER]: ids.updateRequestToken } : {};
  const reply = await ctx.app.inject({
    method: op.method,
    url: request.url,
    headers: { ...(role ? sessions.get(role)!.headers : {}), ...link, ...request.headers },
    payload: request.payload,
  });
  const counts = statuses.get(describeOperation(op)) ?? {};
  counts[reply.statusCode] = (counts[reply.statusCode] ?? 0) + 1;
  statuses.set(describeOperation(op), counts);
  const seen = `${role ?? 'anonymous'} ${op.method} ${request.url.slice(0, 300)} → ${reply.statusCode} ${reply.body.slice(0, 300)}`;
  return { reply, seen };
}

/** Tables whose contents differ between two fingerprints. */
const changedTables = (before: Fingerprint, after: Fingerprint) =>
  Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);

/** The three properties, checked on one reply; a successful write moves the reference point on. */
async function expectSafe(op: Operation, status: number, body: string, seen: string) {
  expect(status, seen).toBeLessThan(500);
  if (status >= 400) expect(errorResponseSchema.safeParse(parsedBody(body)).success, seen).toBe(true);
  if (op.method === 'GET') return;
  const [before, after] = [lastSeen, await fingerprint()];
  lastSeen = after;
  if (status >= 400)
    expect(changedTables(before, after), `a refused write changed data: ${seen}`).toEqual([]);
}

/** A path with the demo's first id of each kind in it: `/api/plans/{planId}` or `/api/plans/:planId`. */
const withIds = (path: string) =>
  path.replace(
    /\{(\w+)\}|:(\w+)/g,
    (_, a?: string, b?: string) => ids.byName[(a ?? b)!]?.[0] ?? randomUUID(),
  );

/** Sends as a role the route admits, expects a refusal with `status` in the error shape, and nothing written. */
async function expectRefused(
  op: Pick<Operation, 'method' | 'path'>,
  status: number,
  headers: Record<string, string> = {},
  payload?: string | Buffer,
) {
  const before = await fingerprint();
  const { reply, seen } = await send(op, admitted(op), { url: withIds(op.path), headers, payload });
  expect(reply.statusCode, seen).toBe(status);
  const { code } = errorResponseSchema.parse(reply.json()).error;
  if (status === 413) expect(code, seen).toBe('payload_too_large');
  if (status === 415) expect(code, seen).toBe('unsupported_media_type');
  expect(changedTables(before, await fingerprint()), seen).toEqual([]);
}

describe('inputs the fuzzer once broke the API with', () => {
  for (const found of FOUND_INPUTS) {
    it(`answers ${found.status} in the error shape to ${found.what}`, async () => {
      await expectRefused(
        { method: found.method, path: found.url },
        found.status,
        found.headers,
        found.payload,
      );
    });
  }

  it('exports a workbook whatever the priority refs (Excel refuses "/" and names equal but for case)', async () => {
    const as = (who: SignedIn) => (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
      ctx.app.inject({ method, url, payload, headers: who.headers });
    const [first, second, third] = ids.byName.priorityId!;
    for (const [id, ref] of [
      [first, 'a/b'],
      [second, 'X'],
      [third, 'x'],
    ] as const)
      expect((await as(manager)('PATCH', `/api/priorities/${id}`, { ref })).statusCode).toBe(200);
    const report = await as(manager)('POST', withIds('/api/plans/{planId}/reports'), {
      period: '2026-04',
      title: 'Odd refs',
    });
    const exported = await as(manager)('GET', `/api/reports/${report.json().id}/export?format=xlsx`);
    expect(exported.statusCode, exported.body.slice(0, 200)).toBe(200);
  });
});

describe('bodies too large, of the wrong type, or not JSON', () => {
  const withBody = operations.filter((op) => op.body);

  it('answers 413 to a JSON body over its limit on every operation that takes one (1 MB, or its own)', async () => {
    const huge = JSON.stringify({ title: 'x'.repeat(1024 * 1024), note: 'x' });
    for (const op of withBody) {
      const ownLimit = OWN_BODY_LIMITS[describeOperation(op)];
      // A body over a route's own, larger limit is refused by its declared length, before it is read.
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (ownLimit) headers['content-length'] = String(ownLimit + 1);
      await expectRefused(op, 413, headers, ownLimit ? '{}' : huge);
    }
  });

  it('answers 415 to text/plain and application/xml on every operation that takes JSON', async () => {
    for (const op of withBody) {
      await expectRefused(op, 415, { 'content-type': 'text/plain' }, '{"title":"Plain"}');
      await expectRefused(op, 415, { 'content-type': 'application/xml' }, '<title>XML</title>');
    }
  });

  it('answers 400 to malformed JSON on every operation that takes JSON', async () => {
    for (const op of withBody)
      await expectRefused(op, 400, { 'content-type': 'application/json' }, '{"title": "cut off');
  });

  const upload = operations.find((op) => op.method === 'POST' && op.path === '/api/imports')!;
  const multipart = (content: Buffer, end: boolean) =>
    Buffer.concat([
      Buffer.from('--b\r\nContent-Disposition: form-data; name="file"; filename="plan.csv"\r\n\r\n'),
      content,
      Buffer.from(end ? '\r\n--b--\r\n' : ''),
    ]);

  it('answers 413 to an import upload over its 5 MB limit, and 400 to one cut off or without a boundary', async () => {
    const csv = Buffer.from('priority,outcome,action\r\nP,O,A\r\n');
    const type = { 'content-type': 'multipart/form-data; boundary=b' };
    await expectRefused(upload, 413, type, multipart(Buffer.alloc(5 * 1024 * 1024 + 1, 'a'), true));
    await expectRefused(upload, 400, type, multipart(csv, false));
    await expectRefused(upload, 400, { 'content-type': 'multipart/form-data' }, multipart(csv, true));
  });
});

describe('every operation, fuzzed as every role', () => {
  beforeAll(async () => {
    lastSeen = await fingerprint();
  });
  const ordered = [...operations].sort((a, b) => destructiveness(a) - destructiveness(b));

  it('covers every route the app declares', () => {
    const published = new Set(operations.map((op) => `${op.method} ${op.path.replace(/\{(\w+)\}/g, ':$1')}`));
    const declared = ctx.app.routeTable
      .map((r) => `${r.method} ${r.url}`)
      .filter((r) => !r.includes('/api/docs'));
    expect(declared.filter((r) => !published.has(r))).toEqual([]);
  });

  for (const op of ordered) {
    it(`${describeOperation(op)}: never 5xx, refusals in the error shape, refused writes change nothing`, async () => {
      const role = callers(op);
      await fc.assert(
        fc.asyncProperty(role, requestTo(op, ids), async (who, request) => {
          const { reply, seen } = await send(op, who, request);
          await expectSafe(op, reply.statusCode, reply.body, seen);
        }),
        { numRuns: runs, seed },
      );
    });
  }
});
