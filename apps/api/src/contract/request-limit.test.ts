// The API-wide request limit, as the document declares it: it counts every request before
// authentication (decision 042), so once an address has had its requests, every GET answers 429
// with Retry-After, whoever asks, and the document says so for each.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../test/test-app';
import { getRequests, unknownIds } from './get-requests';
import { documentChecker, type OpenApiDocument } from './openapi-document';

const ctx = await createTestApp({ requestsPerMinute: 1 });
afterAll(() => ctx.close());
// Read here rather than asked for, so that it spends no request.
await ctx.app.ready();
const document = ctx.app.swagger() as unknown as OpenApiDocument;
const { problems } = documentChecker(document);

describe('past the request limit', () => {
  it('answers 429 with Retry-After to every GET, signed in or not, as the document declares', async () => {
    expect((await ctx.app.inject({ url: '/api/health' })).statusCode).toBe(200);
    const found: string[] = [];
    for (const request of getRequests(document, unknownIds())) {
      // A session cookie that names nothing: the limit answers before anyone looks it up.
      for (const headers of [{ cookie: 'ragboard_session=forged' }, {}]) {
        const reply = await ctx.app.inject({ url: request.url, headers });
        expect([request.url, reply.statusCode]).toEqual([request.url, 429]);
        expect(Number(reply.headers['retry-after'])).toBeGreaterThan(0);
        for (const problem of problems('GET', request.path, reply)) found.push(`${request.url}: ${problem}`);
      }
    }
    expect(found).toEqual([]);
  });
});
