import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { action, nextId, personRef, sessionReply } from '../../test/factories';
import { glossaryTerm, publication, publicSummary } from '../../test/publication-factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

const manager = { body: sessionReply({ role: 'manager', displayName: 'Partnership Manager' }) };
const planId = nextId();
const PUBLICATION = `/api/plans/${planId}/publication`;

describe('the manager’s public page settings', () => {
  it('turns the page on at an address, sending only what changed with the version seen', async () => {
    const current = publication({ settings: { ...publication().settings, planId } });
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [PUBLICATION]: { body: current },
      [`PATCH ${PUBLICATION}`]: {
        body: { ...current.settings, public: true, slug: 'send-progress', version: 1 },
      },
    });
    const { user } = renderApp(`/plans/${planId}/publication`);
    expect(
      await screen.findByText('The page is not public. Nobody outside the partnership can see it.'),
    ).toBeInTheDocument();
    await user.click(
      screen.getByLabelText('Publish the progress page: anyone can read it, without signing in'),
    );
    await user.clear(screen.getByLabelText('Address'));
    await user.type(screen.getByLabelText('Address'), 'send-progress');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    const sent = sentRequest(fetchStub, 'PATCH', PUBLICATION);
    expect(sent?.body).toEqual({ public: true, slug: 'send-progress' });
    expect(new Headers(sent?.headers).get('if-match')).toBe('"0"');
  });

  it('lists each item with where its summary stands, and removes a glossary term as seen', async () => {
    const term = glossaryTerm({ version: 3 });
    const items = [
      publicSummary({
        ref: '1.1.1',
        said: 'a',
        happened: 'b',
        published: { said: 'a', happened: 'b', approvedBy: 'M', approvedAt: '2023-05-01T10:00:00.000Z' },
      }),
      publicSummary({ ref: '1.1.2', said: 'a', happened: 'b', version: 1 }),
      publicSummary({ ref: '1.1.3' }),
      publicSummary({
        kind: 'kpi',
        ref: '3.4',
        said: 'c',
        happened: 'd',
        changedSinceApproval: true,
        published: { said: 'c', happened: 'old', approvedBy: 'M', approvedAt: '2023-05-01T10:00:00.000Z' },
      }),
    ];
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [PUBLICATION]: { body: publication({ glossary: [term], items }) },
      [`DELETE /api/glossary/${term.id}`]: { status: 204, body: null },
    });
    const { user } = renderApp(`/plans/${planId}/publication`);
    const table = await screen.findByRole('region', { name: 'Actions and KPIs' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) => [
        within(row).getByRole('link').textContent,
        within(row).getAllByRole('cell').at(-1)?.textContent,
      ]),
    ).toEqual([
      ['Action 1.1.1', 'Published'],
      ['Action 1.1.2', 'Waiting for approval'],
      ['Action 1.1.3', 'Not written'],
      ['KPI 3.4', 'Changed since approval'],
    ]);
    expect(screen.getByText(/^2 of 4 are on the public page/)).toBeInTheDocument();
    expect(within(rows[3]!).getByRole('link')).toHaveAttribute(
      'href',
      `/kpis/${items[3]!.itemId}/public-summary`,
    );

    await user.click(screen.getByRole('button', { name: 'Remove EHCP' }));
    const sent = sentRequest(fetchStub, 'DELETE', `/api/glossary/${term.id}`);
    expect(new Headers(sent?.headers).get('if-match')).toBe('"3"');
  });

  it('adds a glossary term, refusing an empty one field by field', async () => {
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [PUBLICATION]: { body: publication() },
      [`POST /api/plans/${planId}/glossary`]: { status: 201, body: glossaryTerm({ term: 'PfA' }) },
    });
    const { user } = renderApp(`/plans/${planId}/publication/glossary/new`);
    await user.click(await screen.findByRole('button', { name: 'Add term' }));
    const links = within(await screen.findByRole('alert')).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Enter the term, such as EHCP',
      'Enter what the term means',
    ]);
    await user.type(screen.getByLabelText('Term'), 'PfA');
    await user.type(screen.getByLabelText('What it means'), 'Preparing for adulthood');
    await user.click(screen.getByRole('button', { name: 'Add term' }));
    await screen.findByRole('heading', { level: 1, name: 'Public progress page' });
    expect(sentRequest(fetchStub, 'POST', `/api/plans/${planId}/glossary`)?.body).toEqual({
      term: 'PfA',
      expansion: 'Preparing for adulthood',
    });
  });

  it('is only for the manager', async () => {
    stubApi({ '/api/auth/me': { body: sessionReply({ role: 'lead' }) } });
    renderApp(`/plans/${planId}/publication`);
    expect(await screen.findByRole('heading', { name: 'You cannot use this page' })).toBeInTheDocument();
  });
});

