// The servers under test run as plain JavaScript, as `pnpm start` runs the API: bundled here
// with the API's own bundler (tsup) rather than loaded through tsx, whose loader thread alone
// adds about 30 MB to a process's memory. Packages stay external, @ragboard/shared (TypeScript
// source) is bundled in; the output sits inside apps/api so those packages resolve.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '../..');
const outDir = join(repo, 'apps/api/node_modules/.cache/ragboard-bench');

export async function buildServers(): Promise<{ server: string; bare: string }> {
  const tsupPath = createRequire(join(repo, 'apps/api/package.json')).resolve('tsup');
  const { build } = (await import(tsupPath)) as {
    build: (options: Record<string, unknown>) => Promise<void>;
  };
  await build({
    entry: {
      server: join(import.meta.dirname, 'server.ts'),
      bare: join(import.meta.dirname, 'bare-server.ts'),
    },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    outDir,
    clean: true,
    config: false,
    silent: true,
    noExternal: ['@ragboard/shared'],
    external: [/^(?![./]|@ragboard\/)/],
  });
  return { server: join(outDir, 'server.js'), bare: join(outDir, 'bare.js') };
}
