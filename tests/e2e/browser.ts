import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { launchBrowser } from './chromium';

export { launchBrowser };

declare global {
  interface Window {
    axe: typeof axe;
  }
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core in the page and returns its violations, one readable line each. The page's CSP
 * forbids inline script, so axe is evaluated through the browser's debugging protocol instead.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async (tags) => (await window.axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations,
    WCAG_TAGS,
  );
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

export const DEMO_PASSWORD = 'ragboard-demo';

/** Chromium logs every 4xx reply; these are the app asking who is signed in, or a refused sign-in. */
export function isExpectedRefusal(consoleText: string): boolean {
  return /Failed to load resource: the server responded with a status of 401/.test(consoleText);
}

/** The demo manager's trusted-browser cookie (global-setup), as `name=value`. */
export const managerTrustedCookie = () => inject('managerTrustedCookie');

/**
 * Gives a browser the demo manager's trusted-browser cookie, as the manager's own computer has
 * it after the first sign-in: the two-step code is not asked for again. Other accounts ignore it.
 */
export async function trustForManager(context: BrowserContext, baseUrl: string) {
  const [name, value] = managerTrustedCookie().split(/=(.*)/s) as [string, string];
  await context.addCookies([{ name, value, domain: new URL(baseUrl).hostname, path: '/api/auth' }]);
}

/** Signs in through the sign-in page, as a person would, and waits for the landing page: My actions for a lead, else the dashboard. */
export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD) {
  await trustForManager(page.context(), baseUrl);
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /^(Dashboard|My actions)/ }).waitFor();
}

/**
 * One browser for the file and a fresh context (no cookies) per test. The test fails on any
 * console error (but the expected 401s), page error, or font request.
 */
export function useBrowserPage(): () => Page {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !isExpectedRefusal(message.text()))
        problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      if (request.resourceType() === 'font') problems.push(`font requested: ${request.url()}`);
    });
  });
  afterEach(async () => {
    await context?.close();
    expect(problems).toEqual([]);
  });
  return () => page;
}

/** What has focus, as a keyboard user would meet it. */
export function focused(p: Page) {
  return p.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return {
      id: element?.id ?? '',
      name: element?.getAttribute('name') ?? '',
      value: element?.value ?? '',
      checked: element?.checked ?? false,
      text: element?.textContent?.trim() ?? '',
    };
  });
}

/** Presses Tab until the focused element matches, as someone without a mouse would. */
export async function tabTo(
  p: Page,
  matches: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  limit = 250,
) {
  for (let presses = 0; presses < limit; presses++) {
    await p.keyboard.press('Tab');
    if (matches(await focused(p))) return;
  }
  throw new Error(`Nothing matching was reached in ${limit} presses of Tab`);
}
