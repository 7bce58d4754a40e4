import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

/** Every relative import of a TypeScript file: static, re-exported and dynamic. */
const IMPORT = /(?:from\s*|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]*)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

export interface ModuleImport {
  file: string;
  imported: string;
  from: string | null;
  to: string;
}

/**
 * The imports from one API module into another, read from the source: `from` is the importing
 * module (null outside `modules/`), `to` the imported one, `imported` the file as written,
 * relative to `src`.
 */
export function crossModuleImports(srcDir: string): ModuleImport[] {
  const modulesDir = join(srcDir, 'modules');
  const moduleOf = (path: string) => {
    const inside = relative(modulesDir, path);
    return inside.startsWith('..') ? null : (inside.split(sep)[0] ?? null);
  };
  const found: ModuleImport[] = [];
  for (const file of sourceFiles(srcDir)) {
    const from = moduleOf(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = normalize(join(dirname(file), match[1]!));
      const to = moduleOf(target);
      if (to && to !== from) {
        found.push({ file: relative(srcDir, file), imported: relative(srcDir, target), from, to });
      }
    }
  }
  return found;
}

/** An import that reaches past a module's `index.ts` into its files. */
export const intoInternals = (i: ModuleImport) => {
  const parts = i.imported.split(sep);
  return !(parts.length === 2 || (parts.length === 3 && parts[2] === 'index'));
};

/** The cycles of the module graph, each as the modules around it (empty when there are none). */
export function moduleCycles(imports: ModuleImport[]): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const i of imports) {
    if (!i.from) continue;
    if (!edges.has(i.from)) edges.set(i.from, new Set());
    edges.get(i.from)!.add(i.to);
  }
  // Tarjan's strongly connected components: a component of more than one module is a cycle.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles;
}

/** Each module's imports of other modules, for a message that shows where a cycle runs. */
export function edgesWithin(imports: ModuleImport[], modules: string[]): string[] {
  const inside = new Set(modules);
  const lines = new Set<string>();
  for (const i of imports) {
    if (i.from && inside.has(i.from) && inside.has(i.to)) lines.add(`${i.from} → ${i.to} (${i.file})`);
  }
  return [...lines].sort();
}
