import { type ReportingBody, reportingBodySchema } from '@ragboard/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { nextId, planSummary, planTree, sessionReply } from '../../test/factories';
import { period } from '../../test/monthly-round-factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';
import { boardReport } from '../../test/report-factories';

const manager = { body: sessionReply({ role: 'manager', displayName: 'Partnership Manager' }) };

function seeded(role: 'manager' | 'board') {
  const plan = planTree({ currentPeriod: '2026-11' });
  const draft = boardReport({ planId: plan.id, title: 'Draft for November' });
  const published = boardReport({
    planId: plan.id,
    period: '2026-10',
    title: 'Board report for October',
    state: 'published',
    publishedAt: '2026-10-30T12:00:00.000Z',
  });
  const listed = (role === 'manager' ? [draft, published] : [published]).map(
    ({ id, period, title, state, createdAt, publishedAt }) => ({
      id,
      period,
      title,
      state,
      createdAt,
      publishedAt,
    }),
  );
  const replies = {
    ...(role === 'manager' ? { '/api/auth/me': manager } : {}),
    '/api/plans': { body: { plans: [plan] } },
    [`/api/plans/${plan.id}`]: { body: plan },
    [`/api/plans/${plan.id}/periods`]: {
      body: { periods: [period({ month: '2026-10', state: 'closed' }), period({ month: '2026-11' })] },
    },
    [`GET /api/plans/${plan.id}/reports`]: { body: { reports: listed } },
    [`/api/plans/${plan.id}/bodies`]: { body: { bodies: [] as ReportingBody[] } },
  };
  return { plan, draft, published, replies };
}

