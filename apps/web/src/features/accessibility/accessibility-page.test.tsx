import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, stubApi } from '../../test/render-app';

describe('the accessibility statement', () => {
  it('is linked from every page’s footer and readable without signing in', async () => {
    stubApi({
      '/api/auth/me': { status: 401, body: { error: { code: 'unauthorised', message: 'Sign in' } } },
    });
    const { user } = renderApp('/sign-in');
    const footer = screen.getByRole('contentinfo');
    await user.click(within(footer).getByRole('link', { name: 'Accessibility statement' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accessibility statement for ragboard' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'How accessible this service is' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/WCAG\) version 2\.2 at level AA/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Enforcement procedure' })).toBeInTheDocument();
  });
});
