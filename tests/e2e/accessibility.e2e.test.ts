// Every page, signed in as each role, checked with axe-core against WCAG 2.2 A and AA.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchBrowser, signIn, useBrowserPage } from './browser';
import { findPageIds, PAGES, type PageIds, SIGNED_OUT_PAGES, settle } from './pages';

const baseUrl = inject('baseUrl');
const page = useBrowserPage();

let ids: PageIds;

beforeAll(async () => {
  const browser = await launchBrowser();
  try {
    ids = await findPageIds(browser, baseUrl);
  } finally {
    await browser.close();
  }
});

describe('accessibility of every page, as each role', () => {
  it('has no WCAG 2.2 A or AA violation on the sign-in page and the statement, signed out', async () => {
    for (const path of SIGNED_OUT_PAGES) {
      await settle(page(), baseUrl, path);
      expect(await accessibilityViolations(page()), path).toEqual([]);
      // The demo's data is said to be so on every page, before anyone signs in.
      await page().getByText('Demo data: do not use for real records.', { exact: false }).waitFor();
    }
  });

  for (const [email, pages] of Object.entries(PAGES)) {
    it(`has no WCAG 2.2 A or AA violation on any page for ${email}`, async () => {
      await signIn(page(), baseUrl, email);
      const found: string[] = [];
      for (const path of pages(ids)) {
        await settle(page(), baseUrl, path);
        for (const violation of await accessibilityViolations(page())) found.push(`${path}: ${violation}`);
      }
      expect(found).toEqual([]);
    }, 240_000);
  }
});
