import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, stubApi } from '../../test/render-app';
import PublicPageFromServer from './public-page-from-server';

function app(start: string, load: () => void) {
  return render(
    <MemoryRouter initialEntries={[start]}>
      <Routes>
        <Route path="publication" element={<Link to="/public/send-plan">/public/send-plan</Link>} />
        <Route path="public/:planSlug" element={<PublicPageFromServer load={load} />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('the public page’s address inside the web app', () => {
  it('loads the server’s page when a link in the app leads to it', async () => {
    const load = vi.fn();
    app('/publication', load);
    expect(load).not.toHaveBeenCalled();
    await userEvent.setup().click(screen.getByRole('link', { name: '/public/send-plan' }));
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the progress report…');
  });

  it('never loads again an address the app was started at, so it cannot go round in a loop', () => {
    const load = vi.fn();
    app('/public/send-plan', load);
    expect(load).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1, name: 'Progress report' })).toBeInTheDocument();
  });

  it('is the app’s route for /public/:planSlug, asking the API for nothing', async () => {
    const fetchStub = stubApi({});
    renderApp('/public/send-plan');
    expect(
      await screen.findByText('The progress report could not be shown. Reload the page to see it.'),
    ).toBeInTheDocument();
    expect(fetchStub.mock.calls.map(([path]) => path)).not.toContain('/api/public/plans/send-plan');
  });
});
