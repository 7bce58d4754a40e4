// The JavaScript a browser loads first, gzipped as a server would send it: what the built
// index.html loads (its module script and modulepreload links), and, since every route is lazy,
// that plus the landing page's own chunks (the dashboard) and what they import.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

export interface FirstLoad {
  /** Entry script and modulepreloads named by index.html. */
  entry: { files: string[]; gzipBytes: number };
  /** The entry plus the landing route's chunk graph. */
  landing: { files: string[]; gzipBytes: number };
}

const gzipped = (file: string) =>
  gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }).length;

/** Relative imports of a built chunk (static only: `import(...)` loads later). */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) found.add(m[1]!);
  return [...found];
}

export function firstLoad(distDir: string): FirstLoad | null {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) return null;
  const html = readFileSync(indexFile, 'utf8');
  const named = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!.replace(/^\//, ''));

  const assets = join(distDir, 'assets');
  const closure = (roots: string[]) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const dir = file.slice(0, file.lastIndexOf('/') + 1);
      for (const name of staticImports(readFileSync(join(distDir, file), 'utf8'))) visit(`${dir}${name}`);
    };
    for (const root of roots) visit(root);
    return [...seen];
  };
  const sum = (files: string[]) => files.reduce((total, f) => total + gzipped(join(distDir, f)), 0);

  const landingChunk = readdirSync(assets).find((f) => /^dashboard-page-.*\.js$/.test(f));
  const entryFiles = closure(named);
  const landingFiles = closure([...named, ...(landingChunk ? [`assets/${landingChunk}`] : [])]);
  return {
    entry: { files: entryFiles, gzipBytes: sum(entryFiles) },
    landing: { files: landingFiles, gzipBytes: sum(landingFiles) },
  };
}
