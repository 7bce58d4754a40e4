import { formatMonth, type PublicPlan, STATUS_DEFINITIONS, STATUSES } from '@ragboard/shared';
import { type Html, html } from '../../../html/html';
import { licenceLink } from '../public-page.routes';
import { inShell } from './page-shell';
import { actionSection, kpiSection, statusTag } from './public-items-html';

function asAtLine(plan: PublicPlan): string {
  const month = formatMonth(plan.asAt);
  return plan.asAtClosed
    ? `Progress as at ${month}, the latest month checked and closed.`
    : `Progress as at ${month}. No month of updates has been checked and closed yet.`;
}

/** How many shared actions stand at each status, as a table: every status by its word, never colour alone. */
function statusOverview(plan: PublicPlan): Html | null {
  const actions = plan.priorities.flatMap((p) => p.actions);
  if (actions.length === 0) return null;
  const rows = STATUSES.map(
    (status) =>
      html`<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${statusTag(status)} ${STATUS_DEFINITIONS[status].label}</th><td class="govuk-table__cell govuk-table__cell--numeric">${actions.filter((a) => a.status === status).length}</td></tr>`,
  );
  return html`<p class="govuk-body">We share ${actions.length} ${actions.length === 1 ? 'action' : 'actions'} here.</p><table class="govuk-table"><caption class="govuk-table__caption govuk-table__caption--m">Where the actions stand in ${formatMonth(plan.asAt)}</caption><thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Status</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Actions</th></tr></thead><tbody class="govuk-table__body">${rows}</tbody></table>`;
}

function priorities(plan: PublicPlan): Html[] {
  return plan.priorities.map((priority, p) => {
    const id = `priority-${p + 1}`;
    const actions = priority.actions.map((action, a) =>
      actionSection(action, plan, `action-${p + 1}-${a + 1}`),
    );
    return html`<section aria-labelledby="${id}"><h2 class="govuk-heading-l" id="${id}">Priority ${priority.ref}: ${priority.title}</h2>${actions}</section>`;
  });
}

function measures(plan: PublicPlan): Html | null {
  if (plan.kpis.length === 0) return null;
  const kpis = plan.kpis.map((kpi, index) => kpiSection(kpi, index + 1, plan.glossary));
  return html`<section aria-labelledby="measures"><h2 class="govuk-heading-l" id="measures">How we measure progress</h2>${kpis}</section>`;
}

/** The plan's terms and acronyms with their meanings, for readers who cannot hover over them. */
function glossary(plan: PublicPlan): Html | null {
  if (plan.glossary.length === 0) return null;
  const rows = plan.glossary.map(
    ({ term, expansion }) =>
      html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${term}</dt><dd class="govuk-summary-list__value">${expansion}</dd></div>`,
  );
  return html`<section aria-labelledby="glossary"><h2 class="govuk-heading-l" id="glossary">Words we use</h2><dl class="govuk-summary-list">${rows}</dl></section>`;
}

/** The same data as files, at stable addresses, and what anyone may do with them. */
function openData(plan: PublicPlan): Html {
  // Only an http(s) address becomes a link: a stored `javascript:` address stays words.
  const licence = licenceLink(plan.licence.url)
    ? html`<a href="${plan.licence.url}" class="govuk-link" rel="license">${plan.licence.name}</a>`
    : plan.licence.name;
  return html`<section class="app-public__no-print" aria-labelledby="open-data"><h2 class="govuk-heading-l" id="open-data">Use this data</h2><p class="govuk-body">You can download everything on this page, as at ${formatMonth(plan.asAt)}. Each action has the month it was first due and, where one was agreed, its new completion date, with whether it is past either.</p><ul class="govuk-list"><li><a href="${plan.data.csv}" class="govuk-link">Download the data as a spreadsheet (CSV)</a></li><li><a href="${plan.data.json}" class="govuk-link">Download the data as JSON</a></li></ul><p class="govuk-body">You may use it under the ${licence}.</p></section>`;
}

/** `/public/<slug>`: a plan's progress for anyone, as at the latest month checked and closed. */
export function publicPlanPage(shell: string, plan: PublicPlan, demo: boolean): string {
  const nothingYet = plan.priorities.length === 0 && plan.kpis.length === 0;
  const main = html`<div class="app-public"><span class="govuk-caption-xl">Progress report</span><h1 class="govuk-heading-xl">${plan.title}</h1><p class="govuk-body-l">${asAtLine(plan)}</p><p class="govuk-body">This page shows how the partnership is doing with its plan. The plan runs from ${formatMonth(plan.periodStart)} to ${formatMonth(plan.periodEnd)}. A month still taking updates is shown here once it has been checked and closed.</p><p class="govuk-body">Each part was written in plain English by the people who lead it. The partnership manager checked it before it went here.</p>${nothingYet && html`<p class="govuk-body">Nothing has been shared yet. Please come back later.</p>`}${statusOverview(plan)}${priorities(plan)}${measures(plan)}${glossary(plan)}${openData(plan)}</div>`;
  return inShell(shell, { title: `${plan.title}: progress`, demo, main });
}

/** An unknown address and a plan that is not public read the same. */
export function publicPageNotFound(shell: string, demo: boolean): string {
  const main = html`<h1 class="govuk-heading-xl">Page not found</h1><p class="govuk-body">There is no progress report at this address.</p><p class="govuk-body">Check the address, or ask the partnership for the right one.</p>`;
  return inShell(shell, { title: 'Page not found', demo, main, noIndex: true });
}
