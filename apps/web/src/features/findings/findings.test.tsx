import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { nextId, planTree, sessionReply } from '../../test/factories';
import { finding, findingAction } from '../../test/forum-factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

const manager = { body: sessionReply({ role: 'manager', displayName: 'Partnership Manager' }) };

function seeded() {
  const plan = planTree({ title: 'Lancashire SEND plan' });
  const actions = [
    findingAction({
      ref: '2.4.6',
      status: 'Amber',
      dueMonth: '2025-05',
      pastOriginalDate: true,
      plan: { id: nextId(), title: 'Lancashire SEND plan 2025 to 2027' },
    }),
    findingAction({
      ref: '2.4.7',
      title: 'Review the directory',
      status: 'Blue',
      latestNote: null,
      plan: { id: plan.id, title: plan.title },
    }),
  ];
  const localOffer = finding({ planId: plan.id, actions });
  const unlinked = finding({
    planId: plan.id,
    ref: '6',
    title: 'Area of significant concern 6',
    judgement: null,
    judgements: [],
    actions: [],
  });
  const replies = {
    [`/api/plans/${plan.id}`]: { body: plan },
    [`/api/plans/${plan.id}/findings`]: { body: { findings: [localOffer, unlinked] } },
  };
  return { plan, localOffer, unlinked, replies };
}

describe('the findings view', () => {
  it('shows each finding’s judgements over time and its actions with status word and latest note', async () => {
    const { plan, localOffer, replies } = seeded();
    stubApi(replies);
    renderApp(`/plans/${plan.id}/findings`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Inspection findings' })).toBeInTheDocument();
    expect(await screen.findByText('2 findings: 1 improving, 1 not yet judged')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Word document' })).toHaveAttribute(
      'href',
      `/api/plans/${plan.id}/readiness-pack?format=docx`,
    );
    expect(screen.getByRole('link', { name: 'PDF' })).toHaveAttribute(
      'href',
      `/api/plans/${plan.id}/readiness-pack?format=pdf`,
    );
    const section = screen.getByRole('region', { name: `Finding 5: ${localOffer.title}` });
    expect(within(section).getByText('Improving (March 2020)')).toBeInTheDocument();
    const history = within(section).getByRole('table', { name: 'Judgements of finding 5, newest first' });
    // On a phone the judgements scroll in their own named region, never the page.
    const scrolling = within(section).getByRole('region', { name: 'Judgements of finding 5' });
    expect(scrolling).toHaveAttribute('tabindex', '0');
    expect(scrolling).toContainElement(history);
    expect(
      within(history)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual([
      'March 2020ImprovingFurther on-going work is requiredPartnership Manager',
      'November 2017OpenNo notePartnership Manager',
    ]);
    const trail = within(section).getByRole('table', { name: 'Actions addressing finding 5' });
    const amber = within(trail).getByRole('row', { name: /2\.4\.6/ });
    expect(amber).toHaveTextContent('Amber (delayed)Due May 2025Past its original date, no new date agreed');
    // An action in another plan of the chain says which; one in this plan does not.
    expect(within(amber).getByText('In Lancashire SEND plan 2025 to 2027')).toBeInTheDocument();
    expect(within(trail).getByRole('row', { name: /2\.4\.7/ })).not.toHaveTextContent('In Lancashire');
    expect(amber).toHaveTextContent('October 2026: Easy-read pages in testing');
    expect(within(trail).getByRole('link', { name: '2.4.7 Review the directory' })).toHaveAttribute(
      'href',
      `/actions/${localOffer.actions[1]!.id}`,
    );
    const other = screen.getByRole('region', { name: 'Finding 6: Area of significant concern 6' });
    expect(within(other).getByText('Not yet judged')).toBeInTheDocument();
    expect(within(other).getByText('No action is linked to this finding yet.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Record a judgement/ })).not.toBeInTheDocument();
  });

  it('lets the manager record a judgement, refused first without a month or a judgement', async () => {
    const { plan, localOffer, replies } = seeded();
    const path = `/api/findings/${localOffer.id}/judgements`;
    const fetchStub = stubApi({
      ...replies,
      '/api/auth/me': manager,
      [`POST ${path}`]: { status: 201, body: localOffer },
    });
    const { user } = renderApp(`/plans/${plan.id}/findings`);
    await user.click(await screen.findByRole('link', { name: 'Record a judgement of finding 5' }));
    await screen.findByRole('heading', { level: 1, name: 'Record a judgement of finding 5' });
    await user.click(screen.getByRole('button', { name: 'Record judgement' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Enter the month of the judgement', 'Select the judgement']);
    await user.type(screen.getByLabelText('Month of the judgement'), '2021-09');
    await user.click(screen.getByLabelText('Sufficiently improved'));
    await user.type(screen.getByLabelText('Note (optional)'), 'Progress review');
    await user.click(screen.getByRole('button', { name: 'Record judgement' }));
    await screen.findByRole('heading', { level: 1, name: 'Inspection findings' });
    expect(sentRequest(fetchStub, 'POST', path)?.body).toEqual({
      month: '2021-09',
      judgement: 'sufficiently_improved',
      note: 'Progress review',
    });
  });

  it('lets the manager link actions to a finding, sending only the change with the version seen', async () => {
    const { plan, unlinked, replies } = seeded();
    const path = `/api/findings/${unlinked.id}`;
    const fetchStub = stubApi({ ...replies, '/api/auth/me': manager, [`PATCH ${path}`]: { body: unlinked } });
    const { user } = renderApp(`/plans/${plan.id}/findings/${unlinked.id}/edit`);
    const boxes = await screen.findByRole('group', { name: 'Actions that address this finding' });
    const first = plan.priorities[0]!.outcomes[0]!.actions[0]!;
    await user.click(within(boxes).getByLabelText(`${first.ref} ${first.title}`));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('heading', { level: 1, name: 'Inspection findings' });
    const sent = sentRequest(fetchStub, 'PATCH', path);
    expect(sent?.body).toEqual({ actionIds: [first.id] });
    expect(sent?.headers).toMatchObject({ 'if-match': '"1"' });
  });

  it('offers a finding’s actions in other plans of the chain when editing it, named with their plan', async () => {
    const { plan, localOffer, replies } = seeded();
    const path = `/api/findings/${localOffer.id}`;
    const fetchStub = stubApi({
      ...replies,
      '/api/auth/me': manager,
      [`PATCH ${path}`]: { body: localOffer },
    });
    const { user } = renderApp(`/plans/${plan.id}/findings/${localOffer.id}/edit`);
    const earlier = await screen.findByRole('checkbox', {
      name: '2.4.6 Make the Local Offer website more accessible (Lancashire SEND plan 2025 to 2027)',
    });
    expect(earlier).toBeChecked();
    await user.click(earlier);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('heading', { level: 1, name: 'Inspection findings' });
    expect(sentRequest(fetchStub, 'PATCH', path)?.body).toEqual({ actionIds: [localOffer.actions[1]!.id] });
  });
});
