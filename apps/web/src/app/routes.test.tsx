import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionReply } from '../test/factories';
import { renderApp, stubApi } from '../test/render-app';

describe('App routes', () => {
  it('shows Page not found for an unknown route', async () => {
    stubApi({});
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('has the service header, navigation, and a skip link that moves focus to the main content', async () => {
    stubApi({ '/api/plans': { body: { plans: [] } } });
    const { user } = renderApp('/plans');

    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'ragboard' })).toHaveAttribute(
      'href',
      '/',
    );
    expect(await screen.findByRole('link', { name: 'Plans' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByText('There are no plans yet.')).toBeInTheDocument();

    await user.tab();
    const skipLink = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skipLink).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('shows each role only the navigation it may use', async () => {
    stubApi({ '/api/plans': { body: { plans: [] } } });
    renderApp('/');
    const menu = await screen.findByRole('navigation', { name: 'Menu' });
    expect(
      within(menu)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Dashboard', 'Plans', 'Reports']);
  });

  it('shows a manager the People and Accounts links too', async () => {
    stubApi({
      '/api/plans': { body: { plans: [] } },
      '/api/auth/me': { body: sessionReply({ role: 'manager' }) },
    });
    renderApp('/');
    const menu = await screen.findByRole('navigation', { name: 'Menu' });
    expect(
      within(menu)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Dashboard', 'Plans', 'Reports', 'People', 'Accounts']);
  });
});
