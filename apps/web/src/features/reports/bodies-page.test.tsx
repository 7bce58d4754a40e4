import { reportingBodySchema } from '@ragboard/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { nextId, planTree, priorityNode, sessionReply } from '../../test/factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

const manager = { body: sessionReply({ role: 'manager' }) };

describe('bodies and meetings', () => {
  it('lets the manager add a body for some priorities, then a meeting, each checked first', async () => {
    const first = priorityNode({ ref: '1', title: 'Improving outcomes' });
    const plan = planTree({
      title: 'SEND plan',
      priorities: [first, priorityNode({ ref: '2', title: 'Adulthood' })],
    });
    const body = reportingBodySchema.parse({
      id: nextId(),
      name: 'Health and Wellbeing Board',
      cadence: 'Every two months',
      sections: ['summary'],
      priorityIds: [first.id],
      draftDaysBefore: 5,
      version: 1,
      meetings: [],
    });
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [`/api/plans/${plan.id}`]: { body: plan },
      [`/api/plans/${plan.id}/bodies`]: { body: { bodies: [] } },
      [`POST /api/plans/${plan.id}/bodies`]: { status: 201, body: { bodies: [body] } },
      [`POST /api/bodies/${body.id}/meetings`]: {
        status: 201,
        body: {
          bodies: [
            {
              ...body,
              meetings: [
                {
                  id: nextId(),
                  meetsOn: '2027-01-14',
                  papersDue: '2027-01-07',
                  draftOn: '2027-01-02',
                  report: null,
                  version: 1,
                },
              ],
            },
          ],
        },
      },
    });
    const { user } = renderApp(`/plans/${plan.id}/bodies`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bodies and meetings' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Name'), 'Health and Wellbeing Board');
    await user.type(screen.getByLabelText('How often it meets'), 'Every two months');
    await user.click(screen.getByLabelText('1 Improving outcomes'));
    await user.clear(screen.getByLabelText(/days before the papers are due/));
    await user.type(screen.getByLabelText(/days before the papers are due/), '5');
    await user.click(screen.getByRole('button', { name: 'Add body' }));
    expect(sentRequest(fetchStub, 'POST', `/api/plans/${plan.id}/bodies`)?.body).toEqual({
      name: 'Health and Wellbeing Board',
      cadence: 'Every two months',
      draftDaysBefore: 5,
      priorityIds: [first.id],
    });

    const section = await screen.findByRole('region', { name: 'Health and Wellbeing Board' });
    await user.click(within(section).getByRole('button', { name: 'Add meeting' }));
    expect(await screen.findByRole('link', { name: 'Enter the meeting date' })).toBeInTheDocument();
    const meeting = within(section).getByRole('group', {
      name: /Next meeting of the Health and Wellbeing Board/,
    });
    await user.type(within(meeting).getByLabelText('Day'), '14');
    await user.type(within(meeting).getByLabelText('Month'), '1');
    await user.type(within(meeting).getByLabelText('Year'), '2027');
    const papers = within(section).getByRole('group', { name: 'Papers due' });
    await user.type(within(papers).getByLabelText('Day'), '7');
    await user.type(within(papers).getByLabelText('Month'), '1');
    await user.type(within(papers).getByLabelText('Year'), '2027');
    await user.click(within(section).getByRole('button', { name: 'Add meeting' }));
    expect(await within(section).findByText(/Meetings: 14 January 2027/)).toBeInTheDocument();
    expect(sentRequest(fetchStub, 'POST', `/api/bodies/${body.id}/meetings`)?.body).toEqual({
      meetsOn: '2027-01-14',
      papersDue: '2027-01-07',
    });
  });

  function withOneBody() {
    const plan = planTree({
      title: 'SEND plan',
      priorities: [priorityNode({ ref: '1', title: 'Outcomes' })],
    });
    const meetingId = nextId();
    const reportId = nextId();
    const body = reportingBodySchema.parse({
      id: nextId(),
      name: 'SEND Partnership Board',
      cadence: 'Every two months',
      sections: ['summary'],
      priorityIds: null,
      draftDaysBefore: 7,
      version: 3,
      meetings: [
        {
          id: meetingId,
          meetsOn: '2027-01-14',
          papersDue: '2027-01-07',
          draftOn: '2026-12-31',
          report: { id: reportId, title: 'SEND Partnership Board, 14 January 2027', state: 'draft' },
          version: 2,
        },
      ],
    });
    return { plan, body, meetingId };
  }

  it('changes a body’s cadence, sending the version it was shown', async () => {
    const { plan, body } = withOneBody();
    const changed = { ...body, cadence: 'Monthly', version: 4 };
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [`/api/plans/${plan.id}`]: { body: plan },
      [`/api/plans/${plan.id}/bodies`]: { body: { bodies: [body] } },
      [`PATCH /api/bodies/${body.id}`]: { body: { bodies: [changed] } },
    });
    const { user } = renderApp(`/plans/${plan.id}/bodies`);
    const section = await screen.findByRole('region', { name: 'SEND Partnership Board' });
    await user.click(within(section).getByRole('button', { name: 'Edit the SEND Partnership Board' }));
    expect(within(section).getByRole('heading', { name: 'Change the SEND Partnership Board' })).toHaveFocus();
    const cadence = within(section).getByLabelText('How often it meets');
    expect(cadence).toHaveValue('Every two months');
    await user.clear(cadence);
    await user.type(cadence, 'Monthly');
    await user.click(within(section).getByRole('button', { name: 'Save changes' }));
    const sent = sentRequest(fetchStub, 'PATCH', `/api/bodies/${body.id}`);
    expect(sent?.body).toEqual({
      name: 'SEND Partnership Board',
      cadence: 'Monthly',
      draftDaysBefore: 7,
      priorityIds: null,
    });
    expect(sent?.headers).toMatchObject({ 'if-match': '"3"' });
    expect(await within(section).findByRole('status')).toHaveTextContent(
      'The SEND Partnership Board is saved.',
    );
    expect(within(section).getByText(/Monthly\. Meetings:/)).toBeInTheDocument();
  });

  it('says so when someone else changed the body first, and shows it as it now stands', async () => {
    const { plan, body } = withOneBody();
    const current = { ...body, cadence: 'Quarterly', version: 4 };
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [`/api/plans/${plan.id}`]: { body: plan },
      [`/api/plans/${plan.id}/bodies`]: { body: { bodies: [body] } },
      [`PATCH /api/bodies/${body.id}`]: {
        status: 409,
        body: {
          error: {
            code: 'stale_version',
            message: 'This body was changed by someone else',
            details: { current },
          },
        },
      },
    });
    const { user } = renderApp(`/plans/${plan.id}/bodies`);
    const section = await screen.findByRole('region', { name: 'SEND Partnership Board' });
    await user.click(within(section).getByRole('button', { name: 'Edit the SEND Partnership Board' }));
    await user.clear(within(section).getByLabelText('How often it meets'));
    await user.type(within(section).getByLabelText('How often it meets'), 'Monthly');
    await user.click(within(section).getByRole('button', { name: 'Save changes' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Someone else changed this body: here it is as it now stands',
    );
    expect(within(section).getByLabelText('How often it meets')).toHaveValue('Quarterly');
    expect(sentRequest(fetchStub, 'PATCH', `/api/bodies/${body.id}`)?.headers).toMatchObject({
      'if-match': '"3"',
    });
  });

  it('cancels a meeting only once asked, saying its pack stays in the reports', async () => {
    const { plan, body, meetingId } = withOneBody();
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [`/api/plans/${plan.id}`]: { body: plan },
      [`/api/plans/${plan.id}/bodies`]: { body: { bodies: [body] } },
      [`DELETE /api/meetings/${meetingId}`]: { body: { bodies: [{ ...body, meetings: [] }] } },
    });
    const { user } = renderApp(`/plans/${plan.id}/bodies`);
    const section = await screen.findByRole('region', { name: 'SEND Partnership Board' });
    await user.click(within(section).getByRole('button', { name: 'Cancel meeting on 14 January 2027' }));
    expect(
      within(section).getByRole('heading', {
        name: 'Cancel the SEND Partnership Board meeting on 14 January 2027?',
      }),
    ).toHaveFocus();
    expect(within(section).getByText(/stays in the reports, as an ordinary report/)).toBeInTheDocument();
    expect(sentRequest(fetchStub, 'DELETE', `/api/meetings/${meetingId}`)).toBeNull();
    await user.click(within(section).getByRole('button', { name: 'Yes, cancel the meeting' }));
    expect(await within(section).findByRole('status')).toHaveTextContent(
      'The SEND Partnership Board meeting on 14 January 2027 is cancelled.',
    );
    // With the version it was shown: a change made meanwhile is refused, not overwritten.
    expect(sentRequest(fetchStub, 'DELETE', `/api/meetings/${meetingId}`)?.headers).toMatchObject({
      'if-match': '"2"',
    });
    expect(within(section).getByText(/Meetings: none yet/)).toBeInTheDocument();
  });

  it('moves a meeting with a small form pre-filled with its dates', async () => {
    const { plan, body, meetingId } = withOneBody();
    const moved = { ...body.meetings[0]!, meetsOn: '2027-01-21', papersDue: '2027-01-07' };
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [`/api/plans/${plan.id}`]: { body: plan },
      [`/api/plans/${plan.id}/bodies`]: { body: { bodies: [body] } },
      [`PATCH /api/meetings/${meetingId}`]: { body: { bodies: [{ ...body, meetings: [moved] }] } },
    });
    const { user } = renderApp(`/plans/${plan.id}/bodies`);
    const section = await screen.findByRole('region', { name: 'SEND Partnership Board' });
    await user.click(
      within(section).getByRole('button', { name: 'Change date of the meeting on 14 January 2027' }),
    );
    const date = within(section).getByRole('group', {
      name: /New date of the SEND Partnership Board meeting/,
    });
    expect(within(date).getByLabelText('Day')).toHaveValue('14');
    await user.clear(within(date).getByLabelText('Day'));
    await user.type(within(date).getByLabelText('Day'), '21');
    await user.click(within(section).getByRole('button', { name: 'Save new date' }));
    expect(sentRequest(fetchStub, 'PATCH', `/api/meetings/${meetingId}`)).toMatchObject({
      body: { meetsOn: '2027-01-21', papersDue: '2027-01-07' },
      headers: { 'if-match': '"2"' },
    });
    expect(await within(section).findByRole('status')).toHaveTextContent(
      'The SEND Partnership Board meeting has moved.',
    );
    expect(within(section).getByText(/Meetings: 21 January 2027/)).toBeInTheDocument();
  });

  it('retires a body once asked, with its version, saying its packs stay in the reports', async () => {
    const { plan, body } = withOneBody();
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [`/api/plans/${plan.id}`]: { body: plan },
      [`/api/plans/${plan.id}/bodies`]: { body: { bodies: [body] } },
      [`POST /api/bodies/${body.id}/retire`]: { body: { bodies: [] } },
    });
    const { user } = renderApp(`/plans/${plan.id}/bodies`);
    const section = await screen.findByRole('region', { name: 'SEND Partnership Board' });
    await user.click(within(section).getByRole('button', { name: 'Retire the SEND Partnership Board' }));
    expect(
      within(section).getByRole('heading', { name: 'Retire the SEND Partnership Board?' }),
    ).toHaveFocus();
    await user.click(within(section).getByRole('button', { name: 'No, keep it' }));
    expect(sentRequest(fetchStub, 'POST', `/api/bodies/${body.id}/retire`)).toBeNull();
    await user.click(within(section).getByRole('button', { name: 'Retire the SEND Partnership Board' }));
    await user.click(within(section).getByRole('button', { name: 'Yes, retire it' }));
    expect(
      await screen.findByText(
        'The SEND Partnership Board is retired. The packs drafted for it stay in the reports.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(sentRequest(fetchStub, 'POST', `/api/bodies/${body.id}/retire`)?.headers).toMatchObject({
      'if-match': '"3"',
    });
    expect(screen.queryByRole('region', { name: 'SEND Partnership Board' })).not.toBeInTheDocument();
  });
});
