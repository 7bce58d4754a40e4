// The API keeps to its own OpenAPI document (issue 33): every GET it publishes, asked by each role,
// an API token, a lead's emailed link and nobody, answers a status the document declares for it,
// of a media type declared for that status, with a body valid against its schema (Ajv 2020).

import { randomUUID } from 'node:crypto';
import { mayAccess, ROLES } from '@ragboard/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_RESTORE_BYTES } from '../modules/backup';
import { createTestApp } from '../test/test-app';
import { CALLERS, contractFixtures } from './contract-fixtures';
import { documentPath, getRequests } from './get-requests';
import { documentChecker, type OpenApiDocument } from './openapi-document';

const today = new Date('2026-05-15T10:00:00Z');
// With the request limit on, as in production: the document then declares 429 too.
const ctx = await createTestApp({ now: () => today });
afterAll(() => ctx.close());
const fixtures = await contractFixtures(ctx.app, today);
const document = (await ctx.app.inject({ url: '/api/openapi.json' })).json() as OpenApiDocument;
const { problems } = documentChecker(document);

/** GETs no caller can be answered 2xx by here, and why; every other GET must be, by someone. */
const NOT_REACHED: Record<string, string> = {
  '/api/auth/oidc/start':
    'sign-in with OpenID Connect is not set up here: 404 (oidc.test.ts follows its redirects)',
  '/api/auth/oidc/callback':
    'sign-in with OpenID Connect is not set up here: 404 (oidc.test.ts follows its redirects)',
};

describe('every GET, as every caller, keeps to the document', () => {
  const reached = new Set<string>();

  for (const request of getRequests(document, fixtures.ids)) {
    it(`GET ${request.url.replace(/[0-9a-f-]{36}/g, ':id')}`, async () => {
      const found: string[] = [];
      for (const caller of CALLERS) {
        const reply = await ctx.app.inject({ url: request.url, headers: fixtures.headersOf[caller] });
        if (reply.statusCode < 300) reached.add(request.path);
        for (const problem of problems('GET', request.path, reply))
          found.push(`${caller} → ${reply.statusCode}: ${problem}`);
      }
      expect(found).toEqual([]);
    });
  }

  it('reaches a 2xx of every GET, as someone, but those listed with their reason', () => {
    const gets = Object.keys(document.paths).filter((path) => document.paths[path]!.get);
    expect(gets.filter((path) => !reached.has(path)).sort()).toEqual(Object.keys(NOT_REACHED).sort());
  });
});

describe('refusals every route of a kind may answer', () => {
  it('refuses an API token with 403 on every GET not marked for tokens, as the document says', async () => {
    const refused = ctx.app.routeTable.filter(
      (r) => r.method === 'GET' && !r.apiToken && r.access !== 'public' && r.access !== 'update-request',
    );
    expect(refused.length).toBeGreaterThan(0);
    for (const route of refused) {
      const path = documentPath(route.url);
      const url = route.url.replace(/:(\w+)/g, (_, name: string) => fixtures.ids[name]!(path));
      const query = path.endsWith('/export') ? '?format=csv' : '';
      const reply = await ctx.app.inject({ url: url + query, headers: fixtures.headersOf['api token'] });
      expect([path, reply.statusCode]).toEqual([path, 403]);
      expect(problems('GET', path, reply)).toEqual([]);
    }
  });

  it('answers 400 to a query string holding text that cannot be stored, on every GET, as declared', async () => {
    for (const request of getRequests(document, fixtures.ids)) {
      const url = `${request.url}${request.url.includes('?') ? '&' : '?'}q=%00`;
      const route = ctx.app.routeTable.find((r) => documentPath(r.url) === request.path);
      const caller =
        route?.access === 'update-request'
          ? 'emailed link'
          : route && route.access !== 'public'
            ? 'manager'
            : 'anonymous';
      const reply = await ctx.app.inject({ url, headers: fixtures.headersOf[caller] });
      expect([request.path, reply.statusCode]).toEqual([request.path, 400]);
      expect(problems('GET', request.path, reply)).toEqual([]);
    }
  });

  it('declares the sign-in redirects’ 400 for a return address or provider reply too long to be one', async () => {
    for (const url of [
      `/api/auth/oidc/start?returnTo=/${'x'.repeat(4000)}`,
      `/api/auth/oidc/callback?state=${'s'.repeat(4001)}`,
    ]) {
      const reply = await ctx.app.inject({ url });
      expect(reply.statusCode).toBe(400);
      expect(problems('GET', url.split('?')[0]!, reply)).toEqual([]);
    }
  });
});

describe('refusals of body parsing, on every write, by a caller it admits', () => {
  const writes = ctx.app.routeTable.filter((r) => r.method !== 'GET');
  /** The cookie and CSRF token of a role the route admits, or the emailed link: the body is what is refused. */
  const admitted = (route: (typeof writes)[number]) => {
    if (route.access === 'update-request') return fixtures.headersOf['emailed link'];
    const role = ROLES.find((r) => mayAccess(route.access, r));
    return role && route.access !== 'public' ? fixtures.sessions[role].headers : {};
  };
  const send = (route: (typeof writes)[number], headers: Record<string, string>, payload: string) => {
    const path = documentPath(route.url);
    const url = route.url.replace(/:(\w+)/g, (_, name: string) => fixtures.ids[name]?.(path) ?? randomUUID());
    return ctx.app.inject({
      method: route.method as 'POST',
      url,
      headers: { ...admitted(route), ...headers },
      payload,
    });
  };

  it('answers 415 to a body that is not JSON, as declared', async () => {
    for (const route of writes) {
      const reply = await send(route, { 'content-type': 'text/plain' }, 'not JSON');
      expect([route.method, route.url, reply.statusCode]).toEqual([route.method, route.url, 415]);
      expect(problems(route.method, documentPath(route.url), reply)).toEqual([]);
    }
  });

  it('answers 413 to a body over the route’s limit (1 MB, or its own), as declared', async () => {
    for (const route of writes) {
      const limit = route.url === '/api/restore' ? MAX_RESTORE_BYTES : 1024 * 1024;
      const headers = { 'content-type': 'application/json', 'content-length': String(limit + 1) };
      const reply = await send(route, headers, '{}');
      expect([route.method, route.url, reply.statusCode]).toEqual([route.method, route.url, 413]);
      expect(problems(route.method, documentPath(route.url), reply)).toEqual([]);
    }
  });
});
