// @vitest-environment jsdom
import type { PublicAction, PublicPlan } from '@ragboard/shared';
import { describe, expect, it } from 'vitest';
import { headings, link, parsePage, region, rowValue, words } from './page-queries';
import { pageShell } from './page-shell';
import { publicAction, publicPlan } from './public-plan-factories';
import { publicPlanPage } from './public-plan-html';

const page = (plan: PublicPlan = publicPlan()) => parsePage(publicPlanPage(pageShell(''), plan, false));
const row = (scope: ParentNode, key: string) => words(rowValue(scope, key));

describe('the public progress page, written by the server', () => {
  it('shows the approved actions and KPIs, each status and judgement in words', () => {
    const doc = page();
    expect(headings(doc, 1)).toEqual(['SEND Continuous Improvement Plan']);
    expect(doc.title).toBe('SEND Continuous Improvement Plan: progress');
    const action = region(doc, 'Action 1.1.1');
    expect(words(action.querySelector('.govuk-tag'))).toBe('Green');
    expect(row(action, 'Where it stands')).toBe('Green On target in May 2023.');
    expect(row(action, 'Who leads it')).toBe('Head of SEND, Lancashire County Council');
    expect(row(action, 'When it is due')).toBe('Due June 2023.');

    const measure = region(doc, 'Measure 1: for outcome 3.4');
    expect(row(measure, 'Where we started')).toBe('41%');
    expect(row(measure, 'Our target')).toBe('55%, from June 2023.');
    expect(row(measure, 'Latest figure')).toBe('54% in July 2023. Near target');
  });

  it('counts the actions at each status in a table, in the status key’s order, with each status’s word', () => {
    const actions = [
      publicAction({ ref: '1.1.1', status: 'Red' }),
      publicAction({ ref: '1.1.2', status: 'Green' }),
      publicAction({ ref: '1.1.3', status: 'Red' }),
    ];
    const doc = page(publicPlan({ priorities: [{ ref: '1', title: 'Improve the local offer', actions }] }));
    expect(doc.body.textContent).toContain('We share 3 actions here.');
    const table = doc.querySelector('table')!;
    expect(words(table.querySelector('caption'))).toBe('Where the actions stand in July 2023');
    expect([...table.querySelectorAll('tr')].map((tr) => [...tr.children].map(words))).toEqual([
      ['Status', 'Actions'],
      ['Grey Not started', '0'],
      ['Blue Completed', '0'],
      ['Green On target', '1'],
      ['Amber Delayed', '0'],
      ['Red Significantly delayed', '2'],
    ]);
    expect([...table.querySelectorAll('tbody th')].map((th) => th.getAttribute('scope'))).toEqual(
      Array(5).fill('row'),
    );
  });

  it('marks each glossary term with its meaning where it appears, and lists the glossary', () => {
    const doc = page();
    const action = region(doc, 'Action 1.1.1');
    expect([...action.querySelectorAll('abbr')].map((a) => [words(a), a.title])).toEqual([
      ['SENCO', 'Special educational needs co-ordinator'],
      ['SENCOs', 'Special educational needs co-ordinator'],
    ]);
    const measure = region(doc, 'Measure 1: for outcome 3.4');
    expect(words(measure.querySelector('abbr'))).toBe('EHCP');
    const glossary = region(doc, 'Words we use');
    expect([...glossary.querySelectorAll('dt')].map(words)).toEqual(['EHCP', 'SENCO']);
    expect(words(glossary.querySelector('dd'))).toBe('Education, health and care plan');
  });

  it('shows a summary’s lines starting "- " as a list', () => {
    const action = publicAction({
      happened: 'Two things:\n- a training day\n- a new EHCP guide\n\nMore soon.',
    });
    const doc = page(publicPlan({ priorities: [{ ref: '1', title: 'P', actions: [action] }] }));
    const happened = rowValue(region(doc, 'Action 1.1.1'), 'What has happened')!;
    expect([...happened.children].map((c) => c.tagName)).toEqual(['P', 'UL', 'P']);
    expect([...happened.querySelectorAll('p')].map(words)).toEqual(['Two things:', 'More soon.']);
    expect([...happened.querySelectorAll('li')].map(words)).toEqual(['a training day', 'a new EHCP guide']);
  });

  it('links to the same data as CSV and JSON with the licence it is under', () => {
    const data = region(page(), 'Use this data');
    expect(link(data, 'Download the data as a spreadsheet (CSV)').getAttribute('href')).toBe(
      '/api/public/plans/send-plan/data.csv',
    );
    expect(link(data, 'Download the data as JSON').getAttribute('href')).toBe(
      '/api/public/plans/send-plan/data.json',
    );
    expect(link(data, 'Open Government Licence v3.0').getAttribute('rel')).toBe('license');
  });

  it('names leads when the plan shows names, says when an action has no update yet, and links its evidence', () => {
    const action = publicAction({
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
    });
    const doc = page(
      publicPlan({ priorities: [{ ref: '2', title: 'Preparing for adulthood', actions: [action] }] }),
    );
    const section = region(doc, 'Action 2.1.1');
    expect(row(section, 'Where it stands')).toBe('Grey Not started yet.');
    expect(row(section, 'Who leads it')).toBe('Sapphire Murray, LSC ICB');
    expect(rowValue(section, 'When it is due')).toBeNull();
    const file = link(section, 'Transition guide.pdf');
    expect(file.getAttribute('href')).toBe(
      '/api/public/plans/send-plan/files/00000000-0000-4000-8000-000000000999',
    );
    expect(file.getAttribute('download')).toBe('Transition guide.pdf');
    expect(row(section, 'Evidence')).toBe('Transition guide.pdf (2.4 MB)');
  });

  it('says which closed month it shows, and each action’s both dates and whether it is past either', () => {
    const late = (ref: string, overrides: Partial<PublicAction>) =>
      publicAction({ ref, status: 'Red', dueMonth: '2023-05', pastOriginalDate: true, ...overrides });
    const actions = [
      late('1.1.1', {
        newDate: { date: '2023-10-31', source: 'update', since: '2023-06' },
        pastNewDate: true,
      }),
      late('1.1.2', {}),
      late('1.1.3', { newDate: { date: '2027-05-31', source: 'manager', since: '2023-09' } }),
    ];
    const doc = page(
      publicPlan({ asAt: '2023-11', priorities: [{ ref: '1', title: 'Improve the local offer', actions }] }),
    );
    expect(words(doc.querySelector('h1')?.nextElementSibling)).toBe(
      'Progress as at November 2023, the latest month checked and closed.',
    );
    expect(
      ['1.1.1', '1.1.2', '1.1.3'].map((ref) => row(region(doc, `Action ${ref}`), 'When it is due')),
    ).toEqual([
      'Due May 2023, new date 31 October 2023. It is later than its new completion date.',
      'Due May 2023. It is later than planned, and no new date has been agreed yet.',
      'Due May 2023, new date 31 May 2027. It is later than first planned, and a new date has been agreed.',
    ]);
    expect(words(region(doc, 'Use this data'))).toContain(
      'as at November 2023. Each action has the month it was first due and, where one was agreed, its new completion date, with whether it is past either.',
    );
  });

  it('says so when no month has been checked and closed yet, and when nothing is shared', () => {
    const doc = page(publicPlan({ asAt: '2022-12', asAtClosed: false, priorities: [], kpis: [] }));
    expect(words(doc.querySelector('.govuk-body-l'))).toBe(
      'Progress as at December 2022. No month of updates has been checked and closed yet.',
    );
    expect(words(doc.body)).toContain('Nothing has been shared yet. Please come back later.');
    expect(doc.querySelector('table')).toBeNull();
  });

  it('puts the priorities, then the measures, the glossary and the open data in that order', () => {
    const doc = page(
      publicPlan({
        priorities: [
          { ref: '1', title: 'Improve the local offer', actions: [publicAction()] },
          { ref: '2', title: 'Preparing for adulthood', actions: [publicAction({ ref: '2.1.1' })] },
        ],
      }),
    );
    expect(headings(doc, 2)).toEqual([
      'Priority 1: Improve the local offer',
      'Priority 2: Preparing for adulthood',
      'How we measure progress',
      'Words we use',
      'Use this data',
      'Support links',
    ]);
    expect(headings(region(doc, 'Priority 2: Preparing for adulthood'), 3)).toEqual(['Action 2.1.1']);
  });
});
