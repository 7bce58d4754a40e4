import { describe, expect, it } from 'vitest';
import { choosePlan } from '../../lib/choose-plan';
import { filtersFrom } from '../../lib/plan-filters';
import { planAt } from '../../test/dashboard-factories';
import { planActionsHref } from './drill-down';

const filtersOf = (href: string) => filtersFrom(new URLSearchParams(href.split('?')[1] ?? ''));

describe('drill-down links', () => {
  it('write the filters the plan page reads', () => {
    const href = planActionsHref('p1', {
      statuses: ['Red', 'Amber'],
      priority: 'priority-3',
      organisation: 'Lancashire & South Cumbria ICB',
      overdue: true,
      period: '2026-11',
    });
    expect(href.startsWith('/plans/p1?')).toBe(true);
    expect(new URLSearchParams(href.split('?')[1]).get('period')).toBe('2026-11');
    expect(filtersOf(href)).toEqual({
      statuses: ['Red', 'Amber'],
      lead: '',
      organisation: 'Lancashire & South Cumbria ICB',
      priority: 'priority-3',
      overdue: true,
      q: '',
    });
  });

  it('lead to the whole plan when nothing filters', () => {
    expect(planActionsHref('p1')).toBe('/plans/p1');
  });
});

describe('choosing the plan for /', () => {
  it('takes the first active plan, or the only plan there is', () => {
    const draft = planAt({ state: 'draft' });
    const active = planAt({ state: 'active' });
    expect(choosePlan([draft, active])).toBe(active);
    expect(choosePlan([draft])).toBe(draft);
    expect(choosePlan([draft, planAt({ state: 'archived' })])).toBeNull();
  });
});
