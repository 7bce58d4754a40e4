import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  action,
  actionNode,
  attachment,
  nextId,
  outcomeNode,
  personRef,
  planTree,
  priorityNode,
  sessionReply,
  statusUpdate,
} from '../../test/factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

function placedAction() {
  const node = actionNode({
    ref: '1.2.3',
    title: 'Review the offer, using\n- feedback\n- data',
    status: 'Red',
    dueMonth: '2023-03',
    newDate: { date: '2027-02-28', source: 'update', since: '2024-03' },
    pastOriginalDate: true,
    leads: [personRef({ name: 'Sapphire Murray', organisation: 'Lancashire County Council' })],
  });
  const outcome = outcomeNode({ ref: '1.2', title: 'Families are heard', actions: [node] });
  const priority = priorityNode({ ref: '1', title: 'Improving Outcomes', outcomes: [outcome] });
  const plan = planTree({ title: 'Lancashire SEND plan', priorities: [priority] });
  const detail = action({
    ...node,
    planId: plan.id,
    outcome: { id: outcome.id, ref: outcome.ref },
    priority: { id: priority.id, ref: priority.ref, deliveryGroupLeadId: null },
  });
  return { plan, detail };
}

const history = {
  updates: [
    statusUpdate({
      period: '2024-03',
      status: 'Red',
      note: 'Staff shortages',
      revisedDue: '2027-02-28',
      author: 'Sapphire Murray',
      createdAt: '2024-03-21T09:00:00.000Z',
    }),
    statusUpdate({ period: '2024-02', status: 'Amber', note: 'First draft', superseded: true }),
    statusUpdate({
      period: '2024-01',
      status: 'Blue',
      note: 'Done',
      signOff: { by: 'Partnership Manager', at: '2024-01-30T12:00:00.000Z', note: null },
    }),
  ],
};

