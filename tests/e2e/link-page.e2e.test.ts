import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, signIn, useBrowserPage } from './browser';
import { measureOverflow } from './reflow';

const baseUrl = inject('baseUrl');
const page = useBrowserPage();

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

interface SheetAction {
  id: string;
  ref: string;
  status: string;
}
interface Letter {
  toName: string;
  path: string;
}

async function session(p: Page) {
  const me = (await (await p.request.get(`${baseUrl}/api/auth/me`)).json()) as { csrfToken: string };
  return { 'x-csrf-token': me.csrfToken };
}

/** The manager sends the month's reminders through the API: the outbox keeps each with its link. */
async function sendReminders(p: Page): Promise<Letter[]> {
  await signIn(p, baseUrl, 'manager@example.org');
  const { plans } = (await (await p.request.get(`${baseUrl}/api/plans`)).json()) as {
    plans: { id: string; state: string; currentPeriod: string }[];
  };
  const plan = plans.find((pl) => pl.state === 'active')!;
  const sent = await p.request.post(
    `${baseUrl}/api/plans/${plan.id}/periods/${plan.currentPeriod}/reminders`,
    {
      headers: await session(p),
      data: {},
    },
  );
  expect(sent.status()).toBe(200);
  const { messages } = (await sent.json()) as { messages: { toName: string; body: string }[] };
  return messages
    .filter((m) => /\/update\/[A-Za-z0-9_-]{43}/.test(m.body))
    .map((m) => ({
      toName: m.toName,
      path: new URL(/https?:\/\/\S+\/update\/[A-Za-z0-9_-]{43}/.exec(m.body)![0]).pathname,
    }));
}

/** The first action on a link's page, read as the page reads it: through the API, with the link. */
async function firstActionOf(p: Page, letter: Letter): Promise<SheetAction> {
  const token = letter.path.split('/').at(-1)!;
  const sheet = (await (
    await p.request.get(`${baseUrl}/api/update-request`, { headers: { 'x-update-request': token } })
  ).json()) as { sections: { items: { action: SheetAction }[] }[] };
  return sheet.sections[0]!.items[0]!.action;
}

/** The forum challenges the action's status, as the forum-challenge browser test does through the page. */
async function challenge(browser: Browser, action: SheetAction, reason: string) {
  const context = await browser.newContext();
  try {
    const forum = await context.newPage();
    await signIn(forum, baseUrl, 'forum@example.org');
    const raised = await forum.request.post(`${baseUrl}/api/actions/${action.id}/challenges`, {
      headers: await session(forum),
      data: { status: action.status, reason },
    });
    expect(raised.status()).toBe(201);
    return ((await raised.json()) as { id: string }).id;
  } finally {
    await context.close();
  }
}

/**
 * axe in a page whose own scripts are off: it needs timers, which a context with JavaScript
 * disabled never runs (decision 040). So the same document is shown in a context where only the
 * app's scripts fail to load, as on a machine that blocks them, and audited there.
 */
