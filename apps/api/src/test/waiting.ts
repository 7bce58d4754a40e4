import { createServer } from 'node:net';

/** A port nobody is listening on, for a server a test starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * How long a test waits for what must happen by itself (a NOTIFY heard, a line to the database back):
 * long enough that a busy machine never fails it, while a bug, which never brings it about, still
 * does. A bound on when, never a measure of how fast.
 */
export const EVENTUALLY_MS = 20_000;

/** Polls until `check` holds; fails if it has not by EVENTUALLY_MS. */
export async function eventually(check: () => Promise<boolean>, everyMs = 5): Promise<void> {
  const started = performance.now();
  while (!(await check())) {
    if (performance.now() - started > EVENTUALLY_MS) throw new Error(`not seen within ${EVENTUALLY_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