describe('Action page', () => {
  it('shows the full text with bullets, its place in the plan, leads, dates and status', async () => {
    const { plan, detail } = placedAction();
    stubApi({
      [`/api/actions/${detail.id}`]: { body: detail },
      [`/api/actions/${detail.id}/updates`]: { body: { updates: [] } },
      [`/api/plans/${plan.id}`]: { body: plan },
    });
    renderApp(`/actions/${detail.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Action 1.2.3' })).toBeInTheDocument();
    expect(screen.getByText('Review the offer, using')).toBeInTheDocument();
    expect(screen.getByText('feedback').tagName).toBe('LI');
    expect(screen.getByText('Sapphire Murray, Lancashire County Council')).toBeInTheDocument();
    expect(screen.getByText('Status').nextElementSibling).toHaveTextContent(/Red.*significantly delayed/);
    // Both dates, and where the new one came from: past its original date, on track for the new one.
    expect(screen.getByText('Original due date').nextElementSibling).toHaveTextContent(/^March 2023$/);
    expect(screen.getByText('New completion date').nextElementSibling).toHaveTextContent(
      '28 February 2027Given with a Red update for March 2024',
    );
    expect(await screen.findByRole('link', { name: 'Priority 1: Improving Outcomes' })).toHaveAttribute(
      'href',
      `/plans/${plan.id}?priority=${plan.priorities[0]!.id}`,
    );
    expect(screen.getByText('Families are heard')).toBeInTheDocument();
    expect(await screen.findByText('No updates yet.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Edit/ })).not.toBeInTheDocument();
  });

  it('shows the history newest first, with superseded updates and sign-off', async () => {
    const { plan, detail } = placedAction();
    stubApi({
      [`/api/actions/${detail.id}`]: { body: { ...detail, awaitingSignOff: true } },
      [`/api/actions/${detail.id}/updates`]: { body: history },
      [`/api/plans/${plan.id}`]: { body: plan },
    });
    renderApp(`/actions/${detail.id}`);

    expect(await screen.findByText('Awaiting sign-off')).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'History' });
    const entries = await within(section).findAllByRole('heading', { level: 3 });
    expect(entries.map((e) => e.textContent)).toEqual([
      'March 2024 Red (significantly delayed)',
      'February 2024 Amber (delayed)Superseded',
      'January 2024 Blue (completed)',
    ]);
    expect(within(section).getByText('Staff shortages')).toBeInTheDocument();
    expect(within(section).getByText('By Sapphire Murray on 21 March 2024')).toBeInTheDocument();
    expect(
      within(section).getByText('Signed off by Partnership Manager on 30 January 2024'),
    ).toBeInTheDocument();
  });

  it('still shows the action when its history cannot be read', async () => {
    const { plan, detail } = placedAction();
    stubApi({ [`/api/actions/${detail.id}`]: { body: detail }, [`/api/plans/${plan.id}`]: { body: plan } });
    renderApp(`/actions/${detail.id}`);
    const section = await screen.findByRole('region', { name: 'History' });
    expect(await within(section).findByText(/The history could not be loaded/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Action 1.2.3' })).toBeInTheDocument();
  });

  it('offers the manager Edit and Delete or archive', async () => {
    const { plan, detail } = placedAction();
    stubApi({
      '/api/auth/me': { body: sessionReply({ role: 'manager' }) },
      [`/api/actions/${detail.id}`]: { body: detail },
      [`/api/plans/${plan.id}`]: { body: plan },
    });
    renderApp(`/actions/${detail.id}`);
    expect(await screen.findByRole('link', { name: 'Edit action 1.2.3' })).toHaveAttribute(
      'href',
      `/actions/${detail.id}/edit`,
    );
    expect(screen.getByRole('link', { name: 'Delete or archive action 1.2.3' })).toBeInTheDocument();
  });

  it('offers the month’s update form to the action’s lead, and not to a board member', async () => {
    const { plan, detail } = placedAction();
    const lead = sessionReply({
      role: 'lead',
      personId: detail.leads[0]!.id,
      displayName: 'Sapphire Murray',
    });
    const replies = {
      [`/api/actions/${detail.id}`]: { body: detail },
      [`/api/actions/${detail.id}/updates`]: { body: { updates: [] } },
      [`/api/plans/${plan.id}`]: { body: { ...plan, currentPeriod: '2026-11' } },
    };
    stubApi({ ...replies, '/api/auth/me': { body: lead } });
    const view = renderApp(`/actions/${detail.id}`);
    const section = await screen.findByRole('region', { name: 'Update for November 2026' });
    expect(within(section).getByRole('group', { name: 'Status' })).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Save update' })).toBeInTheDocument();
    view.unmount();

    stubApi(replies);
    renderApp(`/actions/${detail.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Action 1.2.3' })).toBeInTheDocument();
    expect(await screen.findByText('No updates yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save update' })).not.toBeInTheDocument();
  });

  it('offers the update form to the lead of the priority’s delivery group, as the API allows, and not to another lead', async () => {
    const { plan, detail } = placedAction();
    const groupLeadId = nextId();
    const withGroupLead = { ...detail, priority: { ...detail.priority, deliveryGroupLeadId: groupLeadId } };
    const replies = {
      [`/api/actions/${detail.id}`]: { body: withGroupLead },
      [`/api/actions/${detail.id}/updates`]: { body: { updates: [] } },
      [`/api/plans/${plan.id}`]: { body: { ...plan, currentPeriod: '2026-11' } },
    };
    const asLead = (personId: string) =>
      sessionReply({ role: 'lead', personId, displayName: 'Delivery group lead' });
    stubApi({ ...replies, '/api/auth/me': { body: asLead(groupLeadId) } });
    const view = renderApp(`/actions/${detail.id}`);
    const section = await screen.findByRole('region', { name: 'Update for November 2026' });
    expect(within(section).getByRole('button', { name: 'Save update' })).toBeInTheDocument();
    view.unmount();

    stubApi({ ...replies, '/api/auth/me': { body: asLead(nextId()) } });
    renderApp(`/actions/${detail.id}`);
    expect(await screen.findByText('No updates yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save update' })).not.toBeInTheDocument();
  });

  it('lists each update’s evidence, and lets the action’s lead attach a file to the latest update', async () => {
    const { plan, detail } = placedAction();
    const lead = sessionReply({
      role: 'lead',
      personId: detail.leads[0]!.id,
      displayName: 'Sapphire Murray',
    });
    const latest = history.updates[0]!;
    const file = attachment({
      statusUpdateId: history.updates[2]!.id,
      fileName: 'Sign-off letter.pdf',
      sizeBytes: 250_000,
      uploadedBy: 'Partnership Manager',
      createdAt: '2024-01-30T12:00:00.000Z',
    });
    const added = { ...file, id: nextId(), statusUpdateId: latest.id, fileName: 'Panel minutes.docx' };
    const fetchStub = stubApi({
      '/api/auth/me': { body: lead },
      [`/api/actions/${detail.id}`]: { body: detail },
      [`/api/actions/${detail.id}/updates`]: { body: history },
      [`/api/actions/${detail.id}/attachments`]: { body: { attachments: [file], removed: [] } },
      [`POST /api/actions/${detail.id}/updates/${latest.id}/attachments`]: { status: 201, body: added },
      [`/api/plans/${plan.id}`]: { body: plan },
    });
    const { user } = renderApp(`/actions/${detail.id}`);
    const link = await screen.findByRole('link', { name: 'Sign-off letter.pdf' });
    expect(link).toHaveAttribute('href', `/api/attachments/${file.id}`);
    expect(link.closest('li')).toHaveTextContent('(PDF, 244 KB, added by Partnership Manager)');
    // Only the manager chooses what goes on the public page; a lead removes only what they attached.
    expect(screen.queryByRole('button', { name: /Show on the public page/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();

    const input = screen.getByLabelText('Attach evidence to the March 2024 update');
    expect(screen.getAllByRole('button', { name: 'Attach file' })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Attach file' }));
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Error: Choose a file'));
    await user.upload(input, new File(['minutes'], 'Panel minutes.docx'));
    await user.click(screen.getByRole('button', { name: 'Attach file' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Panel minutes.docx is attached.');
    const sent = sentRequest(fetchStub, 'POST', `/api/actions/${detail.id}/updates/${latest.id}/attachments`);
    expect(sent).not.toBeNull();
    expect((sent!.body as FormData).get('file')).toBeInstanceOf(File);
  });

  it('lets the manager put a file on the public page, and says which files are there', async () => {
    const { plan, detail } = placedAction();
    const shown = attachment({ statusUpdateId: history.updates[0]!.id, fileName: 'Transition guide.pdf' });
    const fetchStub = stubApi({
      '/api/auth/me': { body: sessionReply({ role: 'manager' }) },
      [`/api/actions/${detail.id}`]: { body: detail },
      [`/api/actions/${detail.id}/updates`]: { body: history },
      [`/api/actions/${detail.id}/attachments`]: { body: { attachments: [shown], removed: [] } },
      [`PUT /api/attachments/${shown.id}/public`]: { body: { ...shown, publicApproved: true } },
      [`/api/plans/${plan.id}`]: { body: plan },
    });
    const { user } = renderApp(`/actions/${detail.id}`);
    const show = await screen.findByRole('button', { name: /^Show on the public page/ });
    expect(show).toHaveTextContent('Transition guide.pdf');
    await user.click(show);
    await waitFor(() =>
      expect(sentRequest(fetchStub, 'PUT', `/api/attachments/${shown.id}/public`)).not.toBeNull(),
    );
  });

  it('lets a lead remove a file they attached by mistake, saying why, and shows what was removed', async () => {
    const { plan, detail } = placedAction();
    const lead = sessionReply({
      role: 'lead',
      personId: detail.leads[0]!.id,
      displayName: 'Sapphire Murray',
    });
    const latest = history.updates[0]!;
    const mine = attachment({
      statusUpdateId: latest.id,
      fileName: 'Pupil list.xlsx',
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      sizeBytes: 40_000,
      uploadedById: lead.user.id,
    });
    const theirs = { ...mine, id: nextId(), fileName: 'Panel terms.pdf', uploadedById: nextId() };
    const earlierRemoval = {
      id: nextId(),
      statusUpdateId: latest.id,
      removedBy: 'Partnership Manager',
      removedAt: '2024-03-22T10:00:00.000Z',
      reason: 'A duplicate of the panel terms',
    };
    const fetchStub = stubApi({
      '/api/auth/me': { body: lead },
      [`/api/actions/${detail.id}`]: { body: detail },
      [`/api/actions/${detail.id}/updates`]: { body: history },
      [`/api/actions/${detail.id}/attachments`]: {
        body: { attachments: [mine, theirs], removed: [earlierRemoval] },
      },
      [`DELETE /api/attachments/${mine.id}`]: {
        body: { removed: { id: mine.id, fileName: mine.fileName } },
      },
      [`/api/plans/${plan.id}`]: { body: plan },
    });
    const { user } = renderApp(`/actions/${detail.id}`);
    expect(
      await screen.findByText(
        'A file was removed by Partnership Manager on 22 March 2024: A duplicate of the panel terms',
      ),
    ).toBeInTheDocument();
    // Only the file the lead attached offers removal.
    const open = await screen.findByRole('button', { name: 'Remove Pupil list.xlsx' });
    expect(screen.queryByRole('button', { name: 'Remove Panel terms.pdf' })).not.toBeInTheDocument();

    await user.click(open);
    const reason = screen.getByLabelText('Why are you removing Pupil list.xlsx?');
    expect(reason).toHaveFocus();
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('The file itself is deleted.'));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText('Why are you removing Pupil list.xlsx?')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove Pupil list.xlsx' })).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Remove file' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(
      within(summary).getByRole('link', { name: 'Enter why you are removing the file' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Why are you removing Pupil list.xlsx?')).toHaveAccessibleDescription(
      expect.stringContaining('Error: Enter why you are removing the file'),
    );
    expect(sentRequest(fetchStub, 'DELETE', `/api/attachments/${mine.id}`)).toBeNull();

    await user.type(screen.getByLabelText('Why are you removing Pupil list.xlsx?'), 'It names pupils');
    await user.click(screen.getByRole('button', { name: 'Remove file' }));
    const done = await screen.findByText('Pupil list.xlsx was removed.');
    expect(done).toHaveAttribute('role', 'status');
    expect(done).toHaveFocus();
    expect(sentRequest(fetchStub, 'DELETE', `/api/attachments/${mine.id}`)?.body).toEqual({
      reason: 'It names pupils',
    });
  });

  it('shows the API’s refusal of a removal in the form', async () => {
    const { plan, detail } = placedAction();
    const shown = attachment({ statusUpdateId: history.updates[0]!.id, fileName: 'Panel terms.pdf' });
    stubApi({
      '/api/auth/me': { body: sessionReply({ role: 'manager' }) },
      [`/api/actions/${detail.id}`]: { body: detail },
      [`/api/actions/${detail.id}/updates`]: { body: history },
      [`/api/actions/${detail.id}/attachments`]: { body: { attachments: [shown], removed: [] } },
      [`DELETE /api/attachments/${shown.id}`]: {
        status: 404,
        body: { error: { code: 'not_found', message: 'File not found' } },
      },
      [`/api/plans/${plan.id}`]: { body: plan },
    });
    const { user } = renderApp(`/actions/${detail.id}`);
    // The manager may remove any file.
    await user.click(await screen.findByRole('button', { name: 'Remove Panel terms.pdf' }));
    await user.type(screen.getByLabelText('Why are you removing Panel terms.pdf?'), 'Duplicate');
    await user.click(screen.getByRole('button', { name: 'Remove file' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'File not found' })).toBeInTheDocument();
    expect(screen.queryByText(/was removed\./)).not.toBeInTheDocument();
  });

  it('links a carried action both ways and shows the history it brings from earlier plans', async () => {
    const { plan, detail } = placedAction();
    const from = { planId: nextId(), planTitle: 'Plan 2023 to 2024', actionId: nextId(), ref: '1.5.3' };
    const to = { planId: nextId(), planTitle: 'Plan 2025 to 2026', actionId: nextId(), ref: '2.1.1' };
    const earlier = {
      plans: [
        {
          plan: { id: from.planId, title: 'Plan 2023 to 2024', periodStart: '2023-01', periodEnd: '2024-12' },
          action: { id: from.actionId, ref: '1.5.3', title: 'Review the offer', status: 'Amber' },
          updates: [
            statusUpdate({
              period: '2024-12',
              status: 'Amber',
              note: 'Delayed by staffing',
              author: 'Sam Lead',
            }),
          ],
        },
      ],
    };
    stubApi({
      [`/api/actions/${detail.id}`]: { body: { ...detail, carriedFrom: from, carriedTo: to } },
      [`/api/actions/${detail.id}/updates`]: { body: { updates: [] } },
      [`/api/actions/${detail.id}/earlier-history`]: { body: earlier },
      [`/api/plans/${plan.id}`]: { body: plan },
    });
    renderApp(`/actions/${detail.id}`);

    expect(
      await screen.findByRole('link', { name: 'Carried forward from Plan 2023 to 2024 (action 1.5.3)' }),
    ).toHaveAttribute('href', `/actions/${from.actionId}`);
    expect(
      screen.getByRole('link', { name: 'Carried forward to Plan 2025 to 2026 (action 2.1.1)' }),
    ).toHaveAttribute('href', `/actions/${to.actionId}`);
    const section = await screen.findByRole('region', { name: 'History from earlier plans' });
    expect(
      within(section).getByRole('heading', { level: 3, name: 'Plan 2023 to 2024 (action 1.5.3)' }),
    ).toBeInTheDocument();
    const table = within(section).getByRole('table', {
      name: /Updates in Plan 2023 to 2024 \(action 1\.5\.3\)/,
    });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      'December 2024Amber (delayed)Delayed by staffingSam Lead',
    );
  });

  it('shows no earlier history for an action never carried forward', async () => {
    const { plan, detail } = placedAction();
    const fetchStub = stubApi({
      [`/api/actions/${detail.id}`]: { body: detail },
      [`/api/actions/${detail.id}/updates`]: { body: { updates: [] } },
      [`/api/plans/${plan.id}`]: { body: plan },
    });
    renderApp(`/actions/${detail.id}`);
    expect(await screen.findByText('No updates yet.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'History from earlier plans' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Carried forward/)).not.toBeInTheDocument();
    expect(fetchStub.mock.calls.some(([path]) => String(path).endsWith('/earlier-history'))).toBe(false);
  });
});
