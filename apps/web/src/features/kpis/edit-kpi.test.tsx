import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { person, sessionReply } from '../../test/factories';
import { kpiDetail } from '../../test/kpi-factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

const newOwner = person({ name: 'Sally Richardson' });
const kpi = kpiDetail({ version: 4 });
const path = `/api/kpis/${kpi.id}`;

function stubManager(patch?: { status: number; body: unknown }) {
  return stubApi({
    '/api/auth/me': { body: sessionReply({ role: 'manager' }) },
    [path]: { body: kpi },
    '/api/people': { body: { people: [newOwner] } },
    ...(patch ? { [`PATCH ${path}`]: patch } : {}),
  });
}

async function openForm() {
  const view = renderApp(`/kpis/${kpi.id}/edit`);
  await screen.findByRole('heading', { level: 1, name: 'Edit KPI 3.4' });
  return view;
}

describe('Editing a KPI', () => {
  it('is only for the manager', async () => {
    stubApi({ [path]: { body: kpi } });
    renderApp(`/kpis/${kpi.id}/edit`);
    expect(await screen.findByRole('heading', { name: 'You cannot use this page' })).toBeInTheDocument();
  });

  it('refuses numbers it cannot read, each message on its field', async () => {
    const fetchStub = stubManager();
    const { user } = await openForm();
    await user.clear(screen.getByLabelText('Baseline (optional)'));
    await user.type(screen.getByLabelText('Baseline (optional)'), 'about 40');
    const sixMonths = screen.getByRole('group', { name: 'Target at 6 months (June 2023)' });
    await user.clear(within(sixMonths).getByLabelText('Value (percentage)'));
    await user.type(within(sixMonths).getByLabelText('Value (percentage)'), 'more');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const links = within(await screen.findByRole('alert')).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter the baseline as a number, like 41 or 41.5', '#baselineValue'],
      ['Enter the 6-month target as a number, like 50', '#targets.1.value'],
    ]);
    expect(sentRequest(fetchStub, 'PATCH', path)).toBeNull();
  });

  it('sends only what changed, with the version it was shown', async () => {
    const fetchStub = stubManager({ status: 200, body: { ...kpi, version: 5 } });
    const { user } = await openForm();
    await user.click(screen.getByLabelText('Lower is better'));
    await screen.findByRole('option', { name: 'Sally Richardson' });
    await user.selectOptions(screen.getByLabelText('Owner'), 'Sally Richardson');
    const threeMonths = screen.getByRole('group', { name: 'Target at 3 months (March 2023)' });
    await user.clear(within(threeMonths).getByLabelText('Value (percentage)'));
    await user.type(within(threeMonths).getByLabelText('Value (percentage)'), '52');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await screen.findByRole('heading', { level: 1, name: kpi.statement });
    const sent = sentRequest(fetchStub, 'PATCH', path);
    expect(sent?.body).toEqual({
      direction: 'lower',
      ownerId: newOwner.id,
      targets: [
        { monthsFromStart: 3, value: 52, text: '50%' },
        { monthsFromStart: 6, value: 55, text: '55%' },
        { monthsFromStart: 12, value: 65, text: '65%' },
      ],
    });
    expect(new Headers(sent?.headers).get('if-match')).toBe('"4"');
  });

  it('says so when someone else changed the KPI first, and saves nothing over it', async () => {
    stubManager({
      status: 409,
      body: {
        error: {
          code: 'stale_version',
          message: 'This KPI was changed by someone else',
          details: { current: { ...kpi, version: 5 } },
        },
      },
    });
    const { user } = await openForm();
    await user.type(screen.getByLabelText('Near target within (optional)'), '3');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(
      await screen.findByText(
        'Someone else changed this while you were editing it, so your changes were not saved.',
      ),
    ).toBeInTheDocument();
  });
});
