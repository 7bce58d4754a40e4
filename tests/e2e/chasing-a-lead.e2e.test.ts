import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, signIn, useBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
const page = useBrowserPage();

describe('chasing one lead, in a browser', () => {
  it('reminds one lead after reading the email, and the manager copies their link from the outbox', async () => {
    const p = page();
    await p.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await signIn(p, baseUrl, 'manager@example.org');
    const reply = await p.request.get(`${baseUrl}/api/plans`);
    const { plans } = (await reply.json()) as { plans: { id: string; state: string }[] };
    // The live plan: the demo's 2023-24 plan is closed.
    const plan = plans.find((candidate) => candidate.state === 'active')!;
    await p.goto(`${baseUrl}/plans/${plan.id}/round`);

    // The first lead still missing an update: "Remind now" shows the email before anything goes.
    const remind = p.getByRole('button', { name: /^Remind now \(/ }).first();
    const name = /^Remind now \((.+)\)$/.exec((await remind.textContent()) ?? '')![1]!;
    await remind.click();
    const preview = p.getByRole('region', { name: `Reminder to ${name}` });
    await preview.getByText(`Dear ${name},`, { exact: false }).waitFor();
    await preview.getByText('[your personal link, made when this is sent]', { exact: false }).waitFor();
    expect(await accessibilityViolations(p)).toEqual([]);
    await preview.getByRole('button', { name: 'Send this reminder' }).click();
    await p.getByText(`Reminder to ${name} written: see the emails below.`).waitFor();

    // The outbox says the emails are kept, shows this one's words, and its link to copy.
    await p.getByText(/^Emails for /).click();
    await p.getByText(/No mail server is configured, so these emails are kept here and not sent/).waitFor();
    const email = p
      .locator('.govuk-summary-card', { has: p.getByRole('heading', { name: `${name}: ` }) })
      .first();
    await email.getByText('Read the email').click();
    await email.getByText('It is personal to you, so please do not forward it.', { exact: false }).waitFor();
    await email.getByText(`This link is personal to ${name}`, { exact: false }).waitFor();
    expect(await accessibilityViolations(p)).toEqual([]);
    const box = email.getByLabel(`${name}’s link`);
    const link = await box.inputValue();
    expect(link).toMatch(/\/update\/[A-Za-z0-9_-]{43}$/);
    expect(await email.locator('.app-email-text').textContent()).toContain(link);
    await email.getByRole('button', { name: /^Copy this lead’s link/ }).click();
    await email.getByText('Link copied.').waitFor();
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // Opened as the lead would, with no session: their month's page.
    const browser = p.context().browser()!;
    const context = await browser.newContext();
    try {
      const lead = await context.newPage();
      await lead.goto(link);
      await lead.getByRole('heading', { level: 1, name: /^Your .+ update$/ }).waitFor();
      await lead.getByText(name).first().waitFor();
      expect(await accessibilityViolations(lead)).toEqual([]);
    } finally {
      await context.close();
    }

    // The round now says the link was opened.
    await p.reload();
    const row = p
      .getByRole('table', { name: /^Leads with actions due an update in / })
      .getByRole('row', { name: new RegExp(`^${name}`) });
    await row.getByText(/(^O|First o)pened \d/).waitFor();
    expect(await row.textContent()).not.toContain('Not opened');
  });
});
