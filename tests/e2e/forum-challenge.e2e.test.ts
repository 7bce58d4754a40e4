import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, signIn, useBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
const page = useBrowserPage();

interface TreeAction {
  id: string;
  ref: string;
  status: string;
  leads: { name: string }[];
}

/** One of the demo lead’s actions, read through the API with the signed-in page’s session. */
async function anActionOfSapphire(p: Page): Promise<TreeAction> {
  const { plans } = (await (await p.request.get(`${baseUrl}/api/plans`)).json()) as {
    plans: { id: string; state: string }[];
  };
  // The live plan: the demo's 2023-24 plan is closed.
  const live = plans.find((plan) => plan.state === 'active')!;
  const tree = (await (await p.request.get(`${baseUrl}/api/plans/${live.id}`)).json()) as {
    priorities: { outcomes: { actions: TreeAction[] }[] }[];
  };
  const actions = tree.priorities.flatMap((pr) => pr.outcomes.flatMap((o) => o.actions));
  return actions.find((a) => a.status !== 'Blue' && a.leads.some((l) => l.name === 'Sapphire Murray'))!;
}

async function signOut(p: Page) {
  await p.getByRole('button', { name: 'Sign out' }).click();
  await p.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
}

describe('the forum’s voice, in a browser', () => {
  it('lets the forum challenge a status with a reason, the lead answer it from My actions, and the forum read the answer', async () => {
    const reason = `We do not agree with this status: families in Pendle still wait (${Date.now()})`;
    const answer = 'The Pendle clinic opened this month and waits are now twelve weeks';

    await signIn(page(), baseUrl, 'forum@example.org');
    const action = await anActionOfSapphire(page());
    await page().goto(`${baseUrl}/actions/${action.id}`);
    await page()
      .getByRole('heading', { level: 1, name: `Action ${action.ref}` })
      .waitFor();
    const challenges = page().getByRole('region', { name: 'Challenges' });
    const why = challenges.getByLabel(`Why do you not agree this action is ${action.status}?`);
    await why.waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
    await why.fill(reason);
    await challenges.getByRole('button', { name: 'Challenge this status' }).click();
    const raised = challenges.locator('.govuk-summary-card', { hasText: reason });
    await raised.getByText('Awaiting an answer').waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
    await signOut(page());

    await signIn(page(), baseUrl, 'lead@example.org');
    await page().getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My actions' }).click();
    const toAnswer = page().getByRole('region', { name: /^Challenges to answer/ });
    const entry = toAnswer.getByRole('listitem').filter({ hasText: reason });
    await entry.waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
    await entry.getByRole('link').click();
    await page()
      .getByRole('heading', { level: 1, name: `Action ${action.ref}` })
      .waitFor();
    const card = page()
      .getByRole('region', { name: 'Challenges' })
      .locator('.govuk-summary-card', { hasText: reason });
    await card.getByLabel('Your answer').fill(answer);
    expect(await accessibilityViolations(page())).toEqual([]);
    await card.getByRole('button', { name: `Send answer to the challenge of ${action.status}` }).click();
    await card.getByText('Answered', { exact: true }).waitFor();
    await page().goto(`${baseUrl}/my-actions`);
    await page().getByRole('heading', { level: 1, name: 'My actions' }).waitFor();
    await page()
      .getByText(/still need an update/)
      .waitFor();
    expect(await page().getByText(reason).count()).toBe(0);
    await signOut(page());

    await signIn(page(), baseUrl, 'forum@example.org');
    await page().goto(`${baseUrl}/actions/${action.id}`);
    const read = page()
      .getByRole('region', { name: 'Challenges' })
      .locator('.govuk-summary-card', { hasText: reason });
    await read.getByText(answer).waitFor();
    await read.getByText('Answered', { exact: true }).waitFor();
    await read.getByText(/Sapphire Murray on \d+ \w+ \d{4}/).waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
  });

  it('shows the forum the plan’s inspection findings with their evidence, with no accessibility violations', async () => {
    await signIn(page(), baseUrl, 'forum@example.org');
    await page().getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Plans' }).click();
    await page()
      .getByRole('region', { name: /Continuous Improvement Plan 2025 - 2027/ })
      .getByRole('link', { name: /Continuous Improvement Plan 2025 - 2027/ })
      .click();
    await page()
      .getByRole('link', { name: /^Inspection findings/ })
      .click();
    await page().getByRole('heading', { level: 1, name: 'Inspection findings' }).waitFor();
    const localOffer = page().getByRole('region', { name: /local offer$/ });
    await localOffer.getByRole('table', { name: /^Actions addressing finding/ }).waitFor();
    // Its evidence trail runs through both plans: the 2023-24 plan's seven actions, then those carried forward.
    expect(await localOffer.getByRole('link', { name: /^2\.4\.\d/ }).count()).toBeGreaterThanOrEqual(7);
    expect(
      await localOffer
        .getByText(/In Lancashire SEND Partnership Continuous Improvement Plan 2023 - 2024/)
        .count(),
    ).toBeGreaterThan(0);
    await page().getByText('12 findings: 12 sufficiently improved').waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
  });
});
