import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, focused, signIn, tabTo, useBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
const page = useBrowserPage();

async function getJson<T>(p: Page, path: string): Promise<T> {
  const reply = await p.request.get(`${baseUrl}${path}`);
  expect(reply.status(), path).toBe(200);
  return (await reply.json()) as T;
}

describe('update requests, in a browser', () => {
  it('lets a lead with no account give every due update from the emailed link, by keyboard alone', async () => {
    // The manager sends the month's reminders; the outbox keeps each with its link (no mail server here).
    await signIn(page(), baseUrl, 'manager@example.org');
    const { plans } = await getJson<{ plans: { id: string; state: string; currentPeriod: string | null }[] }>(
      page(),
      '/api/plans',
    );
    // The live plan: the demo's 2023-24 plan is closed.
    const plan = plans.find((p) => p.state === 'active')!;
    await page().goto(`${baseUrl}/plans/${plan.id}/round`);
    await page()
      .getByRole('button', { name: /^Send reminders for / })
      .click();
    await page()
      .getByText(/emails? (sent|kept unsent)/)
      .waitFor();
    await page()
      .getByRole('table', { name: /^What will go when/ })
      .waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
    const { messages } = await getJson<{ messages: { toName: string; body: string }[] }>(
      page(),
      `/api/plans/${plan.id}/outbox?period=${plan.currentPeriod}`,
    );
    const letter = messages.find((m) => /\/update\/[A-Za-z0-9_-]{43}/.test(m.body))!;
    const link = new URL(/https?:\/\/\S+\/update\/[A-Za-z0-9_-]{43}/.exec(letter.body)![0]);

    // The lead opens it with no session at all.
    const browser = page().context().browser()!;
    const context = await browser.newContext();
    const lead = await context.newPage();
    try {
      await lead.goto(`${baseUrl}${link.pathname}`);
      // The server's page (decision 051) stands until the web app's form takes it over.
      await lead.locator('section.app-update-sheet__item').first().waitFor();
      await lead.getByRole('heading', { level: 1, name: /^Your .+ update$/ }).waitFor();
      await lead.getByText(letter.toName).first().waitFor();
      expect(await accessibilityViolations(lead)).toEqual([]);
      const count = await lead.getByRole('button', { name: 'Save all updates' }).count();
      expect(count).toBe(1);
      const items = await lead.locator('section.app-update-sheet__item').count();
      expect(items).toBeGreaterThan(0);

      // Red on the first without a new date: refused before sending, named by its action.
      await tabTo(lead, (f) => f.name === 'u0-0-status');
      for (let step = 0; step < 4; step++) await lead.keyboard.press('ArrowDown');
      expect(await focused(lead)).toMatchObject({ value: 'Red', checked: true });
      await tabTo(lead, (f) => f.text === 'Save all updates');
      await lead.keyboard.press('Enter');
      await lead
        .getByRole('alert')
        .getByText(/: Red needs a new completion date$/)
        .waitFor();
      expect(await accessibilityViolations(lead)).toEqual([]);

      // Green for every action, each with a note.
      await tabTo(lead, (f) => f.name === 'u0-0-status');
      for (let step = 0; step < 2; step++) await lead.keyboard.press('ArrowUp');
      for (let i = 0; i < items; i++) {
        if (i > 0) {
          await tabTo(lead, (f) => f.name === `u0-${i}-status`);
          for (let step = 0; step < 2; step++) await lead.keyboard.press('ArrowDown');
        }
        expect(await focused(lead)).toMatchObject({ value: 'Green', checked: true });
        await tabTo(lead, (f) => f.id === `u0-${i}-note`);
        await lead.keyboard.press('Control+A');
        await lead.keyboard.type(`On track, checked from the emailed link (${i + 1})`);
      }
      await tabTo(lead, (f) => f.text === 'Save all updates');
      await lead.keyboard.press('Enter');
      await lead
        .getByRole('heading', { name: items === 1 ? 'Update saved' : `${items} updates saved` })
        .waitFor();
      expect(await accessibilityViolations(lead)).toEqual([]);
      await lead
        .getByText('Given: Green. Saving again corrects it; the first is kept in the history.')
        .first()
        .waitFor();
    } finally {
      await context.close();
    }

    // The manager sees the updates as given through the link.
    const round = await getJson<{ leads: { name: string; missing: number }[] }>(
      page(),
      `/api/plans/${plan.id}/periods/${plan.currentPeriod}/reminders`,
    );
    expect(round.leads.find((l) => l.name === letter.toName)?.missing).toBe(0);
  });

  it('says on a GOV.UK page why a link does not work, with no form', async () => {
    await page().goto(`${baseUrl}/update/${'x'.repeat(43)}`);
    await page().getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();
    expect(await page().getByRole('button').count()).toBe(0);
    expect(await page().getByRole('radio').count()).toBe(0);
    expect(await accessibilityViolations(page())).toEqual([]);

    // With JavaScript off the server's own page says the same (a closed month's link likewise).
    const noScript = await page().context().browser()!.newContext({ javaScriptEnabled: false });
    try {
      const plain = await noScript.newPage();
      await plain.goto(`${baseUrl}/update/${'x'.repeat(43)}`);
      await plain.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();
      expect(await plain.title()).toBe('This link does not work – ragboard');
    } finally {
      await noScript.close();
    }
  });

  it('gives a signed-in lead the whole month on one page from My actions', async () => {
    await signIn(page(), baseUrl, 'lead@example.org');
    await page().goto(`${baseUrl}/my-actions`);
    await page().getByRole('link', { name: 'Update all due actions on one page' }).click();
    await page().getByRole('heading', { level: 1, name: 'Update all due actions' }).waitFor();
    await page()
      .getByRole('button', { name: 'Save all updates' })
      .or(page().getByText('No action of yours is due an update this month.'))
      .waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
  });
});
