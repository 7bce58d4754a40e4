// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_INDEX, builtWebApp } from '../../../test/built-web-app';
import { headings, link, parsePage, region, rowValue, words } from './page-queries';
import { pageShell } from './page-shell';
import { publicAction, publicKpi, publicPlan } from './public-plan-factories';
import { publicPageNotFound, publicPlanPage } from './public-plan-html';

let built: ReturnType<typeof builtWebApp>[] = [];
afterEach(() => {
  for (const app of built) app.remove();
  built = [];
});
function builtShell(index = BUILT_INDEX) {
  const app = builtWebApp(index);
  built.push(app);
  return pageShell(app.dir);
}

describe('the public page’s frame', () => {
  it('keeps the web app’s stylesheet and leaves out its scripts, so the web app never starts over the page', () => {
    const written = publicPlanPage(builtShell(), publicPlan(), false);
    const doc = parsePage(written);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('link[rel="modulepreload"]')).toHaveLength(0);
    expect([...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href'))).toEqual([
      '/assets/index-test.css',
    ]);
    expect(doc.documentElement.lang).toBe('en-GB');
    expect(doc.getElementById('root')?.querySelector('main h1')).not.toBeNull();
    expect(() => builtShell(BUILT_INDEX.replace('<div id="root"></div>', ''))).toThrow(
      /has no <div id="root">/,
    );
  });

  it('is framed as the web app frames its public pages: skip link, header without account or menu, footer', () => {
    const doc = parsePage(publicPlanPage(pageShell(''), publicPlan(), false));
    const skip = doc.body.querySelector('a')!;
    expect([words(skip), skip.getAttribute('href')]).toEqual(['Skip to main content', '#main-content']);
    expect(doc.querySelector('main')?.id).toBe('main-content');
    expect(words(doc.querySelector('header'))).toBe('Progress on the plan');
    expect(doc.querySelectorAll('nav, form, button')).toHaveLength(0);
    expect([...doc.querySelectorAll('a')].map(words)).not.toContain('Sign in');
    expect(link(doc.querySelector('footer')!, 'Accessibility statement').getAttribute('href')).toBe(
      '/accessibility',
    );
    expect(doc.querySelector('.govuk-phase-banner')).toBeNull();
    const demo = parsePage(publicPlanPage(pageShell(''), publicPlan(), true));
    expect(words(demo.querySelector('.govuk-phase-banner'))).toMatch(
      /^Demo Demo data: do not use for real records/,
    );
  });

  it('says there is no such page, in the same frame, for search engines not to keep', () => {
    const doc = parsePage(publicPageNotFound(builtShell(), false));
    expect(headings(doc, 1)).toEqual(['Page not found']);
    expect(doc.title).toBe('Page not found');
    expect(words(doc.querySelector('main'))).toContain('There is no progress report at this address.');
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });
});

describe('hostile text on the public page', () => {
  const HOSTILE = `<script>alert("x")</script> & <img src=x onerror=alert(1)> $' $& $\``;

  it('shows every piece of text written by people as text, never as markup', () => {
    const plan = publicPlan({
      title: `Plan ${HOSTILE}`,
      glossary: [{ term: 'SEND', expansion: `"><script>alert(2)</script>` }],
      licence: { name: `Licence ${HOSTILE}`, url: 'javascript:alert(3)' },
      priorities: [
        {
          ref: '1',
          title: HOSTILE,
          actions: [
            publicAction({
              said: `SEND ${HOSTILE}`,
              happened: `- ${HOSTILE}`,
              leads: [{ name: null, role: HOSTILE, organisation: null }],
              files: [
                {
                  id: '00000000-0000-4000-8000-000000000001',
                  fileName: `${HOSTILE}.pdf`,
                  mediaType: 'application/pdf',
                  sizeBytes: 2048,
                },
              ],
            }),
          ],
        },
      ],
      kpis: [publicKpi({ happened: HOSTILE })],
    });
    const written = publicPlanPage(builtShell(), plan, false);
    expect(written).not.toContain('<script>alert');
    expect(written).not.toContain('<img');
    const doc = parsePage(written);
    expect(doc.querySelectorAll('script, img, [onerror]')).toHaveLength(0);
    expect(doc.title).toBe(`Plan ${HOSTILE}: progress`);
    expect(doc.querySelector('h1')?.textContent).toBe(`Plan ${HOSTILE}`);
    expect(doc.querySelectorAll('html, head, body, main')).toHaveLength(4);

    const action = region(doc, 'Action 1.1.1');
    const said = rowValue(action, 'What we said we would do')!;
    expect(said.textContent).toBe(`SEND ${HOSTILE}`);
    expect(said.querySelector('abbr')?.getAttribute('title')).toBe(`"><script>alert(2)</script>`);
    expect(rowValue(action, 'What has happened')?.querySelector('li')?.textContent).toBe(HOSTILE);
    expect(rowValue(action, 'Who leads it')?.textContent).toBe(HOSTILE);
    expect(link(action, `${HOSTILE}.pdf`).getAttribute('download')).toBe(`${HOSTILE}.pdf`);
    expect(rowValue(region(doc, 'Measure 1: for outcome 3.4'), 'What has happened')?.textContent).toBe(
      HOSTILE,
    );
    expect(region(doc, `Priority 1: ${HOSTILE}`)).toBeDefined();
    expect(words(region(doc, 'Words we use').querySelector('dd'))).toBe(`"><script>alert(2)</script>`);

    const data = region(doc, 'Use this data');
    expect(data.querySelector('a[rel="license"]')).toBeNull();
    expect(data.textContent).toContain(`You may use it under the Licence ${HOSTILE}.`);
  });
});
