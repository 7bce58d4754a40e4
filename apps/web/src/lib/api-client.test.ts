import { planListSchema } from '@ragboard/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planSummary } from '../test/factories';
import { ApiError, apiGet } from './api-client';

function reply(status: number, body: unknown) {
  const fetchStub = vi.fn(async () => new Response(JSON.stringify(body), { status }));
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
