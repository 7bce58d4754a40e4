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

describe('a board report', () => {
  it('shows the report’s details and its status counts exactly as the snapshot has them', async () => {
    const report = published();
    stubApi({ [`/api/reports/${report.id}`]: { body: report } });
    renderApp(`/reports/${report.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: report.title })).toBeInTheDocument();
    expect(screen.getByText('Period').nextElementSibling).toHaveTextContent('November 2026');
    expect(screen.getByText('Published', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      '30 November 2026',
    );
    const counts = screen.getByRole('table', { name: 'Actions by status in November 2026' });
    for (const [status, count] of Object.entries(report.snapshot.summary.totals)) {
      const row = within(counts).getByRole('row', { name: new RegExp(`^${status}`) });
      expect(within(row).getByRole('cell')).toHaveTextContent(String(count));
    }
    expect(within(counts).getByRole('row', { name: /^Total/ })).toHaveTextContent(
      String(report.snapshot.summary.total),
    );
    expect(screen.getByText('A steady month.')).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /Actions by status in each priority/ });
    expect(chart).toBeInTheDocument();
    const byPriority = screen.getByRole('table', { name: /Actions by status in each priority/ });
    for (const priority of report.snapshot.summary.byPriority) {
      expect(
        within(byPriority).getByRole('row', { name: new RegExp(`^${priority.ref}\\. `) }),
      ).toHaveTextContent(String(priority.total));
    }
  });

  it('offers every export as a download link named by its format', async () => {
    const report = published();
    stubApi({ [`/api/reports/${report.id}`]: { body: report } });
    renderApp(`/reports/${report.id}`);
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

  it('lists the changes, the exceptions with notes and dates, the overdue and the KPI judgements', async () => {
    const report = published();
    stubApi({ [`/api/reports/${report.id}`]: { body: report } });
    renderApp(`/reports/${report.id}`);
    const changes = await screen.findByRole('table', { name: /Since October board/ });
    const changed = within(changes).getByRole('row', { name: /1\.1\.2/ });
    expect(within(changed).getByText('Amber')).toBeInTheDocument();
    expect(within(changed).getByText('Red')).toBeInTheDocument();

    const exceptions = screen.getByRole('table', { name: 'Exceptions: Red and Amber actions' });
    expect(within(exceptions).getAllByRole('row')).toHaveLength(3);
    const red = within(exceptions).getByRole('row', { name: /1\.1\.2/ });
    expect(red).toHaveTextContent('Provider withdrew');
    expect(red).toHaveTextContent('31 March 2027');
    const overdue = screen.getByRole('table', { name: 'Overdue actions' });
    expect(within(overdue).getAllByRole('row')).toHaveLength(2);

    const kpis = screen.getByRole('table', { name: 'KPI scorecard' });
    const row = within(kpis).getByRole('row', { name: /EHC plans issued/ });
    expect(row).toHaveTextContent('52% (November 2026)');
    expect(row).toHaveTextContent('Off target');
  });

  it('shows every action by priority and outcome, with each priority’s commentary', async () => {
    const report = published();
    stubApi({ [`/api/reports/${report.id}`]: { body: report } });
    renderApp(`/reports/${report.id}`);
    const priority = await screen.findByRole('region', { name: 'Priority 1: Improving Outcomes' });
    expect(within(priority).getByText('Outcomes are improving.')).toBeInTheDocument();
    const actions = within(priority).getByRole('table', { name: 'Actions for outcome 1.1' });
    const row = within(actions).getByRole('row', { name: /1\.1\.1/ });
    expect(row).toHaveTextContent('Sapphire Murray');
    expect(within(row).getByText('Green')).toBeInTheDocument();
  });

  it('says under an action’s title which earlier plan’s action it continues', async () => {
    const report = published();
    const red = report.snapshot.priorities[0]!.outcomes[0]!.actions[1]!;
    red.carriedFrom = { planId: nextId(), planTitle: 'Plan 2023 to 2024', actionId: nextId(), ref: '1.5.3' };
    stubApi({ [`/api/reports/${report.id}`]: { body: report } });
    renderApp(`/reports/${report.id}`);
    const words = 'Carried forward from Plan 2023 to 2024 (action 1.5.3)';
    const exceptions = await screen.findByRole('table', { name: 'Exceptions: Red and Amber actions' });
    expect(within(exceptions).getByRole('row', { name: /1\.1\.2/ })).toHaveTextContent(words);
    const every = screen.getByRole('table', { name: 'Actions for outcome 1.1' });
    expect(within(every).getByRole('row', { name: /1\.1\.2/ })).toHaveTextContent(words);
    expect(within(every).getByRole('row', { name: /1\.1\.1/ })).not.toHaveTextContent('Carried forward');
  });

  it('leaves out the sections the manager did not include', async () => {
    const report = boardReport({ sections: ['summary'] });
    stubApi({
      '/api/auth/me': { body: sessionReply({ role: 'manager' }) },
      [`/api/reports/${report.id}`]: { body: report },
    });
    renderApp(`/reports/${report.id}`);
    await screen.findByRole('table', { name: /^Actions by status in [A-Z][a-z]+ \d{4}$/ });
    expect(screen.queryByRole('heading', { name: 'KPI scorecard' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Every action/ })).not.toBeInTheDocument();
  });

  it('offers the manager the editor while the report is a draft, and a board member never', async () => {
    const draft = boardReport();
    stubApi({
      '/api/auth/me': { body: sessionReply({ role: 'manager' }) },
      [`/api/reports/${draft.id}`]: { body: draft },
    });
    const manager = renderApp(`/reports/${draft.id}`);
    expect(await screen.findByRole('link', { name: 'Edit the draft' })).toHaveAttribute(
      'href',
      `/reports/${draft.id}/edit`,
    );
    manager.unmount();

    const report = published();
    stubApi({ [`/api/reports/${report.id}`]: { body: report } });
    renderApp(`/reports/${report.id}`);
    await screen.findByRole('heading', { level: 1, name: report.title });
    expect(screen.queryByRole('link', { name: 'Edit the draft' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
  });

  it('shows the forum’s challenges with their answers, and each finding with its actions, as the snapshot has them', async () => {
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
    const report = boardReport({
      snapshot,
      sections: ['challenges', 'findings'],
      state: 'published',
      publishedAt: '2026-11-30T12:00:00.000Z',
    });
    stubApi({ [`/api/reports/${report.id}`]: { body: report } });
    renderApp(`/reports/${report.id}`);
    const challenges = await screen.findByRole('region', { name: 'Challenges to action statuses' });
    const rows = within(challenges).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(
      `1.1.1Green${answered.reason}Sam Jones, 20 November 2026The clinic opens in JanuarySapphire Murray, 22 November 2026`,
    );
    expect(rows[1]).toHaveTextContent('Red');
    expect(rows[1]).toHaveTextContent('Not yet answered');
    const findings = screen.getByRole('region', { name: 'Inspection findings' });
    expect(
      within(findings).getByRole('heading', { name: 'Finding 5: Improve the local offer' }),
    ).toBeInTheDocument();
    expect(within(findings).getByText('Sufficiently improved (September 2021)')).toBeInTheDocument();
    expect(within(findings).getByRole('table', { name: 'Actions addressing finding 5' })).toHaveTextContent(
      '2.4.6Make the website accessibleAmberEasy-read pages in testing',
    );
  });
});
