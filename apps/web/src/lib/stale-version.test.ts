import { planSchema } from '@ragboard/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planSummary } from '../test/factories';
import { ApiError, apiSend } from './api-client';
import { currentOf, isStaleVersion } from './stale-version';

describe('isStaleVersion', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('knows the API’s stale_version refusal, and reads the thing as it now stands from it', async () => {
    const current = { ...planSummary(), version: 3 };
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              error: { code: 'stale_version', message: 'This plan was changed', details: { current } },
            }),
            { status: 409 },
          ),
      ),
    );
    const error = await apiSend('PATCH', '/api/plans/x', { title: 'Mine' }, planSchema).catch(
      (e: unknown) => e,
    );
    expect(isStaleVersion(error)).toBe(true);
    expect(currentOf(error, planSchema)).toMatchObject({ id: current.id, version: 3 });
  });

  it('is not any other 409, however its details look, nor any other error', () => {
    const clash = new ApiError(409, 'conflict', 'Another plan already has the address', { version: 2 });
    expect(isStaleVersion(clash)).toBe(false);
    expect(currentOf(clash, planSchema)).toBeNull();
    expect(isStaleVersion(new ApiError(409, 'stale_version', 'No details'))).toBe(false);
    expect(isStaleVersion(new ApiError(400, 'validation_failed', 'Invalid', []))).toBe(false);
    expect(isStaleVersion(new Error('Network'))).toBe(false);
    expect(isStaleVersion(null)).toBe(false);
  });
});
