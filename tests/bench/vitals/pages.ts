// The three pages of issue 33, each opened cold and then used once as a person would: what shows
// that the page is there, and the first thing done on it (the interaction whose latency counts).
import type { Locator, Page } from 'playwright-core';

export type PageKey = 'sign-in' | 'dashboard' | 'link';

export interface VitalsPage {
  key: PageKey;
  name: string;
  path: string;
  /** `name=value` of a session cookie the browser starts with (the board member's, for the dashboard). */
  cookie?: string;
  /** Resolves once the page shows what it is for. */
  ready: (page: Page) => Promise<void>;
  /** The first thing done on the page; `press` taps on a phone and clicks elsewhere. */
  use: (page: Page, press: (target: Locator) => Promise<void>) => Promise<void>;
}

export function vitalsPages(links: { board: string; updateLink: string }): VitalsPage[] {
  return [
    {
      key: 'sign-in',
      name: 'Sign in',
      path: '/sign-in',
      ready: (page) => page.getByLabel('Password').waitFor(),
      // The email typed key by key, then "Sign in" with the password forgotten: the page's own
      // checks answer, with no request to the server.
      use: async (page, press) => {
        const email = page.getByLabel('Email');
        await press(email);
        await email.pressSequentially('board@example.org');
        await press(page.getByRole('button', { name: 'Sign in' }));
        await page.getByRole('link', { name: 'Enter your password' }).waitFor();
      },
    },
    {
      key: 'dashboard',
      name: 'Dashboard (board member, signed in)',
      path: '/',
      cookie: links.board,
      ready: (page) => page.getByLabel('Month', { exact: true }).waitFor(),
      // An earlier month chosen and shown.
      use: async (page, press) => {
        const month = page.getByLabel('Month', { exact: true });
        const earlier = await month.locator('option').nth(1).getAttribute('value');
        await month.selectOption(earlier!);
        await press(page.getByRole('button', { name: 'Show' }));
        await page.waitForURL(`**/?period=${earlier}`);
      },
    },
    {
      key: 'link',
      name: 'Emailed link (a lead, no account)',
      path: links.updateLink,
      ready: (page) => page.getByRole('button', { name: 'Save all updates' }).waitFor(),
      // Green for the first action, and the start of its note.
      use: async (page, press) => {
        await press(page.locator('input[name="u0-0-status"][value="Green"]'));
        const note = page.locator('#u0-0-note');
        await press(note);
        await note.pressSequentially('On track');
      },
    },
  ];
}
