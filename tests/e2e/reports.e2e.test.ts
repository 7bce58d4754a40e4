import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, signIn, useBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
const DEMO_ACTIONS = 153;

const page = useBrowserPage();

describe('board reports, in a browser', () => {
  it('lets the manager publish a report that a board member then reads and downloads', async () => {
    const title = `Board report ${Date.now()}`;
    await signIn(page(), baseUrl, 'manager@example.org');
    await page().getByRole('link', { name: 'Reports', exact: true }).click();
    await page().getByRole('heading', { level: 1, name: 'Board reports' }).waitFor();
    const plans = (await (await page().request.get(`${baseUrl}/api/plans`)).json()) as {
      plans: { currentPeriod: string | null }[];
    };
    const current = plans.plans[0]?.currentPeriod;
    if (current) await page().getByLabel('Period').selectOption(current);
    await page().getByLabel('Title').fill(title);
    expect(await accessibilityViolations(page())).toEqual([]);
    await page().getByRole('button', { name: 'Start the report' }).click();
    await page().getByRole('heading', { level: 1, name: title }).waitFor();

    await page().getByRole('link', { name: 'Edit the draft' }).click();
    await page().getByLabel('Overall commentary').fill('Steady progress; two actions need the board’s help.');
    expect(await accessibilityViolations(page())).toEqual([]);
    await page().getByRole('button', { name: 'Save', exact: true }).click();
    await page().getByText('Your changes were saved.').waitFor();
    await page().getByRole('button', { name: 'Publish', exact: true }).click();
    await page().getByRole('button', { name: 'Yes, publish this report' }).click();
    await page().getByRole('heading', { level: 1, name: title }).waitFor();
    await page().getByText('Steady progress; two actions need the board’s help.').waitFor();

    await page().context().clearCookies();
    await signIn(page(), baseUrl, 'board@example.org');
    await page().getByRole('link', { name: 'Reports', exact: true }).click();
    await page().getByRole('link', { name: title }).click();
    await page().getByRole('heading', { level: 1, name: title }).waitFor();
    await expect(page().getByRole('link', { name: 'Edit the draft' }).count()).resolves.toBe(0);
    expect(await accessibilityViolations(page())).toEqual([]);

    const href = await page().getByRole('link', { name: 'Download as CSV' }).getAttribute('href');
    const reply = await page().request.get(`${baseUrl}${href}`);
    expect(reply.status()).toBe(200);
    expect(reply.headers()['content-disposition']).toMatch(/^attachment/);
    const lines = (await reply.text())
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter((line) => line !== '');
    expect(lines[0]).toBe('ref,priority,outcome,action,due,revised due,leads,organisation,status,note');
    expect(lines).toHaveLength(DEMO_ACTIONS + 1);
  });
});
