import { spawn } from 'node:child_process';
import type { Socket } from 'node:net';

/** A stop's graceful close (requests, schedulers, the database) gets this long; then exit(1). */
export const CLOSE_LIMIT_MS = 10_000;
/** By then a stopping server's process has ended, whatever holds its thread (decision 044). */
export const STOP_LIMIT_MS = CLOSE_LIMIT_MS + 2_000;

/**
 * The watchdog, run by a Node process of its own: it ends the server's process (argv[1]) at the
 * deadline (argv[2], epoch ms), unless its stdin, a pipe from that process, closes first, as it
 * does the moment that process ends, however it ends.
 */
const WATCHDOG = `
const [pid, deadline] = process.argv.slice(1).map(Number);
const done = () => process.exit(0);
process.stdin.on('end', done).on('close', done).on('error', done).resume();
setTimeout(() => {
  try { process.kill(pid, 'SIGKILL'); } catch {}
  done();
}, Math.max(0, deadline - Date.now()));
`;

let armed = false;

/**
 * Makes sure this process ends once it has begun to: in this thread, exit(1) after CLOSE_LIMIT_MS,
 * and from a watchdog process, SIGKILL at STOP_LIMIT_MS. A timer of this thread alone is not
 * enough: what blocks the thread (a synchronous wait in the database's close, or in Node's own
 * teardown inside process.exit, which joins its worker threads) blocks its timers too. Arming again
 * changes nothing: the first deadline holds.
 */
export function armForcedExit(): void {
  if (armed) return;
  armed = true;
  const deadline = Date.now() + STOP_LIMIT_MS;
  setTimeout(() => {
    process.stderr.write(`ragboard did not close within ${CLOSE_LIMIT_MS / 1000} s; exiting\n`);
    process.exit(1);
  }, CLOSE_LIMIT_MS);
  const watchdog = spawn(process.execPath, ['-e', WATCHDOG, String(process.pid), String(deadline)], {
    stdio: ['pipe', 'ignore', 'ignore'],
    // Only the watchdog's few lines: none of the server's preloads.
    env: { ...process.env, NODE_OPTIONS: '' },
    windowsHide: true,
  });
  // A watchdog that cannot start leaves the timer above; it must not end the stop itself.
  watchdog.on('error', () => {});
  watchdog.stdin?.on('error', () => {});
  // Neither keeps this process alive; the pipe stays open until this process ends.
  watchdog.unref();
  (watchdog.stdin as Socket | null)?.unref();
}
