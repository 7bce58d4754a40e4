import { DOCUMENT_HEADINGS } from '@ragboard/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { nextId, sessionReply } from '../../test/factories';
import { challenge } from '../../test/forum-factories';
import { renderApp, stubApi } from '../../test/render-app';
import { boardReport, kpi, reportSnapshot } from '../../test/report-factories';

function published() {
  const snapshot = reportSnapshot({
    kpis: [kpi()],
    sinceLastReport: {
      reportId: '00000000-0000-4000-8000-999999999999',
      title: 'October board',
      period: '2026-10',
      changes: [{ ref: '1.1.2', title: 'Publish the local offer', from: 'Amber', to: 'Red' }],
    },
  });
  return boardReport({ snapshot, state: 'published', publishedAt: '2026-11-30T12:00:00.000Z' });
}

function show(report: ReturnType<typeof boardReport>, role?: 'manager') {
  stubApi({
    ...(role ? { '/api/auth/me': { body: sessionReply({ role }) } } : {}),
    [`/api/reports/${report.id}`]: { body: report },
  });
  return renderApp(`/reports/${report.id}`);
}

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('a board report', () => {
  it('shows its cover and status counts exactly as the snapshot has them', async () => {
    const report = published();
    show(report);
    expect(await screen.findByRole('heading', { level: 1, name: report.title })).toBeInTheDocument();
    expect(screen.getByText('Month').nextElementSibling).toHaveTextContent('November 2026');
    expect(screen.getByText('State').nextElementSibling).toHaveTextContent('Published on 30 November 2026');
    expect(screen.getByText('Figures taken').nextElementSibling).toHaveTextContent('28 November 2026');
    const counts = screen.getByRole('table', { name: 'Actions by status in November 2026' });
    for (const [status, count] of Object.entries(report.snapshot.summary.totals)) {
      const row = within(counts).getByRole('row', { name: new RegExp(`^${status}`) });
      expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent(String(count));
    }
    expect(within(counts).getByRole('row', { name: /^Total/ })).toHaveTextContent(
      String(report.snapshot.summary.total),
    );
    expect(screen.getByText('A steady month.')).toBeInTheDocument();
  });

  it('shows the sections in the report’s order, each under its heading, and leaves out the others', async () => {
    show(boardReport({ sections: ['kpis', 'summary', 'awaiting-sign-off'] }), 'manager');
    await screen.findByRole('heading', { level: 1 });
    const sectionHeadings = Object.values(DOCUMENT_HEADINGS) as (string | null)[];
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.filter((h) => sectionHeadings.includes(h))).toEqual([
      'Commentary',
      'KPI scorecard',
      'Summary of statuses',
      'Awaiting sign-off',
    ]);
    const awaiting = screen.getByRole('region', { name: 'Awaiting sign-off' });
    expect(within(awaiting).getByText('No action is awaiting sign-off.')).toBeInTheDocument();
    expect(screen.getByText('The plan has no KPIs.')).toBeInTheDocument();
  });

  it('says when the month was provisional as the report was taken', async () => {
    const snapshot = reportSnapshot();
    snapshot.summary = { ...snapshot.summary, periodState: 'open', deadline: '2026-11-25' };
    show(boardReport({ snapshot }));
    expect(
      await screen.findByText(
        'November 2026 was provisional when this report was taken: updates were still coming in, due by 25 November 2026.',
      ),
    ).toBeInTheDocument();
  });

  it('offers every export as a download link named by its format', async () => {
    const report = published();
    show(report);
    const names = {
      pdf: 'Download as PDF',
      docx: 'Download as Word',
      xlsx: 'Download as Excel',
      csv: 'Download as CSV',
      html: 'Download as Web page (HTML)',
    };
    for (const [format, name] of Object.entries(names)) {
      const link = await screen.findByRole('link', { name });
      expect(link).toHaveAttribute('href', `/api/reports/${report.id}/export?format=${format}`);
      expect(link).toHaveAttribute('download');
    }
  });

  it('lists the changes, the exceptions with both dates, the overdue by how late, and KPIs with units and judgements in words', async () => {
    show(published());
    const changes = await screen.findByRole('table', { name: 'Since October board (October 2026)' });
    const changed = within(changes).getByRole('row', { name: /1\.1\.2/ });
    expect(within(changed).getByText('Amber')).toBeInTheDocument();
    expect(within(changed).getByText('Red')).toBeInTheDocument();

    const exceptions = screen.getByRole('table', { name: 'Red and Amber actions in November 2026' });
    expect(rowsOf(exceptions).map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      '1.1.2',
      '2.1.1',
    ]);
    const red = within(exceptions).getByRole('row', { name: /1\.1\.2/ });
    expect(red).toHaveTextContent('Provider withdrew');
    expect(red).toHaveTextContent('Due June 2026, new date 31 March 2027');
    expect(red).toHaveTextContent('Past its original date, new date agreed');

    const late = screen.getByRole('table', { name: 'Past its original date, new date agreed' });
    expect(rowsOf(late).map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['1.1.2']);

    const kpis = screen.getByRole('table', { name: 'KPIs by November 2026' });
    const row = within(kpis).getByRole('row', { name: /EHC plans issued/ });
    expect(row).toHaveTextContent('52% (November 2026)');
    expect(within(row).getByText('Off target')).toHaveClass('govuk-tag');
  });

  it('shows every action by priority and outcome, each priority with its commentary', async () => {
    show(published());
    const priority = await screen.findByRole('heading', { level: 3, name: 'Priority 1: Improving Outcomes' });
    expect(priority.nextElementSibling).toHaveTextContent('Outcomes are improving.');
    const actions = screen.getByRole('table', { name: 'Actions for outcome 1.1' });
    const row = within(actions).getByRole('row', { name: /1\.1\.1/ });
    expect(row).toHaveTextContent('Sapphire Murray');
    expect(within(row).getByText('Green')).toBeInTheDocument();
    // A wide table scrolls inside its own region, so the page itself never scrolls sideways.
    expect(screen.getByRole('region', { name: 'Actions for outcome 1.1' })).toContainElement(actions);
  });

  it('says once, in the list of every action, which earlier plan’s action one continues', async () => {
    const report = published();
    const red = report.snapshot.priorities[0]!.outcomes[0]!.actions[1]!;
    red.carriedFrom = { planId: nextId(), planTitle: 'Plan 2023 to 2024', actionId: nextId(), ref: '1.5.3' };
    show(report);
    const words = 'Carried forward from Plan 2023 to 2024 (action 1.5.3)';
    const every = await screen.findByRole('table', { name: 'Actions for outcome 1.1' });
    expect(within(every).getByRole('row', { name: /1\.1\.2/ })).toHaveTextContent(words);
    expect(within(every).getByRole('row', { name: /1\.1\.1/ })).not.toHaveTextContent('Carried forward');
    expect(screen.getAllByText(words)).toHaveLength(1);
  });

  it('offers the manager the editor while the report is a draft, and a board member never', async () => {
    const draft = boardReport();
    const manager = show(draft, 'manager');
    expect(await screen.findByRole('link', { name: 'Edit the draft' })).toHaveAttribute(
      'href',
      `/reports/${draft.id}/edit`,
    );
    manager.unmount();

    const report = published();
    show(report);
    await screen.findByRole('heading', { level: 1, name: report.title });
    expect(screen.queryByRole('link', { name: 'Edit the draft' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
  });

  it('shows the forum’s challenges with their answers, and each finding with its actions', async () => {
    const {
      planId: _,
      version: __,
      ...answered
    } = challenge({
      state: 'answered',
      answer: { text: 'The clinic opens in January', by: 'Sapphire Murray', at: '2026-11-22T09:00:00.000Z' },
    });
    const {
      planId: ___,
      version: ____,
      ...open
    } = challenge({ status: 'Red', reason: 'The leaflet is not in Urdu' });
    const snapshot = reportSnapshot({
      challenges: [answered, open],
      findings: [
        {
          id: '00000000-0000-4000-8000-00000000f00d',
          ref: '5',
          title: 'Improve the local offer',
          source: null,
          judgement: { month: '2021-09', judgement: 'sufficiently_improved', note: 'Sustained progress' },
          actions: [
            {
              id: '00000000-0000-4000-8000-00000000beef',
              ref: '2.4.6',
              title: 'Make the website accessible',
              status: 'Amber',
              note: 'Easy-read pages in testing',
            },
          ],
        },
      ],
    });
    show(
      boardReport({
        snapshot,
        sections: ['challenges', 'findings'],
        state: 'published',
        publishedAt: '2026-11-30T12:00:00.000Z',
      }),
    );
    const challenges = await screen.findByRole('table', { name: 'Challenges and their answers' });
    const [first, second] = rowsOf(challenges);
    expect(first).toHaveTextContent(
      `1.1.1${answered.action.title}Green (on target)${answered.reason}Sam Jones, 20 November 2026The clinic opens in JanuarySapphire Murray, 22 November 2026`,
    );
    expect(second).toHaveTextContent('Red');
    expect(second).toHaveTextContent('Not yet answered');
    const findings = screen.getByRole('table', { name: 'Findings and their latest judgements' });
    expect(within(findings).getByText('Sufficiently improved (September 2021)')).toHaveClass(
      'govuk-tag--green',
    );
    expect(screen.getByRole('table', { name: 'Actions addressing finding 5' })).toHaveTextContent(
      '2.4.6Make the website accessibleAmber (delayed)Easy-read pages in testing',
    );
  });
});
