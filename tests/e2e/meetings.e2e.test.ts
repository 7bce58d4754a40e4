import { type BoardReport, formatMonth, reportDocument } from '@ragboard/shared';
import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, focused, signIn, tabTo, useBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
const page = useBrowserPage();

describe('meetings and their packs, in a browser', () => {
  it('opens the next meeting’s pack from the dashboard by keyboard, and lists it under its body', async () => {
    const p = page();
    await signIn(p, baseUrl, 'manager@example.org');
    const next = p.getByRole('region', { name: /^Next meeting: SEND Partnership Board, / });
    await next.waitFor();
    expect(await next.textContent()).toContain('Its pack is ready as a draft');
    expect(await accessibilityViolations(p)).toEqual([]);

    await tabTo(p, (f) => f.text.startsWith('SEND Partnership Board, '));
    const title = (await focused(p)).text;
    await p.keyboard.press('Enter');
    await p.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await accessibilityViolations(p)).toEqual([]);

    const planId = (await (await p.request.get(`${baseUrl}/api/plans`)).json()).plans.find(
      (plan: { state: string }) => plan.state === 'active',
    ).id as string;
    await p.goto(`${baseUrl}/plans/${planId}/reports`);
    const meetings = p.getByRole('table', { name: /^SEND Partnership Board/ });
    await meetings.getByRole('link', { name: title }).waitFor();
    await p
      .getByRole('table', { name: /^Health and Wellbeing Board/ })
      .getByText(/Drafted by itself on/)
      .first()
      .waitFor();
    expect(await accessibilityViolations(p)).toEqual([]);

    await p.getByRole('link', { name: 'Add or change bodies and meetings' }).click();
    await p.getByRole('heading', { level: 1, name: 'Bodies and meetings' }).waitFor();
    expect(await accessibilityViolations(p)).toEqual([]);
  });

  // After the test above: it needs the pack still a draft.
  it('lets a board member land on the latest closed month, see the month in progress as provisional, and find every section of the next meeting’s pack', async () => {
    const p = page();
    await signIn(p, baseUrl, 'manager@example.org');
    // At the paper deadline the manager publishes the pack drafted for the meeting.
    await p
      .getByRole('region', { name: /^Next meeting: SEND Partnership Board, / })
      .getByRole('link')
      .click();
    await p.waitForURL(/\/reports\/[^/]+$/);
    await p.getByRole('link', { name: 'Edit the draft' }).waitFor();
    const title = (await p.getByRole('heading', { level: 1 }).textContent())!;
    const reportId = new URL(p.url()).pathname.split('/').at(-1)!;
    await p.getByRole('link', { name: 'Edit the draft' }).click();
    await p.getByRole('button', { name: 'Publish', exact: true }).click();
    await p.getByRole('button', { name: 'Yes, publish this report' }).click();
    await p.getByRole('heading', { level: 1, name: title }).waitFor();
    await p.context().clearCookies();

    await signIn(p, baseUrl, 'board@example.org');
    const now = new Date();
    const month = (offset: number) =>
      new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString().slice(0, 7);
    await p.getByRole('heading', { level: 1, name: `Dashboard: ${formatMonth(month(-1))}` }).waitFor();
    await p.getByRole('link', { name: `See ${formatMonth(month(0))}, still open and provisional` }).click();
    await p.getByRole('heading', { level: 1, name: `Dashboard: ${formatMonth(month(0))}` }).waitFor();
    await p
      .getByText(new RegExp(`^${formatMonth(month(0))} is provisional: \\d+ of \\d+ updates in`))
      .waitFor();
    expect(await accessibilityViolations(p)).toEqual([]);

    const next = p.getByRole('region', { name: /^Next meeting: SEND Partnership Board, / });
    expect(await next.textContent()).toContain('Its pack is published');
    await next.getByRole('link', { name: title }).click();
    await p.getByRole('heading', { level: 1, name: title }).waitFor();
    const report = (await (await p.request.get(`${baseUrl}/api/reports/${reportId}`)).json()) as BoardReport;
    const headings = reportDocument(report).sections.map((section) => section.heading);
    expect(headings.length).toBeGreaterThan(report.sections.length - 1);
    const shown = await p.getByRole('heading', { level: 2 }).allTextContents();
    expect(shown.filter((heading) => headings.includes(heading.trim()))).toEqual(headings);
    expect(await accessibilityViolations(p)).toEqual([]);
  });
});
