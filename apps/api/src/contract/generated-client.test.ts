// Issue 33: a client generated from the OpenAPI document (openapi-typescript's types, openapi-fetch)
// signs in and downloads a board report as a PDF, as bytes, from a real listening server.
import { boardReportSchema } from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActionWithLead } from '../test/factories';
import { createUser, signInAs, TEST_PASSWORD } from '../test/sign-in';
import { createTestApp } from '../test/test-app';
import { type GeneratedClient, generatedClient } from './generated-client';

const today = new Date('2026-05-15T10:00:00Z');

describe('a client generated from the document', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let generated: Awaited<ReturnType<typeof generatedClient>>;
  let client: GeneratedClient;
  let baseUrl: string;
  let reportId: string;
  let boardEmail: string;

  beforeAll(async () => {
    ctx = await createTestApp({ now: () => today, requestsPerMinute: false });
    const { plan } = await createActionWithLead(ctx.database.db);
    const manager = await signInAs(ctx.app, 'manager');
    const as = (method: 'POST', url: string, payload?: object) =>
      ctx.app.inject({ method, url, payload, headers: manager.headers });
    const draft = boardReportSchema.parse(
      (await as('POST', `/api/plans/${plan.id}/reports`, { period: '2026-04', title: 'April' })).json(),
    );
    // Published, so that a board member reads it.
    expect((await as('POST', `/api/reports/${draft.id}/publish`)).statusCode).toBe(200);
    reportId = draft.id;
    boardEmail = (await createUser(ctx.database.db, 'board')).email;
    baseUrl = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    generated = await generatedClient(`${baseUrl}/api/openapi.json`);
    client = generated.client;
    // Generating and type-checking a client is compiler work: room for a busy machine.
  }, 120_000);
  afterAll(async () => {
    generated?.remove();
    await ctx?.close();
  });

  it('type-checks against the generated types, which declare the export a PDF', () => {
    expect(generated.errors).toEqual([]);
  });

  it('signs in and downloads a report as a PDF, as bytes', async () => {
    const cookie = await client.signIn(baseUrl, boardEmail, TEST_PASSWORD);
    const { bytes, type } = await client.downloadPdf(baseUrl, { cookie }, reportId);
    expect(type).toBe('application/pdf');
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });
});
