import type { PublicAction } from '@ragboard/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { publicAction, publicPlan } from '../../test/publication-factories';
import { renderApp, stubApi } from '../../test/render-app';

const PATH = '/api/public/plans/send-plan';

describe('the public progress page', () => {
  it('shows the approved actions and KPIs to anyone, without asking who is signed in', async () => {
    const fetchStub = stubApi({ [PATH]: { body: publicPlan() } });
    renderApp('/public/send-plan');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'SEND Continuous Improvement Plan' }),
    ).toBeInTheDocument();
    // Only the page's data, and whether the installation is the demo: never the session.
    expect(fetchStub.mock.calls.map(([path]) => path).sort()).toEqual(['/api/site', PATH].sort());
    expect(screen.queryByRole('link', { name: 'Sign in' })).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Menu' })).toBeNull();

    const action = screen.getByRole('region', { name: 'Action 1.1.1' });
    expect(within(action).getByText('Green')).toBeInTheDocument();
    expect(action).toHaveTextContent('On target in May 2023.');
    expect(action).toHaveTextContent('Head of SEND, Lancashire County Council');
    expect(action).toHaveTextContent('When it is dueDue June 2023.');
    expect(action).not.toHaveTextContent('later than');

    const measure = screen.getByRole('region', { name: 'Measure 1: for outcome 3.4' });
    expect(measure).toHaveTextContent('Where we started41%');
    expect(measure).toHaveTextContent('Our target55%, from June 2023.');
    expect(measure).toHaveTextContent('Latest figure54% in July 2023. Near target');
  });

  it('marks each glossary term with its meaning where it appears, and lists the glossary', async () => {
    stubApi({ [PATH]: { body: publicPlan() } });
    renderApp('/public/send-plan');
    const action = await screen.findByRole('region', { name: 'Action 1.1.1' });
    const senco = within(action).getAllByText(/^SENCOs?$/);
    expect(senco.map((abbr) => [abbr.tagName, abbr.textContent, abbr.getAttribute('title')])).toEqual([
      ['ABBR', 'SENCO', 'Special educational needs co-ordinator'],
      ['ABBR', 'SENCOs', 'Special educational needs co-ordinator'],
    ]);
    const measure = screen.getByRole('region', { name: 'Measure 1: for outcome 3.4' });
    expect(within(measure).getByText('EHCP').tagName).toBe('ABBR');
    const glossary = screen.getByRole('region', { name: 'Words we use' });
    expect(
      within(glossary)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual(['EHCP', 'SENCO']);
    expect(within(glossary).getAllByRole('definition')[0]).toHaveTextContent(
      'Education, health and care plan',
    );
  });

  it('links to the same data as CSV and JSON with the licence it is under', async () => {
    stubApi({ [PATH]: { body: publicPlan() } });
    renderApp('/public/send-plan');
    const data = await screen.findByRole('region', { name: 'Use this data' });
    expect(
      within(data).getByRole('link', { name: 'Download the data as a spreadsheet (CSV)' }),
    ).toHaveAttribute('href', `${PATH}/data.csv`);
    expect(within(data).getByRole('link', { name: 'Download the data as JSON' })).toHaveAttribute(
      'href',
      `${PATH}/data.json`,
    );
    expect(within(data).getByRole('link', { name: 'Open Government Licence v3.0' })).toHaveAttribute(
      'rel',
      'license',
    );
  });

  it('names leads when the plan shows names, and says when an action has no update yet', async () => {
    const plan = publicPlan({
      priorities: [
        {
          ref: '2',
          title: 'Preparing for adulthood',
          actions: [
            publicAction({
              ref: '2.1.1',
              status: 'Grey',
              statusMonth: null,
              dueMonth: null,
              leads: [{ name: 'Sapphire Murray', role: null, organisation: 'LSC ICB' }],
              files: [
                {
                  id: '00000000-0000-4000-8000-000000000999',
                  fileName: 'Transition guide.pdf',
                  mediaType: 'application/pdf',
                  sizeBytes: 2_500_000,
                },
              ],
            }),
          ],
        },
      ],
    });
    stubApi({ [PATH]: { body: plan } });
    renderApp('/public/send-plan');
    const action = await screen.findByRole('region', { name: 'Action 2.1.1' });
    expect(action).toHaveTextContent('Not started yet.');
    expect(action).toHaveTextContent('Sapphire Murray, LSC ICB');
    expect(action).not.toHaveTextContent('When it is due');
    expect(within(action).getByRole('link', { name: 'Transition guide.pdf' })).toHaveAttribute(
      'href',
      '/api/public/plans/send-plan/files/00000000-0000-4000-8000-000000000999',
    );
    expect(action).toHaveTextContent('Transition guide.pdf (2.4 MB)');
  });

  it('says which closed month it shows, and each action’s both dates and whether it is past either', async () => {
    const late = (ref: string, overrides: Partial<PublicAction>) =>
      publicAction({ ref, status: 'Red', dueMonth: '2023-05', pastOriginalDate: true, ...overrides });
    const plan = publicPlan({
      asAt: '2023-11',
      priorities: [
        {
          ref: '1',
          title: 'Improve the local offer',
          actions: [
            late('1.1.1', {
              newDate: { date: '2023-10-31', source: 'update', since: '2023-06' },
              pastNewDate: true,
            }),
            late('1.1.2', {}),
            late('1.1.3', { newDate: { date: '2027-05-31', source: 'manager', since: '2023-09' } }),
          ],
        },
      ],
    });
    stubApi({ [PATH]: { body: plan } });
    renderApp('/public/send-plan');
    const title = await screen.findByRole('heading', { level: 1, name: 'SEND Continuous Improvement Plan' });
    expect(title.nextElementSibling).toHaveTextContent(
      'Progress as at November 2023, the latest month checked and closed.',
    );
    const dates = (ref: string) =>
      within(screen.getByRole('region', { name: `Action ${ref}` })).getByText(/^Due /).textContent;
    expect(['1.1.1', '1.1.2', '1.1.3'].map(dates)).toEqual([
      'Due May 2023, new date 31 October 2023. It is later than its new completion date.',
      'Due May 2023. It is later than planned, and no new date has been agreed yet.',
      'Due May 2023, new date 31 May 2027. It is later than first planned, and a new date has been agreed.',
    ]);
    expect(screen.getByRole('region', { name: 'Use this data' })).toHaveTextContent(
      'as at November 2023. Each action has the month it was first due and, where one was agreed, its new completion date, with whether it is past either.',
    );
  });

  it('says there is no such page for an unknown address or a plan that is not public', async () => {
    stubApi({});
    renderApp('/public/not-a-plan');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no progress report at this address.')).toBeInTheDocument();
  });

  it('says so when no month has been checked and closed yet', async () => {
    stubApi({ [PATH]: { body: publicPlan({ asAt: '2022-12', asAtClosed: false }) } });
    renderApp('/public/send-plan');
    expect(
      await screen.findByText(
        'Progress as at December 2022. No month of updates has been checked and closed yet.',
      ),
    ).toBeInTheDocument();
  });
});
