import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, signedOut, stubApi } from '../../test/render-app';

describe('the demo banner', () => {
  it('tells everyone, before and after signing in, that the data is the demo', async () => {
    stubApi({ '/api/auth/me': signedOut(), '/api/site': { body: { demoData: true } } });
    renderApp('/sign-in');
    expect(
      await screen.findByText('Demo data: do not use for real records.', { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByText('Demo', { selector: 'strong' })).toBeInTheDocument();
  });

  it('is not there on a real installation', async () => {
    const fetchStub = stubApi({ '/api/site': { body: { demoData: false } } });
    renderApp('/accessibility');
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(fetchStub.mock.calls.some(([path]) => path === '/api/site')).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(screen.queryByText(/Demo data/)).not.toBeInTheDocument();
  });
});
