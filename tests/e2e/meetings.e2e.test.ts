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
});
