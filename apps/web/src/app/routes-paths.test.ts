import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { paths } from '../lib/paths';
import { appRoutes } from './routes';

describe('the router and the paths map', () => {
  it('routes every path of the map to the page of its own pattern', () => {
    const unrouted = Object.entries(paths).flatMap(([name, build]) => {
      const ids = [...build.pattern.matchAll(/:(\w+)/g)].map((_, i) => `id-${i}`);
      const path = (build as (...args: string[]) => string)(...ids).split('?')[0]!;
      const matched = matchRoutes(appRoutes, path)?.at(-1)?.route;
      const routed = matched?.index ? paths.home.pattern : matched?.path;
      return routed === build.pattern ? [] : [`${name}: ${path} → ${routed ?? 'nothing'}`];
    });
    expect(unrouted).toEqual([]);
  });

  it('has no route the map does not name, but the page for anything else', () => {
    const patterns = new Set(Object.values(paths).map((build) => build.pattern));
    const routed: string[] = [];
    const walk = (routes: typeof appRoutes) => {
      for (const route of routes) {
        if (route.path) routed.push(route.path);
        walk(route.children ?? []);
      }
    };
    walk(appRoutes);
    expect(routed.filter((path) => !patterns.has(path))).toEqual(['*']);
  });
});
