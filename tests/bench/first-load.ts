// The JavaScript a browser loads first: what the built index.html loads (its module script and
// modulepreload links), and, since every route is lazy, that plus each first page's own chunks
// and what they import. Gzipped at level 9 (issue 10's measure), and as the server sends it: the
// .br that `pnpm build` wrote beside each file (decision 043), or the plain file where there is none.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

export interface Loaded {
  files: string[];
  gzipBytes: number;
  /** As served to a browser that accepts brotli. */
  servedBytes: number;
}

export interface FirstLoad {
  /** Entry script and modulepreloads named by index.html. */
  entry: Loaded;
  /** The entry plus each first page's chunk graph. */
  pages: ({ name: string } & Loaded)[];
}

/** The pages people open first, by the name of their chunk. */
const FIRST_PAGES = [
  { name: 'sign-in', chunk: /^sign-in-page-.*\.js$/ },
  { name: 'emailed link', chunk: /^update-request-page-.*\.js$/ },
  { name: 'dashboard', chunk: /^dashboard-page-.*\.js$/ },
];

const gzipped = (file: string) =>
  gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }).length;
const served = (file: string) => statSync(existsSync(`${file}.br`) ? `${file}.br` : file).size;

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
  const loaded = (files: string[]): Loaded => ({
    files,
    gzipBytes: files.reduce((total, f) => total + gzipped(join(distDir, f)), 0),
    servedBytes: files.reduce((total, f) => total + served(join(distDir, f)), 0),
  });
  const chunks = readdirSync(assets);
  return {
    entry: loaded(closure(named)),
    pages: FIRST_PAGES.map(({ name, chunk }) => {
      const own = chunks.filter((f) => chunk.test(f)).map((f) => `assets/${f}`);
      return { name, ...loaded(closure([...named, ...own])) };
    }),
  };
}
