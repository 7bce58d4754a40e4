import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../apps/api/src/test/waiting';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const serverEntry = join(repoRoot, 'apps/api/dist/server.js');
const webIndex = join(repoRoot, 'apps/web/dist/index.html');
const STARTUP_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 15_000;

function requireBuild(): void {
  const missing = [serverEntry, webIndex].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `The browser tests need the built app; run \`pnpm build\` first. Missing: ${missing.join(', ')}`,
    );
  }
}

async function waitForHealth(baseUrl: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`The server stopped during start-up (exit ${server.exitCode}):\n${output()}`);
    }
    const healthy = await fetch(`${baseUrl}/api/health`)
      .then((response) => response.status === 200)
      .catch(() => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not answer /api/health within ${STARTUP_TIMEOUT_MS} ms:\n${output()}`);
}

function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => server.kill('SIGKILL'), STOP_TIMEOUT_MS);
    server.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

/**
 * The built app (apps/api/dist/server.js) on a free loopback port with a fresh embedded database
 * (so the demo loads), and any further environment given; `stop()` ends it and removes its data.
 */
export async function startAppServer(extraEnv: Record<string, string> = {}, port?: number) {
  requireBuild();
  const dataDir = mkdtempSync(join(tmpdir(), 'ragboard-e2e-'));
  const listenOn = port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${listenOn}`;
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const server = spawn(process.execPath, [serverEntry], {
    cwd: repoRoot,
    env: {
      ...env,
      PORT: String(listenOn),
      HOST: '127.0.0.1',
      RAGBOARD_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  server.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });

  const teardown = async () => {
    await stop(server);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, server, () => log);
  } catch (error) {
    await teardown();
    throw error;
  }
  return { baseUrl, stop: teardown, log: () => log };
}
