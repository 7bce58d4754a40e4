import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, signIn, useBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
const page = useBrowserPage();

async function heading(name: string | RegExp) {
  await page().getByRole('heading', { level: 1, name }).waitFor();
}

async function expectNoViolations() {
  expect(await accessibilityViolations(page())).toEqual([]);
}

describe('editing a plan, in a browser', () => {
  it('lets the manager build a plan from nothing: person, plan, priority, outcome and action', async () => {
    const stamp = Date.now().toString(36);
    const leadName = `Priya Lead ${stamp}`;
    const planTitle = `Test plan ${stamp}`;
    await signIn(page(), baseUrl, 'manager@example.org');

    await page().getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'People' }).click();
    await heading('People');
    await page().getByRole('link', { name: 'Add a person' }).click();
    await heading('Add a person');
    await expectNoViolations();
    await page().getByLabel('Name', { exact: true }).fill(leadName);
    await page().getByRole('button', { name: 'Add person' }).click();
    await page()
      .getByRole('row', { name: new RegExp(leadName) })
      .waitFor();

    await page().getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Plans' }).click();
    await page().getByRole('link', { name: 'Create a plan' }).click();
    await heading('Create a plan');
    await expectNoViolations();
    await page().getByRole('button', { name: 'Create plan' }).click();
    await page().getByRole('alert').getByText('Enter a title').waitFor();
    const title = page().getByLabel('Title', { exact: true });
    expect(await title.getAttribute('aria-describedby')).toBe('title-error');
    expect(await page().locator('#title-error').textContent()).toBe('Error: Enter a title');
    await expectNoViolations();
    await title.fill(planTitle);
    await page().getByLabel('Start month').fill('2025-04');
    await page().getByLabel('End month').fill('2026-03');
    await page().getByRole('button', { name: 'Create plan' }).click();
    await heading(planTitle);

    await page().getByRole('link', { name: 'Add a priority' }).click();
    await heading('Add a priority');
    await expectNoViolations();
    await page().getByLabel('Reference').fill('1');
    await page().getByLabel('Title', { exact: true }).fill('Preparing for Adulthood');
    await page().getByLabel('Delivery group name (optional)').fill('PfA Delivery Group');
    await page().getByLabel('Monthly').check();
    await page().getByRole('button', { name: 'Add priority' }).click();
    await page().getByRole('region', { name: 'Priority 1: Preparing for Adulthood' }).waitFor();

    await page().getByRole('link', { name: 'Add an outcome to priority 1' }).click();
    await heading('Add an outcome');
    await expectNoViolations();
    await page().getByLabel('Reference').fill('1.1');
    await page()
      .getByLabel('Outcome statement')
      .fill('Young people are ready for adult life, with\n- work\n- homes');
    await page().getByRole('button', { name: 'Add outcome' }).click();
    await page().getByRole('region', { name: 'Outcome 1.1' }).waitFor();

    await page().getByRole('link', { name: 'Add an action to outcome 1.1' }).click();
    await heading('Add an action');
    await expectNoViolations();
    await page().getByLabel('Reference').fill('1.1.1');
    await page().getByLabel('Description').fill('Map the routes into supported employment');
    await page().getByLabel('A month', { exact: true }).check();
    await page().getByLabel('Month due').fill('2025-09');
    await page().getByLabel('Find a lead').fill(stamp);
    await page().getByLabel(leadName).check();
    await page().getByRole('button', { name: 'Add action' }).click();

    const table = page().getByRole('table', { name: 'Actions for outcome 1.1' });
    await table.waitFor();
    const row = table.getByRole('row', { name: /^1\.1\.1/ });
    expect(await row.textContent()).toContain('Map the routes into supported employment');
    expect(await row.textContent()).toContain(leadName);
    expect(await row.textContent()).toContain('September 2025');
    await page().getByText('Showing 1 of 1 actions').waitFor();
    await expectNoViolations();
  });
});
