import { errorResponseSchema, healthSchema } from '@ragboard/shared';
import { describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../../config';
import { createTestApp } from '../../test/test-app';

describe('GET /api/health', () => {
  it('answers ok and names the database driver in use', async () => {
    const { app, close } = await createTestApp();
    const reply = await app.inject({ method: 'GET', url: '/api/health' });
    expect(reply.statusCode).toBe(200);
    expect(healthSchema.parse(reply.json())).toEqual({
      status: 'ok',
      database: testDatabaseUrl() ? 'postgres' : 'pglite',
    });
    await close();
  });

  it('answers 503 in the error shape when the database is unreachable', async () => {
    const { app, database } = await createTestApp();
    await database.close();
    const reply = await app.inject({ method: 'GET', url: '/api/health' });
    expect(reply.statusCode).toBe(503);
    expect(errorResponseSchema.parse(reply.json()).error).toEqual({
      code: 'service_unavailable',
      message: 'The database is unreachable',
    });
    await app.close();
  });
});
