import type { Month, PublicItemKind, Status } from '@ragboard/shared';

/**
 * Every page of the web app in one map (decision 048): a function that builds the page's path from
 * its ids and query, and the pattern the router matches it by (`paths.plan.pattern`). Links and
 * navigations go through these, never a path put together by hand, so a page moves in one place.
 * Only the app's own pages: the API's paths are its clients'.
 */

/** A page's path builder, with the route pattern it answers to. */
export type PagePath<Args extends unknown[]> = ((...args: Args) => string) & { readonly pattern: string };

function page<Args extends unknown[]>(pattern: string, build: (...args: Args) => string): PagePath<Args> {
  return Object.assign(build, { pattern });
}

/** An id as one path segment. */
const id = (value: string) => encodeURIComponent(value);

/** `path`, with the query string when there is one. */
function withQuery(path: string, query: URLSearchParams): string {
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** `path?period=…` when a month is given. */
const atPeriod = (path: string, period?: Month | null) =>
  withQuery(path, new URLSearchParams(period ? { period } : {}));

/** `path?returnTo=…`: where signing in brings the user back to. */
const returningTo = (path: string, returnTo?: string) =>
  withQuery(path, new URLSearchParams(returnTo === undefined ? {} : { returnTo }));

/** What the plan page's actions are filtered by, and the month they are read at: all in its query string. */
export interface PlanPageQuery {
  statuses?: readonly Status[];
  priority?: string;
  organisation?: string;
  overdue?: boolean;
  period?: Month;
}

function planQuery(query: PlanPageQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of query.statuses ?? []) params.append('status', status);
  if (query.priority) params.set('priority', query.priority);
  if (query.organisation) params.set('organisation', query.organisation);
  if (query.overdue) params.set('overdue', 'yes');
  if (query.period) params.set('period', query.period);
  return params;
}

