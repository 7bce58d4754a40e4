import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, signIn, tabTo, trustForManager, useBrowserPage } from './browser';

const baseUrl = inject('baseUrl');

const page = useBrowserPage();

describe('board reports, in a browser', () => {
  it('lets the manager publish a report that a board member then reads and downloads', async () => {
    const title = `Board report ${Date.now()}`;
    await signIn(page(), baseUrl, 'manager@example.org');
    await page().getByRole('link', { name: 'Reports', exact: true }).click();
    await page().getByRole('heading', { level: 1, name: 'Board reports' }).waitFor();
    const plans = (await (await page().request.get(`${baseUrl}/api/plans`)).json()) as {
      plans: { state: string; currentPeriod: string | null; actionCount: number }[];
    };
    // "Reports" opens the live plan's: the demo's 2023-24 plan is closed.
    const live = plans.plans.find((p) => p.state === 'active')!;
    const current = live.currentPeriod;
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
    expect(lines[0]).toBe(
      'ref,priority,outcome,action,carried forward from,due,due month,new date,new date from,past original date,past new date,leads,organisation,status,note,findings addressed,challenges',
    );
    expect(lines).toHaveLength(live.actionCount + 1);
  });

  it('lets the manager start, write and publish a report by keyboard alone', async () => {
    const title = `Keyboard report ${Date.now()}`;
    const p = page();
    // The manager's own computer, which is trusted to skip the two-step code.
    await trustForManager(p.context(), baseUrl);
    await p.goto(`${baseUrl}/sign-in`);
    await tabTo(p, (f) => f.id === 'email');
    await p.keyboard.type('manager@example.org');
    await tabTo(p, (f) => f.id === 'password');
    await p.keyboard.type('ragboard-demo');
    await p.keyboard.press('Enter');
    await p.getByRole('heading', { level: 1, name: /^Dashboard/ }).waitFor();

    await tabTo(p, (f) => f.text === 'Reports');
    await p.keyboard.press('Enter');
    await p.getByRole('heading', { level: 1, name: 'Board reports' }).waitFor();
    await tabTo(p, (f) => f.id === 'title');
    await p.keyboard.type(title);
    await p.keyboard.press('Enter');
    await p.getByRole('heading', { level: 1, name: title }).waitFor();

    await tabTo(p, (f) => f.text === 'Edit the draft');
    await p.keyboard.press('Enter');
    await tabTo(p, (f) => f.id === 'overall');
    await p.keyboard.type('Written without a mouse.');
    await tabTo(p, (f) => f.text === 'Save');
    await p.keyboard.press('Enter');
    await p.getByText('Your changes were saved.').waitFor();
    await tabTo(p, (f) => f.text === 'Publish');
    await p.keyboard.press('Enter');
    await tabTo(p, (f) => f.text === 'Yes, publish this report');
    await p.keyboard.press('Enter');
    await p.getByRole('heading', { level: 1, name: title }).waitFor();
    await p.getByText('Written without a mouse.').waitFor();
    await expect(p.getByRole('link', { name: 'Edit the draft' }).count()).resolves.toBe(0);
  });
});
