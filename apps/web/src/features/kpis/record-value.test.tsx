import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionReply } from '../../test/factories';
import { kpiDetail, kpiValue } from '../../test/kpi-factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

const kpi = kpiDetail({ values: [kpiValue({ period: '2023-03', value: 48 })] });
const path = `/api/kpis/${kpi.id}/values`;

function stubManager(post?: { status: number; body: unknown }) {
  return stubApi({
    '/api/auth/me': { body: sessionReply({ role: 'manager' }) },
    [`/api/kpis/${kpi.id}`]: { body: kpi },
    ...(post ? { [`POST ${path}`]: post } : {}),
  });
}

async function openForm() {
  const view = renderApp(`/kpis/${kpi.id}`);
  await screen.findByRole('heading', { level: 2, name: 'Record a value' });
  return view;
}

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

describe('Recording a KPI value', () => {
  it('asks for a month and a value, each message tied to its field, and sends nothing', async () => {
    const fetchStub = stubManager();
    const { user } = await openForm();
    await user.click(screen.getByRole('button', { name: 'Record value' }));
    await screen.findByRole('alert');
    expect(summaryLinks()).toEqual([
      ['Enter the month the value is for', '#period'],
      ['Enter the value', '#value'],
    ]);
    expect(screen.getByRole('group', { name: 'Month' })).toHaveAccessibleDescription(
      expect.stringContaining('Error: Enter the month the value is for'),
    );
    expect(screen.getByLabelText('Value (percentage)')).toHaveAccessibleDescription(
      expect.stringContaining('Error: Enter the value'),
    );
    expect(sentRequest(fetchStub, 'POST', path)).toBeNull();
  });

  it('refuses a month that is not real and a value that is not a number', async () => {
    stubManager();
    const { user } = await openForm();
    const month = screen.getByRole('group', { name: 'Month' });
    await user.type(within(month).getByLabelText('Month'), '13');
    await user.type(within(month).getByLabelText('Year'), '2024');
    await user.type(screen.getByLabelText('Value (percentage)'), 'about half');
    await user.click(screen.getByRole('button', { name: 'Record value' }));
    await screen.findByRole('alert');
    expect(summaryLinks()).toEqual([
      ['The month must be a real date', '#period'],
      ['Enter the value as a number, like 52 or 52.5', '#value'],
    ]);
  });

  it('shows the API’s refusal on the field it names', async () => {
    const message = 'Choose a month within the plan, January 2023 to December 2024';
    stubManager({
      status: 400,
      body: { error: { code: 'validation_failed', message, details: [{ path: 'body.period', message }] } },
    });
    const { user } = await openForm();
    const month = screen.getByRole('group', { name: 'Month' });
    await user.type(within(month).getByLabelText('Month'), '3');
    await user.type(within(month).getByLabelText('Year'), '2030');
    await user.type(screen.getByLabelText('Value (percentage)'), '52');
    await user.click(screen.getByRole('button', { name: 'Record value' }));
    expect(await screen.findByRole('link', { name: message })).toHaveAttribute('href', '#period');
    expect(month).toHaveAccessibleDescription(expect.stringContaining(`Error: ${message}`));
  });

  it('records the value with its unit as a suffix, then says how it is judged', async () => {
    const recorded = kpiValue({ period: '2024-06', value: 66.5, target: 65, judgement: 'on-target' });
    const fetchStub = stubManager({
      status: 201,
      body: {
        value: recorded,
        kpi: { ...kpi, values: [...kpi.values, recorded], latest: recorded, version: 2 },
      },
    });
    const { user } = await openForm();
    const value = screen.getByLabelText('Value (percentage)');
    expect(value).toHaveAttribute('inputmode', 'decimal');
    expect(value.nextElementSibling).toHaveTextContent('%');
    const month = screen.getByRole('group', { name: 'Month' });
    await user.type(within(month).getByLabelText('Month'), '6');
    await user.type(within(month).getByLabelText('Year'), '2024');
    await user.type(value, '66.5');
    await user.type(screen.getByLabelText('Note (optional)'), '  From the June return  ');
    await user.click(screen.getByRole('button', { name: 'Record value' }));

    expect(await screen.findByRole('heading', { name: 'Value recorded: On target' })).toBeInTheDocument();
    expect(screen.getByText('66.5% for June 2024, against a target of 65%.')).toBeInTheDocument();
    expect(sentRequest(fetchStub, 'POST', path)?.body).toEqual({
      period: '2024-06',
      value: 66.5,
      note: 'From the June return',
    });
    expect(screen.getByLabelText('Value (percentage)')).toHaveValue('');
  });
});
