// The real server as a process of its own, from source, as `pnpm start` runs it from the build: on
// its own port, on an embedded data folder or a PostgreSQL database of its own.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testDatabaseUrl } from '../../apps/api/src/config';
import { createPostgresDatabase } from '../../apps/api/src/test/test-database';
import { freePort } from '../../apps/api/src/test/waiting';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServerProcess {
  url: string;
  pid: number;
  /** What it has written to stdout and stderr so far. */
  output(): string;
  /** How it ended, once it has. */
  ended: Promise<Ended>;
  /** Resolves once /api/health answers 200; rejects if the server ends or has not started by then. */
  up(): Promise<void>;
  signal(name: NodeJS.Signals): void;
  /** Ends it at once (SIGKILL), as a power cut would, and waits for it to be gone. */
  kill(): Promise<void>;
}

/**
 * Starts the server and returns at once, before it is up. `preload` is a module imported before the
 * server's own, as a test's stand-in for something in the process the server cannot see.
 */
export async function spawnServer(env: Record<string, string>, preload?: string): Promise<ServerProcess> {
  const port = await freePort();
  let output = '';
  const imports = ['--import', 'tsx', ...(preload ? ['--import', preload] : [])];
  const child: ChildProcess = spawn(process.execPath, [...imports, 'apps/api/src/server.ts'], {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const ended = new Promise<Ended>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    pid: child.pid!,
    output: () => output,
    ended,
    async up() {
      const deadline = Date.now() + 90_000;
      for (;;) {
        if (gone()) throw new Error(`the server stopped (${child.exitCode ?? child.signalCode}):\n${output}`);
        const up = await fetch(`${url}/api/health`)
          .then((r) => r.status === 200)
          .catch(() => false);
        if (up) return;
        if (Date.now() > deadline) throw new Error(`the server did not start:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    signal: (name) => void child.kill(name),
    async kill() {
      if (!gone()) child.kill('SIGKILL');
      await ended;
    },
  };
}

/** The server, up and answering. */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const server = await spawnServer(env);
  await server.up();
  return server;
}

/**
 * A database of the server's own: an empty embedded data folder, or (with TEST_DATABASE_URL) an
 * empty PostgreSQL database; with the demo, as a first start makes it. `remove()` deletes it.
 */
export async function serverDatabase(): Promise<{
  env: Record<string, string>;
  /** The data folder, on the embedded database. */
  dataDir: string | null;
  remove(): Promise<void>;
}> {
  const env: Record<string, string> = { RAGBOARD_DEMO: '1', SESSION_SECRET: randomBytes(32).toString('hex') };
  const serverUrl = testDatabaseUrl();
  if (serverUrl) {
    const created = await createPostgresDatabase(serverUrl);
    return { env: { ...env, DATABASE_URL: created.url }, dataDir: null, remove: created.drop };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'ragboard-server-'));
  return {
    env: { ...env, RAGBOARD_DATA_DIR: dataDir },
    dataDir,
    remove: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** The processes whose command line names `text` (a data folder, a pid), as `ps` lists them. */
export function processesNaming(text: string): string[] {
  const listed = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return listed
    .split('\n')
    .filter((line) => line.includes(text))
    .map((line) => line.trim());
}

/** A stopping server's watchdog, while it is still there: it names the server's pid (decision 044). */
export function watchdogOf(server: ServerProcess): string[] {
  return processesNaming(` ${server.pid} `).filter((line) => line.includes("'SIGKILL'"));
}
