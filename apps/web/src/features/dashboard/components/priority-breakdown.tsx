import type { PlanPeriodSummary } from '@ragboard/shared';
import { statusCategory } from '../../../components/charts/status-series';
import { planActionsHref } from '../drill-down';
import { StatusBreakdown } from './status-breakdown';

export function PriorityBreakdown({ summary }: { summary: PlanPeriodSummary }) {
  const refs = new Map(summary.byPriority.map((p) => [p.id, p.ref]));
  return (
    <section aria-labelledby="priorities-heading">
      <h2 className="govuk-heading-m" id="priorities-heading">
        By priority
      </h2>
      <StatusBreakdown
        title="Actions by priority and status"
        categoryHeader="Priority"
        categories={summary.byPriority.map((p) => statusCategory(p.id, `${p.ref}. ${p.title}`, p.counts))}
        hrefFor={(category, status) =>
          planActionsHref(summary.planId, {
            period: summary.period,
            priority: category.key,
            statuses: status ? [status] : [],
          })
        }
        whereWords={(category) => `in priority ${refs.get(category.key)}`}
      />
    </section>
  );
}
