import type { PlanPeriodSummary } from '@ragboard/shared';
import { statusCategory } from '../../../components/charts/status-series';
import { NO_ORGANISATION, planActionsHref } from '../drill-down';
import { StatusBreakdown } from './status-breakdown';

export function OrganisationBreakdown({ summary }: { summary: PlanPeriodSummary }) {
  return (
    <section aria-labelledby="organisations-heading">
      <h2 className="govuk-heading-m" id="organisations-heading">
        By partner organisation
      </h2>
      <p className="govuk-body">
        An action counts for the organisation of each of its leads, so one led by two partners counts for
        both.
      </p>
      <StatusBreakdown
        title="Actions by lead organisation and status"
        categoryHeader="Organisation"
        categories={summary.byOrganisation.map((o) => statusCategory(o.name, o.name, o.counts))}
        hrefFor={(category, status) =>
          category.key === NO_ORGANISATION
            ? undefined
            : planActionsHref(summary.planId, {
                period: summary.period,
                organisation: category.key,
                statuses: status ? [status] : [],
              })
        }
        whereWords={(category) => `led by ${category.label}`}
      />
    </section>
  );
}
