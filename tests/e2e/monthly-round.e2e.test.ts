import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, focused, signIn, tabTo, useBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
// The live plan: the 2023-24 plan closed in its own time and carried its unfinished work into this one.
const DEMO_PLAN = 'Lancashire SEND Partnership Continuous Improvement Plan 2025 - 2027';

const page = useBrowserPage();

describe('the monthly round, in a browser', () => {
  it('lets a lead record a Red from My actions by keyboard alone, refused first without a date', async () => {
    await signIn(page(), baseUrl, 'lead@example.org');
    await page().goto(`${baseUrl}/my-actions`);
    await page().getByRole('heading', { level: 1, name: 'My actions' }).waitFor();
    await page()
      .getByText(/still need an update/)
      .waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);

    await tabTo(page(), (f) => /^Update \S+$/.test(f.text));
    const ref = (await focused(page())).text.replace('Update ', '');
    await page().keyboard.press('Enter');
    await page()
      .getByRole('heading', { level: 1, name: `Update action ${ref}` })
      .waitFor();
    const actionId = new URL(page().url()).pathname.split('/')[2]!;

    await tabTo(page(), (f) => f.name === 'status');
    for (let step = 0; step < 4; step++) await page().keyboard.press('ArrowDown');
    expect(await focused(page())).toMatchObject({ value: 'Red', checked: true });
    await tabTo(page(), (f) => f.id === 'note');
    await page().keyboard.type('Provider withdrew; the service is being re-tendered');
    await tabTo(page(), (f) => f.text === 'Save update');
    await page().keyboard.press('Enter');

    const summary = page().getByRole('alert');
    await summary.getByText('Red needs a new completion date').waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);

    await tabTo(page(), (f) => f.text === 'Red needs a new completion date');
    await page().keyboard.press('Enter');
    expect((await focused(page())).id).toBe('revisedDue');
    const year = String(new Date().getFullYear() + 2);
    await page().keyboard.type('28');
    await page().keyboard.press('Tab');
    await page().keyboard.type('2');
    await page().keyboard.press('Tab');
    await page().keyboard.type(year);
    await tabTo(page(), (f) => f.text === 'Save update');
    await page().keyboard.press('Enter');
    await page().getByRole('heading', { name: 'Update saved' }).waitFor();

    const history = (await (
      await page().request.get(`${baseUrl}/api/actions/${actionId}/updates`)
    ).json()) as {
      updates: { status: string; revisedDue: string | null; note: string | null }[];
    };
    expect(history.updates[0]).toMatchObject({
      status: 'Red',
      revisedDue: `${year}-02-28`,
      note: 'Provider withdrew; the service is being re-tendered',
    });

    await page().goto(`${baseUrl}/my-actions`);
    const row = page().getByRole('row', { name: new RegExp(`^${ref.replaceAll('.', '\\.')} `) });
    await row.getByText('Updated').waitFor();
  });

  it('shows the manager the round from the plan page, with no accessibility violations', async () => {
    await signIn(page(), baseUrl, 'manager@example.org');
    await page().goto(`${baseUrl}/plans`);
    await page()
      .getByRole('region', { name: DEMO_PLAN, exact: true })
      .getByRole('link', { name: DEMO_PLAN })
      .click();
    await page()
      .getByRole('link', { name: /^Monthly round/ })
      .click();
    await page().getByRole('heading', { level: 1, name: 'Monthly round' }).waitFor();
    await page()
      .getByText(/updates due for .+ received/)
      .waitFor();
    await page().getByRole('heading', { level: 2, name: 'Awaiting sign-off' }).waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
  });
});
