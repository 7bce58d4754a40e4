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
});
