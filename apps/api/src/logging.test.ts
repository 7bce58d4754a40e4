import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { loggerOptions } from './logging';

describe('the server log', () => {
  it('never holds a personal update link', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const options = loggerOptions('info') as object;
    const app = Fastify({ logger: { ...options, stream } });
    app.get('/update/:token', async () => 'page');
    const token = 'a'.repeat(43);
    expect((await app.inject({ method: 'GET', url: `/update/${token}` })).statusCode).toBe(200);
    await app.close();
    const logged = lines.join('');
    expect(logged).toContain('/update/[link removed once sent]');
    expect(logged).not.toContain(token);
  });
});
