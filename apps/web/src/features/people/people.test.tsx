import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { organisation, person, sessionReply } from '../../test/factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

const manager = { body: sessionReply({ role: 'manager' }) };
const council = organisation({ name: 'Lancashire County Council' });
const sapphire = person({
  name: 'Sapphire Murray',
  organisation: council.name,
  organisationId: council.id,
  actionCount: 7,
});
const duplicate = person({ name: 'S. Murray', actionCount: 2, outcomeCount: 1 });
const neil = person({ name: 'Neil Willcocks', role: null, actionCount: 3, version: 2 });
const everyone = { body: { people: [neil, sapphire, duplicate] } };

describe('People', () => {
  it('lists people with organisation and actions led, and searches them from the URL', async () => {
    stubApi({ '/api/auth/me': manager, '/api/people': everyone });
    const { user } = renderApp('/people');
    const table = await screen.findByRole('table', { name: 'Everyone' });
    const row = within(table).getByRole('row', { name: /Sapphire Murray/ });
    expect(row).toHaveTextContent('Lancashire County Council');
    expect(row).toHaveTextContent('7');
    await user.type(screen.getByLabelText('Search people'), 'murray');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    const filtered = await screen.findByRole('table', { name: '2 of 3 people match “murray”' });
    expect(within(filtered).queryByText('Neil Willcocks')).not.toBeInTheDocument();
  });

  it('shows the manager People in the menu', async () => {
    stubApi({ '/api/auth/me': manager, '/api/people': everyone });
    renderApp('/people');
    const menu = await screen.findByRole('navigation', { name: 'Menu' });
    expect(within(menu).getByRole('link', { name: 'People' })).toHaveAttribute('aria-current', 'page');
  });

  it('refuses a person without a name, and puts the API’s email refusal on its field', async () => {
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      '/api/organisations': { body: { organisations: [council] } },
      'POST /api/people': {
        status: 400,
        body: {
          error: {
            code: 'validation_failed',
            message: 'Invalid body: body.email',
            details: [{ path: 'body.email', message: 'Email refused by the API' }],
          },
        },
      },
    });
    const { user } = renderApp('/people/new');
    await user.click(await screen.findByRole('button', { name: 'Add person' }));
    expect(await screen.findByLabelText('Name')).toHaveAccessibleDescription(
      'Error: Enter the person’s name',
    );
    expect(sentRequest(fetchStub, 'POST', '/api/people')).toBeNull();

    await user.type(screen.getByLabelText('Name'), 'Neil Willcocks');
    await user.selectOptions(screen.getByLabelText('Organisation (optional)'), council.name);
    await user.type(screen.getByLabelText('Email (optional)'), 'neil@example.org');
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    expect(await screen.findByLabelText('Email (optional)')).toHaveAccessibleDescription(
      'Error: Email refused by the API',
    );
    expect(sentRequest(fetchStub, 'POST', '/api/people')?.body).toEqual({
      name: 'Neil Willcocks',
      role: null,
      organisationId: council.id,
      email: 'neil@example.org',
    });
  });

  it('edits a person with If-Match and explains a conflict', async () => {
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      '/api/people': everyone,
      '/api/organisations': { body: { organisations: [council] } },
      [`PATCH /api/people/${neil.id}`]: {
        status: 409,
        body: {
          error: { code: 'stale_version', message: 'Changed', details: { current: { ...neil, version: 3 } } },
        },
      },
    });
    const { user } = renderApp(`/people/${neil.id}/edit`);
    await user.type(await screen.findByLabelText('Role (optional)'), 'Designated Clinical Officer');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this');
    const patch = sentRequest(fetchStub, 'PATCH', `/api/people/${neil.id}`);
    expect(patch?.body).toEqual({ role: 'Designated Clinical Officer' });
    expect(patch?.headers).toMatchObject({ 'if-match': '"2"' });
  });

  it('merges a duplicate after choosing from similar names first and confirming', async () => {
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      '/api/people': everyone,
      [`/api/people/${duplicate.id}/merge`]: { body: sapphire },
    });
    const { user } = renderApp(`/people/${duplicate.id}/merge`);
    const group = await screen.findByRole('group', { name: 'Who is S. Murray the same as?' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.closest('div')?.textContent),
    ).toEqual([
      'Sapphire MurrayHead of Service, Lancashire County Council, leads 7 actions',
      'Neil Willcocksleads 3 actions',
    ]);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('group', { name: /Who is/ })).toHaveAccessibleDescription(
      'Error: Select the person to merge into',
    );
    await user.click(screen.getByLabelText('Sapphire Murray'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByRole('heading', {
        name: 'Are you sure you want to merge S. Murray into Sapphire Murray?',
      }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, merge into Sapphire Murray' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
    expect(sentRequest(fetchStub, 'POST', `/api/people/${duplicate.id}/merge`)?.body).toEqual({
      intoId: sapphire.id,
    });
  });

  it('tells a board member they cannot use the people pages', async () => {
    stubApi({ '/api/people': everyone });
    renderApp('/people/new');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot use this page' }),
    ).toBeInTheDocument();
  });
});
