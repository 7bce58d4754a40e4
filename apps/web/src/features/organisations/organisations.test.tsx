import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { organisation, sessionReply } from '../../test/factories';
import { renderApp, stubApi } from '../../test/render-app';

const manager = { body: sessionReply({ role: 'manager' }) };

describe('Organisations', () => {
  it('lists organisations with their kind and people', async () => {
    stubApi({
      '/api/auth/me': manager,
      '/api/organisations': {
        body: { organisations: [organisation({ kind: 'icb', name: 'LSC ICB', peopleCount: 4 })] },
      },
    });
    renderApp('/organisations');
    const row = await screen.findByRole('row', { name: /LSC ICB/ });
    expect(row).toHaveTextContent('Integrated care board');
    expect(row).toHaveTextContent('4');
  });

  it('refuses an organisation without a name or kind, then adds one', async () => {
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      '/api/organisations': { body: { organisations: [] } },
      'POST /api/organisations': {
        status: 201,
        body: organisation({ name: 'Lancashire Parent Carer Forum' }),
      },
    });
    const { user } = renderApp('/organisations');
    await user.click(await screen.findByRole('button', { name: 'Add organisation' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Enter the organisation’s name', 'Select what kind of organisation it is']);
    expect(screen.getByLabelText('Kind')).toHaveAccessibleDescription(
      'Error: Select what kind of organisation it is',
    );

    await user.type(screen.getByLabelText('Name'), 'Lancashire Parent Carer Forum');
    await user.selectOptions(screen.getByLabelText('Kind'), 'Parent carer forum');
    await user.click(screen.getByRole('button', { name: 'Add organisation' }));
    expect(await screen.findByText('Lancashire Parent Carer Forum was added.')).toBeInTheDocument();
    const post = fetchStub.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({
      name: 'Lancashire Parent Carer Forum',
      kind: 'parent_carer_forum',
    });
  });
});
