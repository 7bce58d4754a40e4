import { type PlanTree, STATUS_DEFINITIONS, STATUSES } from '@ragboard/shared';
import type { FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { Checkboxes } from '../../../components/form/checkboxes';
import { Select } from '../../../components/form/select';
import { TextInput } from '../../../components/form/text-input';
import { leadsOf, organisationsOf, type PlanFilters } from '../../../lib/plan-filters';

const ANY = { value: '', label: 'Any' };

/** A plain GET form: without script it reloads the page with the query; with script it only updates the URL. */
export function PlanFiltersPanel({ plan, filters }: { plan: PlanTree; filters: PlanFilters }) {
  const [searchParams, setSearchParams] = useSearchParams();
  // Filtering keeps the month the actions are read at.
  const period = searchParams.get('period');
  const { pathname, search } = useLocation();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string' && value.trim()) params.append(name, value.trim());
    }
    setSearchParams(params);
  }

  return (
    <section aria-labelledby="filter-heading" className="app-filter-panel">
      <h2 className="govuk-heading-m" id="filter-heading">
        Filter actions
      </h2>
      <form method="get" action={pathname} onSubmit={submit} key={search}>
        {period && <input type="hidden" name="period" value={period} />}
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Checkboxes
              name="status"
              legend="Status"
              small
              options={STATUSES.map((status) => ({
                value: status,
                label: `${status} (${STATUS_DEFINITIONS[status].label.toLowerCase()})`,
              }))}
              defaultChecked={filters.statuses}
            />
            <div className="govuk-form-group">
              <div className="govuk-checkboxes govuk-checkboxes--small">
                <div className="govuk-checkboxes__item">
                  <input
                    className="govuk-checkboxes__input"
                    id="overdue"
                    name="overdue"
                    type="checkbox"
                    value="yes"
                    aria-describedby="overdue-hint"
                    defaultChecked={filters.overdue}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor="overdue">
                    Behind its dates only
                  </label>
                  <div id="overdue-hint" className="govuk-hint govuk-checkboxes__hint">
                    Past its new completion date, or past its original date
                  </div>
                </div>
              </div>
            </div>
          </div>
          <div className="govuk-grid-column-two-thirds">
            <TextInput
              id="q"
              label="Search actions"
              hint="Words from the action, or its ref, such as 1.2"
              type="search"
              defaultValue={filters.q}
            />
            <Select
              id="lead"
              label="Lead"
              options={[ANY, ...leadsOf(plan).map((lead) => ({ value: lead.id, label: lead.name }))]}
              defaultValue={filters.lead}
            />
            <Select
              id="organisation"
              label="Organisation"
              options={[ANY, ...organisationsOf(plan).map((name) => ({ value: name, label: name }))]}
              defaultValue={filters.organisation}
            />
            <Select
              id="priority"
              label="Priority"
              options={[
                ANY,
                ...plan.priorities.map((p) => ({ value: p.id, label: `Priority ${p.ref}: ${p.title}` })),
              ]}
              defaultValue={filters.priority}
            />
          </div>
        </div>
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button govuk-button--secondary">
            Apply filters
          </button>
          <Link
            to={period ? `${pathname}?period=${encodeURIComponent(period)}` : pathname}
            className="govuk-link"
          >
            Clear filters
          </Link>
        </div>
      </form>
    </section>
  );
}
