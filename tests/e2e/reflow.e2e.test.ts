// Reflow (WCAG 1.4.10): every page, signed out and as each role, on a 320 px phone and at 200% zoom,
// never scrolls sideways. A wide table reflows or scrolls in its own region; the page stays put.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, signIn } from './browser';
import { findPageIds, PAGES, type PageIds, SIGNED_OUT_PAGES, settle } from './pages';
import { measureOverflow } from './reflow';

const baseUrl = inject('baseUrl');

/** A 320 px phone, and a 1280 × 900 screen at 200% zoom: 640 × 450 CSS pixels, two device pixels each. */
const WIDTHS = [
  { name: '320 px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '200% zoom', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
] as const;

/** Each page that scrolls sideways, with its width and the element that makes it so. */
async function sweep(page: Page, who: string, width: string, paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    await settle(page, baseUrl, path);
    // A table behind "Show the numbers" and the like counts too: open every disclosure first.
    await page.evaluate(() => {
      for (const details of Array.from(document.querySelectorAll('details'))) details.open = true;
    });
    const overflow = await page.evaluate(measureOverflow);
    if (overflow)
      found.push(
        `${path} as ${who} at ${width}: the page is ${overflow.scrollWidth} px wide in a ${overflow.innerWidth} px window; widest: ${overflow.widest}`,
      );
  }
  return found;
}

let browser: Browser;
let ids: PageIds;

beforeAll(async () => {
  browser = await launchBrowser();
  ids = await findPageIds(browser, baseUrl);
});

afterAll(async () => {
  await browser?.close();
});

describe('no page scrolls sideways on a phone or at 200% zoom', () => {
  for (const width of WIDTHS) {
    async function inContext(run: (page: Page) => Promise<void>) {
      const context: BrowserContext = await browser.newContext({
        viewport: width.viewport,
        deviceScaleFactor: width.deviceScaleFactor,
      });
      try {
        await run(await context.newPage());
      } finally {
        await context.close();
      }
    }

    it(`fits every page at ${width.name}, signed out`, async () => {
      await inContext(async (page) => {
        expect(await sweep(page, 'nobody signed in', width.name, SIGNED_OUT_PAGES)).toEqual([]);
      });
    });

    for (const [email, pages] of Object.entries(PAGES)) {
      it(`fits every page at ${width.name} for ${email}`, async () => {
        await inContext(async (page) => {
          await signIn(page, baseUrl, email);
          expect(await sweep(page, email, width.name, pages(ids))).toEqual([]);
        });
      }, 240_000);
    }
  }
});