describe('an item’s summary for the public page', () => {
  const lead = personRef();
  const theAction = action({ leads: [lead] });
  const URL = `/api/actions/${theAction.id}/public-summary`;

  it('lets the action’s lead write it with the version seen, and says it waits for approval', async () => {
    const summary = publicSummary({ itemId: theAction.id, planId: theAction.planId });
    const fetchStub = stubApi({
      '/api/auth/me': { body: sessionReply({ role: 'lead', personId: lead.id }) },
      [`/api/actions/${theAction.id}`]: { body: theAction },
      [URL]: { body: summary },
      [`PUT ${URL}`]: { body: { ...summary, said: 'We said.', happened: 'It happened.', version: 1 } },
    });
    const { user } = renderApp(`/actions/${theAction.id}/public-summary`);
    await user.type(await screen.findByLabelText('What we said we would do'), 'We said.');
    await user.type(screen.getByLabelText('What has happened'), 'It happened.');
    await user.click(screen.getByRole('button', { name: 'Save summary' }));
    expect(
      await screen.findByText(/^Summary saved. It is not public until the manager approves it./),
    ).toBeInTheDocument();
    const sent = sentRequest(fetchStub, 'PUT', URL);
    expect(sent?.body).toEqual({ said: 'We said.', happened: 'It happened.' });
    expect(new Headers(sent?.headers).get('if-match')).toBe('"0"');
    expect(screen.queryByRole('button', { name: 'Approve the saved summary' })).toBeNull();
  });

  it('lets the manager approve the saved words, showing what the public page shows until then', async () => {
    const summary = publicSummary({
      itemId: theAction.id,
      said: 'We said.',
      happened: 'Twenty are trained.',
      changedSinceApproval: true,
      published: {
        said: 'We said.',
        happened: 'Ten are trained.',
        approvedBy: 'Partnership Manager',
        approvedAt: '2023-05-01T10:00:00.000Z',
      },
      version: 3,
    });
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [URL]: { body: summary },
      [`POST ${URL}/approve`]: { body: { ...summary, changedSinceApproval: false, version: 4 } },
    });
    const { user } = renderApp(`/actions/${theAction.id}/public-summary`);
    expect(await screen.findByText(/The summary has changed since it was approved./)).toBeInTheDocument();
    const now = screen.getByRole('region', { name: 'On the public page now' });
    expect(now).toHaveTextContent('Approved by Partnership Manager on 1 May 2023.');
    expect(now).toHaveTextContent('Ten are trained.');
    await user.click(screen.getByRole('button', { name: 'Approve the saved summary' }));
    const sent = sentRequest(fetchStub, 'POST', `${URL}/approve`);
    expect(new Headers(sent?.headers).get('if-match')).toBe('"3"');
    expect(screen.getByRole('button', { name: 'Take it off the public page' })).toBeInTheDocument();
  });

  it('shows a board member the words without a form', async () => {
    stubApi({ [URL]: { body: publicSummary({ itemId: theAction.id, said: 'We said.' }) } });
    renderApp(`/actions/${theAction.id}/public-summary`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Summary for the public page' }),
    ).toBeInTheDocument();
    expect(screen.getByText('We said.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
