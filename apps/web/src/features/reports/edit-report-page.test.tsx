import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionReply } from '../../test/factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';
import { boardReport } from '../../test/report-factories';

const manager = { body: sessionReply({ role: 'manager', displayName: 'Partnership Manager' }) };

function draftAt(version: number) {
  const draft = boardReport({ version });
  const path = `/api/reports/${draft.id}`;
  return { draft, path };
}

describe('the draft editor', () => {
  it('saves the title, commentary and sections with the version the manager saw', async () => {
    const { draft, path } = draftAt(4);
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [path]: { body: draft },
      [`PATCH ${path}`]: { body: { ...draft, version: 5 } },
    });
    const { user } = renderApp(`/reports/${draft.id}/edit`);
    const overall = await screen.findByLabelText('Overall commentary');
    await user.clear(overall);
    await user.type(overall, 'A better month.');
    await user.type(screen.getByLabelText('Commentary for priority 2: Communications'), 'On track.');
    await user.click(screen.getByLabelText('KPI scorecard'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Your changes were saved.')).toBeInTheDocument();
    const sent = sentRequest(fetchStub, 'PATCH', path);
    expect(sent?.headers).toMatchObject({ 'if-match': '"4"' });
    expect(sent?.body).toEqual({
      title: draft.title,
      commentary: {
        overall: 'A better month.',
        priorities: { '1': 'Outcomes are improving.', '2': 'On track.' },
      },
      sections: ['summary', 'changes', 'exceptions', 'overdue', 'awaiting-sign-off', 'actions'],
    });
  });

  it('refuses a draft with no sections, on the sections field', async () => {
    const { draft, path } = draftAt(1);
    const fetchStub = stubApi({ '/api/auth/me': manager, [path]: { body: draft } });
    const { user } = renderApp(`/reports/${draft.id}/edit`);
    const boxes = within(await screen.findByRole('group', { name: 'Sections to include' })).getAllByRole(
      'checkbox',
    );
    for (const box of boxes) if ((box as HTMLInputElement).checked) await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Include at least one section' })).toHaveAttribute(
      'href',
      '#sections',
    );
    expect(sentRequest(fetchStub, 'PATCH', path)).toBeNull();
  });

  it('says so when someone else changed the draft first, and offers a reload', async () => {
    const { draft, path } = draftAt(2);
    stubApi({
      '/api/auth/me': manager,
      [path]: { body: draft },
      [`PATCH ${path}`]: {
        status: 409,
        body: {
          error: {
            code: 'stale_version',
            message: 'This report was changed by someone else',
            details: { current: { ...draft, version: 3 } },
          },
        },
      },
    });
    const { user } = renderApp(`/reports/${draft.id}/edit`);
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Someone else changed this draft/);
    expect(within(alert).getByRole('link', { name: /Reload the draft/ })).toBeInTheDocument();
  });

  it('says so when the report was published meanwhile', async () => {
    const { draft, path } = draftAt(2);
    stubApi({
      '/api/auth/me': manager,
      [path]: { body: draft },
      [`PATCH ${path}`]: {
        status: 409,
        body: { error: { code: 'conflict', message: 'This report is published: it can no longer change' } },
      },
    });
    const { user } = renderApp(`/reports/${draft.id}/edit`);
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/has been published/);
    expect(within(alert).getByRole('link', { name: 'See the published report' })).toBeInTheDocument();
  });

  it('refreshes the figures with refresh: true', async () => {
    const { draft, path } = draftAt(3);
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [path]: { body: draft },
      [`PATCH ${path}`]: { body: { ...draft, version: 4 } },
    });
    const { user } = renderApp(`/reports/${draft.id}/edit`);
    await user.click(await screen.findByRole('button', { name: 'Refresh the figures' }));
    expect(await screen.findByText(/figures were taken again/)).toBeInTheDocument();
    const sent = sentRequest(fetchStub, 'PATCH', path);
    expect(sent?.body).toEqual({ refresh: true });
    expect(sent?.headers).toMatchObject({ 'if-match': '"3"' });
  });

  it('publishes only after the manager confirms, then shows the published report', async () => {
    const { draft, path } = draftAt(6);
    const saved = { ...draft, version: 7 };
    const published = { ...saved, version: 8, state: 'published', publishedAt: '2026-11-30T12:00:00.000Z' };
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [path]: { body: draft },
      [`PATCH ${path}`]: { body: saved },
      [`POST ${path}/publish`]: { body: published },
    });
    const { user } = renderApp(`/reports/${draft.id}/edit`);
    await user.click(await screen.findByRole('button', { name: 'Publish' }));
    expect(screen.getByText(/Once published, this report never changes/)).toBeInTheDocument();
    expect(sentRequest(fetchStub, 'POST', `${path}/publish`)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Yes, publish this report' }));
    expect(await screen.findByRole('heading', { level: 1, name: draft.title })).toBeInTheDocument();
    expect(sentRequest(fetchStub, 'POST', `${path}/publish`)?.headers).toMatchObject({ 'if-match': '"7"' });
    expect(screen.getByText('State').nextElementSibling).toHaveTextContent('Published');
  });

  it('is not offered to a board member', async () => {
    const { draft, path } = draftAt(1);
    stubApi({ [path]: { body: draft } });
    renderApp(`/reports/${draft.id}/edit`);
    expect(await screen.findByRole('heading', { name: 'You cannot use this page' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Overall commentary')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
  });
});