async function violationsWithoutScripts(browser: Browser, html: string): Promise<string[]> {
  const context = await browser.newContext();
  try {
    await context.route('**/*.js', (route) => route.abort());
    await context.route(`${baseUrl}/static-copy`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    const copy = await context.newPage();
    await copy.goto(`${baseUrl}/static-copy`);
    return await accessibilityViolations(copy);
  } finally {
    await context.close();
  }
}

/** One round of reminders for both journeys, each with another lead's link. */
let letters: Letter[] = [];
const NEW_DATE = { day: '31', month: '12', year: '2030' };

describe('the emailed link page, the lead’s whole month', () => {
  it('works with JavaScript turned off: updates with an error put right, a file, a challenge answered', async () => {
    letters = await sendReminders(page());
    expect(letters.length).toBeGreaterThan(1);
    const letter = letters[0]!;
    const browser = page().context().browser()!;
    const action = await firstActionOf(page(), letter);
    const reason = `Families say nothing has changed (${Date.now()})`;
    await challenge(browser, action, reason);

    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const lead = await context.newPage();
      await lead.goto(`${baseUrl}${letter.path}`);
      await lead.getByRole('heading', { level: 1, name: /^Your .+ update$/ }).waitFor();
      expect(await violationsWithoutScripts(browser, await lead.content())).toEqual([]);
      const item = lead.getByRole('region', { name: `Action ${action.ref}` });
      // On a 320 px phone the page reflows: nothing scrolls sideways (WCAG 1.4.10).
      await lead.setViewportSize({ width: 320, height: 640 });
      expect(await lead.evaluate(measureOverflow)).toBeNull();
      await lead.setViewportSize({ width: 1280, height: 720 });

      // Red with no new date: the GOV.UK error summary, linking to the date, the note kept.
      await item.getByRole('radio', { name: 'Red' }).check();
      await item.getByLabel(`Progress note for ${action.ref}`).fill('The venue fell through');
      await lead.getByRole('button', { name: 'Save all updates' }).click();
      const problem = lead.locator('.govuk-error-summary');
      await problem.getByRole('link', { name: `${action.ref}: Red needs a new completion date` }).waitFor();
      expect(await lead.title()).toMatch(/^Error: /);
      expect(await item.getByLabel(`Progress note for ${action.ref}`).inputValue()).toBe(
        'The venue fell through',
      );
      expect(await violationsWithoutScripts(browser, await lead.content())).toEqual([]);

      // Put right: the date, and the page comes back (post, redirect, get) saying so.
      await problem.getByRole('link', { name: `${action.ref}: Red needs a new completion date` }).click();
      const date = item.getByRole('group', { name: `New completion date for ${action.ref}` });
      await date.getByLabel('Day').fill(NEW_DATE.day);
      await date.getByLabel('Month').fill(NEW_DATE.month);
      await date.getByLabel('Year').fill(NEW_DATE.year);
      await lead.getByRole('button', { name: 'Save all updates' }).click();
      await lead.getByText('Your updates have been saved').waitFor();
      expect(new URL(lead.url()).search).toBe('?done=updates');

      // A file for the action, from its own form.
      await lead.getByLabel(`Attach a file to ${action.ref}`).setInputFiles({
        name: 'Venue letter.pdf',
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await lead.getByRole('button', { name: `Attach file to ${action.ref}` }).click();
      await lead.getByText('Your file has been attached').waitFor();
      await lead.getByText('Venue letter.pdf (1 KB)').waitFor();

      // The challenge, answered in the Challenges section.
      await lead.getByText(reason).waitFor();
      await lead
        .getByLabel('Your answer to this challenge')
        .first()
        .fill('The new venue is booked for January');
      await lead
        .getByRole('button', { name: `Send answer on ${action.ref}` })
        .first()
        .click();
      await lead.getByText('Your answer has been sent').waitFor();
      expect(await lead.getByText(reason).count()).toBe(0);
      await lead.setViewportSize({ width: 320, height: 640 });
      expect(await lead.evaluate(measureOverflow)).toBeNull();
      expect(await violationsWithoutScripts(browser, await lead.content())).toEqual([]);
    } finally {
      await context.close();
    }

    // The manager sees the Red with its date, the file, and the answer, all as the lead's.
    const updates = (await (
      await page().request.get(`${baseUrl}/api/actions/${action.id}/updates`)
    ).json()) as {
      updates: { status: string; revisedDue: string; viaUpdateRequest: boolean }[];
    };
    expect(updates.updates[0]).toMatchObject({
      status: 'Red',
      revisedDue: '2030-12-31',
      viaUpdateRequest: true,
    });
    const files = (await (
      await page().request.get(`${baseUrl}/api/actions/${action.id}/attachments`)
    ).json()) as {
      attachments: { fileName: string; uploadedBy: string }[];
    };
    expect(files.attachments.at(-1)).toMatchObject({
      fileName: 'Venue letter.pdf',
      uploadedBy: letter.toName,
    });
  });

  it('does the same with JavaScript on, in the web app over the same address', async () => {
    expect(letters.length).toBeGreaterThan(1);
    const letter = letters[1]!;
    await signIn(page(), baseUrl, 'manager@example.org');
    const browser = page().context().browser()!;
    const action = await firstActionOf(page(), letter);
    const reason = `The forum has heard otherwise (${Date.now()})`;
    await challenge(browser, action, reason);

    const context = await browser.newContext();
    try {
      const lead = await context.newPage();
      await lead.goto(`${baseUrl}${letter.path}`);
      // The web app's own form has taken the page over.
      await lead.locator('section.app-update-sheet__item').first().waitFor();
      await lead.getByRole('heading', { level: 1, name: /^Your .+ update$/ }).waitFor();
      await lead.getByText(reason).waitFor();
      expect(await accessibilityViolations(lead)).toEqual([]);
      const item = lead.getByRole('region', { name: `Action ${action.ref}` });

      await item.getByRole('radio', { name: 'Red' }).check();
      await item.getByLabel(`Progress note for ${action.ref}`).fill('The venue fell through');
      await lead.getByRole('button', { name: 'Save all updates' }).click();
      await lead
        .getByRole('alert')
        .getByRole('link', { name: /Red needs a new completion date$/ })
        .waitFor();
      expect(await accessibilityViolations(lead)).toEqual([]);
      const date = item.getByRole('group', { name: `New completion date for ${action.ref}` });
      await date.getByLabel('Day').fill(NEW_DATE.day);
      await date.getByLabel('Month').fill(NEW_DATE.month);
      await date.getByLabel('Year').fill(NEW_DATE.year);
      await lead.getByRole('button', { name: 'Save all updates' }).click();
      await lead.getByRole('heading', { name: 'Update saved' }).waitFor();

      await lead.getByLabel(`Attach a file to ${action.ref}`).setInputFiles({
        name: 'Venue letter.pdf',
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await lead.getByRole('button', { name: `Attach file to ${action.ref}` }).click();
      await lead.getByText('Venue letter.pdf (1 KB)').waitFor();

      await lead
        .getByLabel('Your answer to this challenge')
        .first()
        .fill('The new venue is booked for January');
      await lead
        .getByRole('button', { name: `Send answer on ${action.ref}` })
        .first()
        .click();
      await lead.getByText('Your answer has been sent.').waitFor();
      await lead
        .getByText('No challenges are waiting for your answer.')
        .or(lead.getByText(reason))
        .first()
        .waitFor();
      expect(await lead.getByText(reason).count()).toBe(0);
      expect(await accessibilityViolations(lead)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
