import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './auth';

describe('where to go after signing in', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeReturnTo('/plans/p1?tab=kpis')).toBe('/plans/p1?tab=kpis');
  });

  it('sends anything that could leave the site to the start page', () => {
    for (const value of [
      null,
      undefined,
      '',
      'plans',
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/a\nb',
    ])
      expect(safeReturnTo(value), String(value)).toBe('/');
  });
});
