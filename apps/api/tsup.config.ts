import { defineConfig } from 'tsup';

/** One file for plain Node: @ragboard/shared is TypeScript source, so it is bundled in. */
export default defineConfig({
  entry: { server: 'src/server.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  outDir: 'dist',
  clean: true,
  sourcemap: true,
  noExternal: ['@ragboard/shared'],
});
