// `pnpm start`: build whatever is missing or older than its sources, then run the server
// (which migrates, seeds the demo on first start and serves the API and the SPA on PORT).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`ragboard needs Node.js 20.19 or later; this is ${process.versions.node}.`);
  process.exit(1);
}

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const outputs = [join(root, 'apps/web/dist/index.html'), join(root, 'apps/api/dist/server.js')];
const sources = ['apps/web/src', 'apps/web/index.html', 'apps/api/src', 'packages/shared/src', 'migrations'];
const builtAt = Math.min(...outputs.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
if (builtAt < Math.max(...sources.map((s) => newest(join(root, s))))) {
  console.log('Building ragboard…');
  const build = spawnSync('pnpm', ['build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

await import(pathToFileURL(join(root, 'apps/api/dist/server.js')).href);
