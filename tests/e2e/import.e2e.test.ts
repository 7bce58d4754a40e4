import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, signIn, useBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
const page = useBrowserPage();

const PLAN_CSV = fileURLToPath(new URL('../fixtures/plan-2023-24.csv', import.meta.url));
const BROKEN_CSV =
  'priority,outcome,action,due,status,revised due\r\nP,O,Do it,31/02/2023,Purple,\r\nP,O,,Feb-23,Red,next spring\r\nP,O,Late,Feb-23,Red,\r\n';
const PRIORITIES = [
  'Improving Outcomes (Taking Ownership and Putting Things Right)',
  'Communications (Listening and Talking to Each Other)',
  'Improving the SEND Journey',
  'Preparation for adulthood (PfA)',
  'Accessible Services',
];

async function heading(name: string | RegExp) {
  await page().getByRole('heading', { level: 1, name }).waitFor();
}

async function expectNoViolations() {
  expect(await accessibilityViolations(page())).toEqual([]);
}

/** What has focus, as a keyboard user would meet it. */
function focused(p: Page) {
  return p.evaluate(() => {
    const element = document.activeElement;
    return {
      id: element?.id ?? '',
      tag: element?.tagName.toLowerCase() ?? '',
      className: element?.className ?? '',
      text: element?.textContent?.trim() ?? '',
    };
  });
}

async function press(key: string) {
  await page().keyboard.press(key);
}

/**
 * The imported plan is active and its actions are led by the demo's people: archive it, so the
 * other browser tests find the leads' "My actions" as the demo left them.
 */
async function archive(planId: string) {
  const { csrfToken } = (await (await page().request.get(`${baseUrl}/api/auth/me`)).json()) as {
    csrfToken: string;
  };
  const reply = await page().request.post(`${baseUrl}/api/plans/${planId}/archive`, {
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(reply.status()).toBe(200);
}

describe('importing a plan, in a browser', () => {
  it('shows a broken file’s errors row by row, then imports the demo plan’s CSV by keyboard alone', async () => {
    const title = `Imported plan ${Date.now().toString(36)}`;
    await signIn(page(), baseUrl, 'manager@example.org');
    await page().getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Plans' }).click();
    await page().getByRole('link', { name: 'Import a plan from a spreadsheet' }).click();
    await heading('Import a plan');
    await expectNoViolations();

    await page().getByRole('button', { name: 'Upload and check' }).focus();
    await press('Enter');
    await page()
      .getByRole('alert')
      .getByRole('link', { name: 'Select a CSV or Excel (.xlsx) file' })
      .waitFor();
    expect(await page().locator('#file-error').textContent()).toBe(
      'Error: Select a CSV or Excel (.xlsx) file',
    );
    await expectNoViolations();

    await page()
      .getByLabel('Upload a file')
      .setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(BROKEN_CSV) });
    await page().getByRole('button', { name: 'Upload and check' }).click();
    await heading('Check the plan before it is created');
    const summary = page().getByRole('alert');
    await summary.getByRole('link').first().waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Row 2, Due: 31/02/2023 is not a real date',
      'Row 2, Status: "Purple" is not a status: use Grey, Blue, Green, Amber or Red',
      'Row 3, Action: The action is empty',
      'Row 3, Revised due date: Red needs its new completion date as YYYY-MM-DD',
    ]);
    const table = page().getByRole('table', { name: 'Rows read from broken.csv' });
    const row3 = table.getByRole('row', { name: /^Row 3/ });
    expect(await row3.textContent()).toContain('2 errors');
    expect(await row3.getByRole('cell').nth(3).textContent()).toBe('Error: The action is empty');
    // A Red with no new date is not an error: it is imported, with a warning said in words.
    const row4 = table.getByRole('row', { name: /^Row 4/ });
    expect(await row4.getByRole('cell').nth(6).textContent()).toContain(
      'Warning: Red without a new completion date',
    );
    await page().getByText('1 row has a warning: it will be imported as it is').waitFor();
    expect(await page().getByRole('button', { name: 'Create plan' }).count()).toBe(0);
    await expectNoViolations();

    // The error summary has focus: its first link leads to the row in error.
    expect((await focused(page())).className).toContain('govuk-error-summary');
    await press('Tab');
    expect((await focused(page())).text).toBe('Row 2, Due: 31/02/2023 is not a real date');
    await press('Enter');
    expect(await focused(page())).toMatchObject({ tag: 'th', id: 'row-2' });

    await page().getByRole('button', { name: 'Upload a different file' }).focus();
    await press('Enter');
    await heading('Import a plan');
    await page().getByLabel('Plan title (optional)').focus();
    await page().keyboard.type(title);
    // Past the optional month the statuses were true (month, then year), to the file.
    await press('Tab');
    expect((await focused(page())).id).toBe('asOf');
    await press('Tab');
    expect((await focused(page())).id).toBe('asOf-year');
    await press('Tab');
    expect((await focused(page())).id).toBe('file');
    const chooser = page().waitForEvent('filechooser');
    await press('Space');
    await (await chooser).setFiles(PLAN_CSV);
    await press('Tab');
    expect((await focused(page())).text).toBe('Upload and check');
    await press('Enter');

    await heading('Check the plan before it is created');
    expect((await focused(page())).text).toBe('Check the plan before it is created');
    const counts = page().locator('.govuk-summary-list__row');
    expect(await counts.filter({ hasText: 'Plan title' }).textContent()).toContain(title);
    expect(await counts.filter({ hasText: /^Priorities/ }).textContent()).toBe('Priorities5');
    expect(await counts.filter({ hasText: /^Outcomes/ }).textContent()).toBe('Outcomes33');
    expect(await counts.filter({ hasText: /^Actions/ }).textContent()).toBe('Actions153');
    expect(
      await page().getByRole('table', { name: 'Rows read from plan-2023-24.csv' }).getByRole('row').count(),
    ).toBe(154);
    expect(await page().getByRole('alert').count()).toBe(0);
    await expectNoViolations();

    // Past the table's scrolling region to the button.
    await press('Tab');
    await press('Tab');
    expect((await focused(page())).text).toBe('Create plan');
    await press('Enter');

    await heading(title);
    const planId = new URL(page().url()).pathname.split('/')[2]!;
    try {
      const banner = page().getByRole('alert');
      expect(await banner.textContent()).toContain('Plan created from plan-2023-24.csv');
      expect(await banner.textContent()).toContain('It has 5 priorities, 33 outcomes and 153 actions');
      for (const [index, priority] of PRIORITIES.entries()) {
        await page()
          .getByRole('region', { name: `Priority ${index + 1}: ${priority}` })
          .waitFor();
      }
      await page().getByText('Showing 153 of 153 actions').waitFor();
      await expectNoViolations();
    } finally {
      await archive(planId);
    }
  });
});
