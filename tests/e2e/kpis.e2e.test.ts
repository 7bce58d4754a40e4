import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, signIn, useBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
// The live plan: the 2023-24 plan closed in its own time and carried its unfinished work into this one.
const DEMO_PLAN = 'Lancashire SEND Partnership Continuous Improvement Plan 2025 - 2027';
const ASSESSMENTS = /^65% of new assessments will be completed on time/;

const page = useBrowserPage();

describe('the KPI scorecard, in a browser', () => {
  it('lets the manager open KPI 3.4 from the scorecard, record a value and see it judged', async () => {
    await signIn(page(), baseUrl, 'manager@example.org');
    await page().goto(`${baseUrl}/plans`);
    await page()
      .getByRole('region', { name: DEMO_PLAN, exact: true })
      .getByRole('link', { name: DEMO_PLAN })
      .click();
    await page().getByRole('heading', { level: 1, name: DEMO_PLAN }).waitFor();
    await page().getByRole('link', { name: 'KPI scorecard: baselines, targets and actuals' }).click();
    await page().getByRole('heading', { level: 1, name: 'KPI scorecard' }).waitFor();
    const row = page()
      .getByRole('row')
      .filter({ has: page().getByRole('link', { name: ASSESSMENTS }) });
    await row.waitFor();
    // Carried from the 2023-24 plan (baseline 41%) with its latest actual as the new baseline.
    expect(await row.textContent()).toContain(
      '(Lancashire SEND Partnership Continuous Improvement Plan 2023 - 2024, December 2024)',
    );
    expect(await row.textContent()).toContain('50% by March 2025');
    expect(await row.getByRole('img', { name: /^Trend of \d+ values, from / }).count()).toBe(1);
    expect(await accessibilityViolations(page())).toEqual([]);

    await row.getByRole('link', { name: ASSESSMENTS }).click();
    await page().getByRole('heading', { level: 1, name: ASSESSMENTS }).waitFor();
    const targets = page().getByRole('definition').filter({ hasText: '3 months:' });
    expect(await targets.textContent()).toBe(
      '3 months: 50% by March 20256 months: 55% by June 202512 months: 65% by December 2025',
    );
    const chart = page().getByRole('img', { name: 'Actuals against the target in force' });
    const points = await chart.locator('[data-series="Actual"] .app-chart__point').count();
    const rows = await page().getByRole('table', { name: 'Values by month' }).locator('tbody tr').count();
    expect(points).toBe(rows);
    expect(rows).toBeGreaterThan(2);
    expect(await accessibilityViolations(page())).toEqual([]);

    const month = page().getByRole('group', { name: 'Month' });
    await month.getByLabel('Month', { exact: true }).fill('5');
    await month.getByLabel('Year', { exact: true }).fill('2025');
    await page().getByLabel('Value (percentage)').fill('70');
    await page().getByLabel('Note (optional)').fill('From the May return');
    await page().getByRole('button', { name: 'Record value' }).click();
    await page().getByRole('heading', { name: 'Value recorded: On target' }).waitFor();
    expect(await page().getByText('70% for May 2025, against a target of 50%.').count()).toBe(1);
    await page()
      .getByRole('table', { name: 'Values by month' })
      .getByRole('rowheader', { name: 'May 2025' })
      .waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
  });

  it('refuses a value without a month, the message tied to the field, with no accessibility violations', async () => {
    await signIn(page(), baseUrl, 'manager@example.org');
    await page().goto(`${baseUrl}/plans`);
    await page()
      .getByRole('region', { name: DEMO_PLAN, exact: true })
      .getByRole('link', { name: DEMO_PLAN })
      .click();
    await page().getByRole('link', { name: 'KPI scorecard: baselines, targets and actuals' }).click();
    await page().getByRole('link', { name: ASSESSMENTS }).click();
    await page().getByRole('heading', { level: 1, name: ASSESSMENTS }).waitFor();
    await page().getByLabel('Value (percentage)').fill('52');
    await page().getByRole('button', { name: 'Record value' }).click();
    await page().getByRole('alert').getByRole('link', { name: 'Enter the month the value is for' }).click();
    expect(await page().evaluate(() => document.activeElement?.id)).toBe('period');
    expect(await accessibilityViolations(page())).toEqual([]);
  });

  it('lets the manager change a KPI’s tolerance, with no accessibility violations on the form', async () => {
    await signIn(page(), baseUrl, 'manager@example.org');
    await page().goto(`${baseUrl}/plans`);
    await page()
      .getByRole('region', { name: DEMO_PLAN, exact: true })
      .getByRole('link', { name: DEMO_PLAN })
      .click();
    await page().getByRole('link', { name: 'KPI scorecard: baselines, targets and actuals' }).click();
    await page().getByRole('link', { name: ASSESSMENTS }).click();
    await page().getByRole('link', { name: 'Change the KPI’s measure, baseline, targets or owner' }).click();
    await page().getByRole('heading', { level: 1, name: 'Edit KPI 3.4' }).waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
    await page().getByLabel('Near target within (optional)').fill('3');
    await page().getByRole('button', { name: 'Save changes' }).click();
    await page().getByRole('heading', { level: 1, name: ASSESSMENTS }).waitFor();
    const tolerance = page()
      .getByRole('definition')
      .filter({ hasText: /points$/ });
    expect(await tolerance.textContent()).toBe('3 points');
  });
});
