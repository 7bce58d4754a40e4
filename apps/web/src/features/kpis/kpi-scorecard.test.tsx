import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planTree, priorityNode } from '../../test/factories';
import { kpi, kpiValue } from '../../test/kpi-factories';
import { renderApp, stubApi } from '../../test/render-app';

const plan = planTree({
  priorities: [
    priorityNode({ ref: '1', title: 'Improving Outcomes', outcomes: [] }),
    priorityNode({ ref: '3', title: 'Timely Assessments', outcomes: [] }),
  ],
});

const assessments = kpi({
  planId: plan.id,
  outcomeRef: '3.4',
  values: [
    kpiValue({ period: '2023-03', value: 44, target: 50, judgement: 'off-target' }),
    kpiValue({ period: '2023-06', value: 54, target: 55, judgement: 'near-target' }),
    kpiValue({ period: '2023-12', value: 66, target: 65, judgement: 'on-target' }),
  ],
});
const feedback = kpi({
  planId: plan.id,
  outcomeRef: '1.2',
  statement: '70% of parent carers say the support is good or better',
  baselineValue: null,
  baselineText: null,
  values: [],
});
const reviews = kpi({ planId: plan.id, outcomeRef: '10.1', statement: 'Reviews on time', values: [] });

function stubScorecard() {
  stubApi({
    [`/api/plans/${plan.id}`]: { body: plan },
    [`/api/plans/${plan.id}/kpis`]: { body: { kpis: [assessments, feedback, reviews] } },
  });
}

describe('KPI scorecard', () => {
  it('groups KPIs under their priority, by the first number of the outcome ref, in number order', async () => {
    stubScorecard();
    renderApp(`/plans/${plan.id}/kpis`);
    expect(await screen.findByRole('heading', { level: 1, name: 'KPI scorecard' })).toBeInTheDocument();
    const priority3 = await screen.findByRole('table', { name: 'Priority 3: Timely Assessments' });
    const headings = within(screen.getByRole('main'))
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(headings).toEqual([
      'Priority 1: Improving Outcomes',
      'Priority 3: Timely Assessments',
      'Priority 10',
    ]);
    expect(within(priority3).getByRole('link', { name: assessments.statement })).toHaveAttribute(
      'href',
      `/kpis/${assessments.id}`,
    );
  });

  it('shows the baseline, each stepped target with its month, the latest actual and its judgement in words', async () => {
    stubScorecard();
    renderApp(`/plans/${plan.id}/kpis`);
    const table = await screen.findByRole('table', { name: 'Priority 3: Timely Assessments' });
    const row = within(table).getByRole('row', { name: /3\.4/ });
    const cells = within(row).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual([
      assessments.statement,
      '41% (16.2% to 66%)',
      '50% by March 202355% by June 202365% by December 2023',
      '66%December 2023',
      'On target',
      '',
    ]);
    expect(within(cells[4]!).getByText('On target')).toHaveClass('govuk-tag', 'govuk-tag--green');
  });

  it('draws a sparkline per KPI, one point per value, named by its first and last values', async () => {
    stubScorecard();
    renderApp(`/plans/${plan.id}/kpis`);
    const trend = await screen.findByRole('img', {
      name: 'Trend of 3 values, from 44% in March 2023 to 66% in December 2023',
    });
    expect(trend.querySelectorAll('.app-sparkline__point')).toHaveLength(3);
  });

  it('says plainly when a KPI has no baseline or values yet', async () => {
    stubScorecard();
    renderApp(`/plans/${plan.id}/kpis`);
    const table = await screen.findByRole('table', { name: 'Priority 1: Improving Outcomes' });
    const row = within(table).getByRole('row', { name: /1\.2/ });
    expect(row).toHaveTextContent('Not known');
    expect(row).toHaveTextContent('None yet');
    expect(row).toHaveTextContent('Not judged yet');
    expect(row).toHaveTextContent('No values yet');
  });

  it('is linked from the plan page', async () => {
    stubScorecard();
    renderApp(`/plans/${plan.id}`);
    expect(
      await screen.findByRole('link', { name: 'KPI scorecard: baselines, targets and actuals' }),
    ).toHaveAttribute('href', `/plans/${plan.id}/kpis`);
  });
});
