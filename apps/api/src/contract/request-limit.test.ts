// The API-wide request limit, as the document declares it: once an address has had its requests,
// every GET the limit counts answers 429 with Retry-After, and the document says so for each.
import { ROLES } from '@ragboard/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { signInAs } from '../test/sign-in';
import { createTestApp } from '../test/test-app';
import { getRequests, unknownIds } from './get-requests';
import { documentChecker, type OpenApiDocument } from './openapi-document';

const ctx = await createTestApp({ requestsPerMinute: 1 });
afterAll(() => ctx.close());
// Each role signs in, so a route's door lets one through to the limit. Signing in is not counted (it has its own limits), nor is reading the document here.
const cookies: { cookie: string }[] = [];
for (const role of ROLES) cookies.push({ cookie: (await signInAs(ctx.app, role)).cookie });
await ctx.app.ready();
const document = ctx.app.swagger() as unknown as OpenApiDocument;
const { problems } = documentChecker(document);
const ids = unknownIds();

/** Limited by its own rules rather than the API-wide limit: a link is checked before anything else. */
const OWN_LIMITS: Record<string, string> = {
  '/api/update-request': 'an emailed link’s own limit, per link and address (update-requests tests)',
};

describe('past the request limit', () => {
  it('answers 429 with Retry-After to every GET the limit counts, as the document declares', async () => {
    expect((await ctx.app.inject({ url: '/api/health' })).statusCode).toBe(200);
    const found: string[] = [];
    const limited = new Set<string>();
    for (const request of getRequests(document, ids)) {
      for (const headers of [...cookies, {}]) {
        const reply = await ctx.app.inject({ url: request.url, headers });
        if (reply.statusCode === 429) {
          limited.add(request.path);
          expect(Number(reply.headers['retry-after'])).toBeGreaterThan(0);
        }
        for (const problem of problems('GET', request.path, reply)) found.push(`${request.url}: ${problem}`);
      }
    }
    expect(found).toEqual([]);
    const declaring = Object.keys(document.paths).filter(
      (path) => document.paths[path]!.get?.responses['429'],
    );
    expect(declaring.filter((path) => !limited.has(path))).toEqual(Object.keys(OWN_LIMITS));
  });
});