export const paths = {
  /** The dashboard of the first active plan (the router's index route). */
  home: page('/', () => '/'),
  accessibility: page('/accessibility', () => '/accessibility'),

  // Pages without a session: the public page (the server's), a lead's emailed link, signing in.
  publicPage: page('/public/:planSlug', (slug: string) => `/public/${id(slug)}`),
  updateRequest: page('/update/:token', (token: string) => `/update/${id(token)}`),
  signIn: page('/sign-in', (returnTo?: string) => returningTo('/sign-in', returnTo)),
  twoStepCode: page('/sign-in/two-step', (returnTo?: string) => returningTo('/sign-in/two-step', returnTo)),
  setUpTwoStepAtSignIn: page('/sign-in/set-up-two-step', (returnTo?: string) =>
    returningTo('/sign-in/set-up-two-step', returnTo),
  ),
  signInProblem: page('/sign-in/problem', () => '/sign-in/problem'),
  forgottenPassword: page('/sign-in/forgotten-password', () => '/sign-in/forgotten-password'),
  resetPassword: page('/reset-password/:token', (token: string) => `/reset-password/${id(token)}`),

  // The signed-in user's own account.
  changePassword: page('/account/password', () => '/account/password'),
  twoStep: page('/account/two-step', () => '/account/two-step'),
  notifications: page('/account/notifications', () => '/account/notifications'),
  setUpTwoStep: page('/account/two-step/set-up', () => '/account/two-step/set-up'),

  // Plans and what is in them.
  plans: page('/plans', () => '/plans'),
  newPlan: page('/plans/new', () => '/plans/new'),
  importPlan: page('/plans/import', () => '/plans/import'),
  plan: page('/plans/:planId', (planId: string, query: PlanPageQuery = {}) =>
    withQuery(`/plans/${id(planId)}`, planQuery(query)),
  ),
  planDashboard: page('/plans/:planId/dashboard', (planId: string, period?: Month) =>
    atPeriod(`/plans/${id(planId)}/dashboard`, period),
  ),
  planEdit: page('/plans/:planId/edit', (planId: string) => `/plans/${id(planId)}/edit`),
  planArchive: page('/plans/:planId/archive', (planId: string) => `/plans/${id(planId)}/archive`),
  planClose: page('/plans/:planId/close', (planId: string) => `/plans/${id(planId)}/close`),
  planNext: page('/plans/:planId/next', (planId: string) => `/plans/${id(planId)}/next`),
  newPriority: page(
    '/plans/:planId/priorities/new',
    (planId: string) => `/plans/${id(planId)}/priorities/new`,
  ),
  priorityEdit: page(
    '/plans/:planId/priorities/:priorityId/edit',
    (planId: string, priorityId: string) => `/plans/${id(planId)}/priorities/${id(priorityId)}/edit`,
  ),
  priorityRemove: page(
    '/plans/:planId/priorities/:priorityId/remove',
    (planId: string, priorityId: string) => `/plans/${id(planId)}/priorities/${id(priorityId)}/remove`,
  ),
  newOutcome: page(
    '/plans/:planId/priorities/:priorityId/outcomes/new',
    (planId: string, priorityId: string) => `/plans/${id(planId)}/priorities/${id(priorityId)}/outcomes/new`,
  ),
  outcomeEdit: page(
    '/plans/:planId/outcomes/:outcomeId/edit',
    (planId: string, outcomeId: string) => `/plans/${id(planId)}/outcomes/${id(outcomeId)}/edit`,
  ),
  outcomeRemove: page(
    '/plans/:planId/outcomes/:outcomeId/remove',
    (planId: string, outcomeId: string) => `/plans/${id(planId)}/outcomes/${id(outcomeId)}/remove`,
  ),
  newAction: page(
    '/plans/:planId/outcomes/:outcomeId/actions/new',
    (planId: string, outcomeId: string) => `/plans/${id(planId)}/outcomes/${id(outcomeId)}/actions/new`,
  ),

  // Actions.
  action: page('/actions/:actionId', (actionId: string) => `/actions/${id(actionId)}`),
  actionEdit: page('/actions/:actionId/edit', (actionId: string) => `/actions/${id(actionId)}/edit`),
  actionRemove: page('/actions/:actionId/remove', (actionId: string) => `/actions/${id(actionId)}/remove`),
  actionNewDate: page(
    '/actions/:actionId/new-date',
    (actionId: string) => `/actions/${id(actionId)}/new-date`,
  ),
  actionPublicSummary: page(
    '/actions/:itemId/public-summary',
    (actionId: string) => `/actions/${id(actionId)}/public-summary`,
  ),

  // The monthly round.
  myActions: page('/my-actions', () => '/my-actions'),
  updateAll: page('/my-actions/update-all', () => '/my-actions/update-all'),
  updateAction: page(
    '/my-actions/:actionId/update',
    (actionId: string) => `/my-actions/${id(actionId)}/update`,
  ),
  planRound: page('/plans/:planId/round', (planId: string, period?: Month) =>
    atPeriod(`/plans/${id(planId)}/round`, period),
  ),

  // KPIs.
  planKpis: page('/plans/:planId/kpis', (planId: string) => `/plans/${id(planId)}/kpis`),
  kpi: page('/kpis/:kpiId', (kpiId: string) => `/kpis/${id(kpiId)}`),
  kpiEdit: page('/kpis/:kpiId/edit', (kpiId: string) => `/kpis/${id(kpiId)}/edit`),
  kpiPublicSummary: page(
    '/kpis/:itemId/public-summary',
    (kpiId: string) => `/kpis/${id(kpiId)}/public-summary`,
  ),

  // Inspection findings.
  planFindings: page('/plans/:planId/findings', (planId: string) => `/plans/${id(planId)}/findings`),
  newFinding: page('/plans/:planId/findings/new', (planId: string) => `/plans/${id(planId)}/findings/new`),
  findingEdit: page(
    '/plans/:planId/findings/:findingId/edit',
    (planId: string, findingId: string) => `/plans/${id(planId)}/findings/${id(findingId)}/edit`,
  ),
  newJudgement: page(
    '/plans/:planId/findings/:findingId/judgements/new',
    (planId: string, findingId: string) => `/plans/${id(planId)}/findings/${id(findingId)}/judgements/new`,
  ),

  // Board reports and the bodies they go to.
  reports: page('/reports', () => '/reports'),
  planReports: page('/plans/:planId/reports', (planId: string) => `/plans/${id(planId)}/reports`),
  planBodies: page('/plans/:planId/bodies', (planId: string) => `/plans/${id(planId)}/bodies`),
  report: page('/reports/:reportId', (reportId: string) => `/reports/${id(reportId)}`),
  reportEdit: page('/reports/:reportId/edit', (reportId: string) => `/reports/${id(reportId)}/edit`),

  // What the public page shows.
  planPublication: page('/plans/:planId/publication', (planId: string) => `/plans/${id(planId)}/publication`),
  newGlossaryTerm: page(
    '/plans/:planId/publication/glossary/new',
    (planId: string) => `/plans/${id(planId)}/publication/glossary/new`,
  ),
  glossaryTermEdit: page(
    '/plans/:planId/publication/glossary/:termId/edit',
    (planId: string, termId: string) => `/plans/${id(planId)}/publication/glossary/${id(termId)}/edit`,
  ),

  // People, organisations and accounts.
  people: page('/people', () => '/people'),
  newPerson: page('/people/new', () => '/people/new'),
  person: page('/people/:personId', (personId: string) => `/people/${id(personId)}`),
  personEdit: page('/people/:personId/edit', (personId: string) => `/people/${id(personId)}/edit`),
  personMerge: page('/people/:personId/merge', (personId: string) => `/people/${id(personId)}/merge`),
  organisations: page('/organisations', () => '/organisations'),
  accounts: page('/accounts', () => '/accounts'),
  newAccount: page('/accounts/new', () => '/accounts/new'),
  apiTokens: page('/accounts/api-tokens', () => '/accounts/api-tokens'),
  accountEdit: page('/accounts/:userId/edit', (userId: string) => `/accounts/${id(userId)}/edit`),
} as const;

/** An action's or a KPI's own page. */
export const itemPath = (kind: PublicItemKind, itemId: string) =>
  kind === 'action' ? paths.action(itemId) : paths.kpi(itemId);

/** The page where an action's or a KPI's summary for the public page is written. */
export const publicSummaryPath = (kind: PublicItemKind, itemId: string) =>
  kind === 'action' ? paths.actionPublicSummary(itemId) : paths.kpiPublicSummary(itemId);
