import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  crossModuleImports,
  edgesWithin,
  intoInternals,
  type ModuleImport,
  moduleCycles,
} from './module-graph';

const srcDir = fileURLToPath(new URL('..', import.meta.url));

describe('API module boundaries (decision 045)', () => {
  const imports = crossModuleImports(srcDir);

  it('finds the imports between modules that the app is built from', () => {
    // The reader sees the composition root's imports: if it saw none, the checks below would pass blind.
    expect(imports.some((i) => i.file === 'app.ts' && i.to === 'status-updates')).toBe(true);
    expect(imports.some((i) => i.from === 'status-updates' && i.to === 'plans')).toBe(true);
  });

  it('reaches another module only through its index.ts', () => {
    expect(imports.filter(intoInternals).map((i) => `${i.file} imports ${i.imported}`)).toEqual([]);
  });

  it('has no cycle between modules', () => {
    const cycles = moduleCycles(imports).map((modules) => edgesWithin(imports, modules));
    expect(cycles).toEqual([]);
  });

  it('keeps the read model and the journal below every module', () => {
    const below = imports.filter((i) => /^(read-model|journal|db\/(?!demo))/.test(i.file));
    expect(below.map((i) => `${i.file} imports ${i.imported}`)).toEqual([]);
  });
});

describe('the module graph reader', () => {
  const edge = (from: string, to: string, file = `modules/${from}/x.ts`): ModuleImport => ({
    file,
    imported: `modules/${to}`,
    from,
    to,
  });

  it('names every module of a cycle, however long, and no module outside it', () => {
    const cycles = moduleCycles([
      edge('a', 'b'),
      edge('b', 'c'),
      edge('c', 'a'),
      edge('c', 'd'),
      edge('e', 'd'),
    ]);
    expect(cycles).toEqual([['a', 'b', 'c']]);
    expect(moduleCycles([edge('a', 'b'), edge('b', 'c'), edge('a', 'c')])).toEqual([]);
  });

  it('tells an index import from an import of a file inside a module', () => {
    const to = (imported: string): ModuleImport => ({ file: 'app.ts', imported, from: null, to: 'plans' });
    expect(intoInternals(to('modules/plans'))).toBe(false);
    expect(intoInternals(to('modules/plans/index'))).toBe(false);
    expect(intoInternals(to('modules/plans/plans.repository'))).toBe(true);
    expect(intoInternals(to('modules/reports/exports/pdf'))).toBe(true);
  });
});
