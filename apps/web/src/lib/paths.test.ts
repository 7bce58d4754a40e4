import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { itemPath, paths, publicSummaryPath } from './paths';

/** Each page's path builder, with the names of its pattern's parameters in order. */
const pages = Object.entries(paths).map(([name, build]) => ({
  name,
  build: build as (...args: string[]) => string,
  pattern: build.pattern,
  params: [...build.pattern.matchAll(/:(\w+)/g)].map((m) => m[1]!),
}));

describe('the paths map', () => {
  it('builds, for every page, a path its own pattern matches, with the ids given back', () => {
    // Ids with characters a path must escape still come back whole.
    for (const { name, build, pattern, params } of pages) {
      const ids = params.map((param, i) => `${param} ${i}/?#`);
      const path = build(...ids);
      const match = matchPath(pattern, path.split('?')[0]!);
      const given = Object.entries(match?.params ?? {}).map(([param, value = '']) => [
        param,
        decodeURIComponent(value),
      ]);
      expect([name, Object.fromEntries(given)]).toEqual([
        name,
        Object.fromEntries(params.map((param, i) => [param, ids[i]])),
      ]);
    }
  });

  it('gives the paths people see and the router reads', () => {
    expect(paths.plan('p1')).toBe('/plans/p1');
    expect(paths.plan.pattern).toBe('/plans/:planId');
    expect(paths.planEdit('p1')).toBe('/plans/p1/edit');
    expect(paths.action('a1')).toBe('/actions/a1');
    expect(paths.newOutcome('p1', 'pr1')).toBe('/plans/p1/priorities/pr1/outcomes/new');
    expect(itemPath('kpi', 'k1')).toBe('/kpis/k1');
    expect(publicSummaryPath('action', 'a1')).toBe('/actions/a1/public-summary');
  });

  it('puts a page’s query in its query string, and leaves it off when there is none', () => {
    expect(paths.plan('p1', { statuses: ['Red', 'Amber'], organisation: 'A & B', period: '2026-11' })).toBe(
      '/plans/p1?status=Red&status=Amber&organisation=A+%26+B&period=2026-11',
    );
    expect(paths.plan('p1', {})).toBe('/plans/p1');
    expect(paths.planDashboard('p1', '2026-10')).toBe('/plans/p1/dashboard?period=2026-10');
    expect(paths.planRound('p1')).toBe('/plans/p1/round');
    expect(paths.signIn('/plans/p1?tab=kpis')).toBe(
      `/sign-in?returnTo=${encodeURIComponent('/plans/p1?tab=kpis')}`,
    );
    expect(paths.signIn()).toBe('/sign-in');
  });
});