describe('board reports list', () => {
  it('shows the manager drafts and published reports, each tagged, and a form to start one', async () => {
    const { plan, replies } = seeded('manager');
    stubApi(replies);
    renderApp(`/plans/${plan.id}/reports`);
    const table = await screen.findByRole('table', { name: 'Board reports' });
    const draftRow = within(table).getByRole('row', { name: /Draft for November/ });
    expect(within(draftRow).getByText('Draft')).toBeInTheDocument();
    const publishedRow = within(table).getByRole('row', { name: /Board report for October/ });
    expect(within(publishedRow).getByText('Published')).toBeInTheDocument();
    expect(within(publishedRow).getByText('30 October 2026')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Start a report' })).toBeInTheDocument();
  });

  it('shows a board member published reports only, and no form to start one', async () => {
    const { plan, replies } = seeded('board');
    stubApi(replies);
    renderApp(`/plans/${plan.id}/reports`);
    const table = await screen.findByRole('table', { name: 'Board reports' });
    expect(within(table).getByRole('link', { name: 'Board report for October' })).toBeInTheDocument();
    expect(within(table).queryByText('Draft for November')).not.toBeInTheDocument();
    expect(within(table).queryByText('Draft')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Start a report' })).not.toBeInTheDocument();
  });

  it('is reached from "Reports" in the navigation, which opens the live plan’s reports, not a closed one before it', async () => {
    const { plan, replies } = seeded('board');
    const closed = planSummary({ title: 'The closed plan', state: 'closed', successorId: plan.id });
    stubApi({ ...replies, '/api/plans': { body: { plans: [closed, plan] } } });
    const { user } = renderApp('/plans');
    await user.click(await screen.findByRole('link', { name: 'Reports' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Board reports' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Board report for October' })).toBeInTheDocument();
  });
});

describe('meetings and their packs', () => {
  it('groups the packs under each body’s meetings, the rest under other reports, with when the next is drafted', async () => {
    const { plan, draft, replies } = seeded('manager');
    const body = reportingBodySchema.parse({
      id: nextId(),
      name: 'SEND Partnership Board',
      cadence: 'Every two months',
      sections: ['summary'],
      priorityIds: null,
      draftDaysBefore: 7,
      version: 1,
      meetings: [
        {
          id: nextId(),
          meetsOn: '2026-11-20',
          papersDue: '2026-11-13',
          draftOn: '2026-11-06',
          report: { id: draft.id, title: draft.title, state: 'draft' },
          version: 1,
        },
        {
          id: nextId(),
          meetsOn: '2099-01-15',
          papersDue: '2099-01-08',
          draftOn: '2099-01-01',
          report: null,
          version: 1,
        },
      ],
    });
    stubApi({ ...replies, [`/api/plans/${plan.id}/bodies`]: { body: { bodies: [body] } } });
    renderApp(`/plans/${plan.id}/reports`);
    const meetings = await screen.findByRole('table', { name: /^SEND Partnership Board/ });
    expect(meetings).toHaveAccessibleName('SEND Partnership Board Every two months; covers the whole plan');
    const first = within(meetings).getByRole('row', { name: /20 November 2026/ });
    expect(within(first).getByRole('link', { name: draft.title })).toHaveAttribute(
      'href',
      `/reports/${draft.id}`,
    );
    expect(within(first).getByText('Draft')).toBeInTheDocument();
    expect(within(meetings).getByRole('row', { name: /15 January 2099/ })).toHaveTextContent(
      'Drafted by itself on 1 January 2099',
    );
    const others = screen.getByRole('table', { name: 'Board reports' });
    expect(within(others).queryByText(draft.title)).not.toBeInTheDocument();
    expect(within(others).getByRole('link', { name: 'Board report for October' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add or change bodies and meetings' })).toHaveAttribute(
      'href',
      `/plans/${plan.id}/bodies`,
    );
  });
});

describe('starting a report', () => {
  it('refuses a report without a title, on the title field', async () => {
    const { plan, replies } = seeded('manager');
    const fetchStub = stubApi(replies);
    const { user } = renderApp(`/plans/${plan.id}/reports`);
    await user.click(await screen.findByRole('button', { name: 'Start the report' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter a title' })).toHaveAttribute('href', '#title');
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription(/Enter a title/);
    expect(sentRequest(fetchStub, 'POST', `/api/plans/${plan.id}/reports`)).toBeNull();
  });

  it('shows the API’s refusal on its field', async () => {
    const { plan, replies } = seeded('manager');
    stubApi({
      ...replies,
      [`POST /api/plans/${plan.id}/reports`]: {
        status: 400,
        body: {
          error: {
            code: 'validation_failed',
            message: 'The request is not valid',
            details: [{ path: 'body.period', message: 'No such period in the plan' }],
          },
        },
      },
    });
    const { user } = renderApp(`/plans/${plan.id}/reports`);
    await user.type(await screen.findByLabelText('Title'), 'Board report');
    await user.click(screen.getByRole('button', { name: 'Start the report' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'No such period in the plan' })).toHaveAttribute(
      'href',
      '#period',
    );
    expect(screen.getByLabelText('Period')).toHaveAccessibleDescription(/No such period in the plan/);
  });

  it('starts a draft for the chosen period and opens it', async () => {
    const { plan, replies } = seeded('manager');
    const created = boardReport({ planId: plan.id, period: '2026-10', title: 'October board' });
    const fetchStub = stubApi({
      ...replies,
      [`POST /api/plans/${plan.id}/reports`]: { status: 201, body: created },
      [`/api/reports/${created.id}`]: { body: created },
    });
    const { user } = renderApp(`/plans/${plan.id}/reports`);
    await user.selectOptions(await screen.findByLabelText('Period'), 'October 2026');
    await user.type(screen.getByLabelText('Title'), 'October board');
    await user.click(screen.getByRole('button', { name: 'Start the report' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'October board' })).toBeInTheDocument();
    expect(sentRequest(fetchStub, 'POST', `/api/plans/${plan.id}/reports`)?.body).toEqual({
      period: '2026-10',
      title: 'October board',
    });
  });
});
