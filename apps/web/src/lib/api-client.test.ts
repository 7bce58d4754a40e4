import { importCommitReplySchema, planListSchema } from '@ragboard/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planSummary } from '../test/factories';
import { ApiError, apiGet, apiSend, setCsrfToken } from './api-client';

function reply(status: number, body: unknown) {
  const fetchStub = vi.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) => new Response(JSON.stringify(body), { status }),
  );
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}

describe('apiGet', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('parses a reply with the shared schema and sends same-origin credentials', async () => {
    const plans = [planSummary()];
    const fetchStub = reply(200, { plans });
    await expect(apiGet('/api/plans', planListSchema)).resolves.toEqual({ plans });
    expect(fetchStub).toHaveBeenCalledWith(
      '/api/plans',
      expect.objectContaining({ credentials: 'same-origin' }),
    );
  });

  it("turns the API's error shape into an ApiError", async () => {
    reply(404, { error: { code: 'not_found', message: 'No such plan' } });
    const error = await apiGet('/api/plans/x', planListSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'not_found', message: 'No such plan' });
  });

  it('refuses a reply that does not match the schema', async () => {
    reply(200, { plans: [{ id: 'not a plan' }] });
    await expect(apiGet('/api/plans', planListSchema)).rejects.toMatchObject({ code: 'internal_error' });
  });

  it('reports an unreachable server as service unavailable', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(apiGet('/api/plans', planListSchema)).rejects.toMatchObject({
      status: 0,
      code: 'service_unavailable',
    });
  });
});

describe('apiSend', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it('sends a FormData as it is, with the CSRF token, leaving its multipart content type to fetch', async () => {
    const planId = '00000000-0000-4000-8000-000000000001';
    const fetchStub = reply(201, { planId });
    setCsrfToken('token-1');
    const form = new FormData();
    form.append('title', 'Imported plan');
    await expect(apiSend('POST', '/api/imports', form, importCommitReplySchema)).resolves.toEqual({ planId });
    const init = fetchStub.mock.calls[0]?.[1];
    expect(init?.body).toBe(form);
    expect(init?.headers).toEqual({ accept: 'application/json', 'x-csrf-token': 'token-1' });
  });

  it('sends anything else as JSON', async () => {
    const fetchStub = reply(200, { plans: [] });
    await apiSend('POST', '/api/plans/x', { reason: 'gone' }, planListSchema);
    const init = fetchStub.mock.calls[0]?.[1];
    expect(init?.body).toBe('{"reason":"gone"}');
    expect(init?.headers).toMatchObject({ 'content-type': 'application/json' });
  });
});
