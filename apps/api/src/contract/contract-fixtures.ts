// The demo plan with one of everything a GET can name, made through the API as people would, and
// everyone who may call: each role's demo account, an API token, a lead's emailed link, nobody.
import {
  actionHistorySchema,
  addMonths,
  apiTokenCreatedSchema,
  attachmentSchema,
  boardReportSchema,
  challengeSchema,
  findingListSchema,
  kpiListSchema,
  monthOf,
  myActionsSchema,
  planListSchema,
  publicationSettingsSchema,
  ROLES,
  type Role,
  remindersReplySchema,
  sessionReplySchema,
  UPDATE_REQUEST_HEADER,
} from '@ragboard/shared';
import type { App } from '../app';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../db/demo/seed-demo';
import { multipart } from '../test/multipart';
import { type SignedIn, signIn } from '../test/sign-in';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

export type Caller = Role | 'api token' | 'emailed link' | 'anonymous';
export const CALLERS: readonly Caller[] = [...ROLES, 'api token', 'emailed link', 'anonymous'];

export async function contractFixtures(app: App, today: Date) {
  await seedDemo(app.database.db, today);
  const sessions = {} as Record<Role, SignedIn>;
  for (const role of ROLES)
    sessions[role] = await signIn(app, DEMO_ACCOUNTS.find((a) => a.role === role)!.email, DEMO_PASSWORD);
  const { manager, lead, forum } = sessions;

  async function call<T>(
    schema: { parse(v: unknown): T },
    who: SignedIn,
    method: string,
    url: string,
    payload?: object,
  ) {
    const reply = await app.inject({ method: method as 'GET', url, payload, headers: who.headers });
    if (reply.statusCode >= 300) throw new Error(`${method} ${url}: ${reply.statusCode} ${reply.body}`);
    return schema.parse(reply.json());
  }
  const anything = { parse: (v: unknown) => v };
  const thisMonth = monthOf(today);

  const plan = (await call(planListSchema, manager, 'GET', '/api/plans')).plans.find(
    (p) => p.state === 'active',
  )!;
  const kpi = (await call(kpiListSchema, manager, 'GET', `/api/plans/${plan.id}/kpis`)).kpis[0]!;
  const finding = (await call(findingListSchema, manager, 'GET', `/api/plans/${plan.id}/findings`))
    .findings[0]!;
  const action = (await call(myActionsSchema, lead, 'GET', '/api/my/actions')).items[0]!.action;
  const me = await call(sessionReplySchema, lead, 'GET', '/api/auth/me');

  // A published report, so that board members and API tokens read it too.
  const draft = await call(boardReportSchema, manager, 'POST', `/api/plans/${plan.id}/reports`, {
    period: addMonths(thisMonth, -1),
    title: 'Contract test report',
  });
  const report = await call(boardReportSchema, manager, 'POST', `/api/reports/${draft.id}/publish`);

  // A file of evidence on the lead's latest update, shown on the public page with the action.
  const updates = await call(actionHistorySchema, lead, 'GET', `/api/actions/${action.id}/updates`);
  const file = multipart('Evidence.pdf', PDF);
  const uploaded = await app.inject({
    method: 'POST',
    url: `/api/actions/${action.id}/updates/${updates.updates[0]!.id}/attachments`,
    payload: file.payload,
    headers: { ...lead.headers, 'content-type': file.contentType },
  });
  const attachment = attachmentSchema.parse(uploaded.json());
  await call(anything, manager, 'PUT', `/api/actions/${action.id}/public-summary`, {
    said: 'What we said we would do',
    happened: 'What has happened',
  });
  await call(anything, manager, 'POST', `/api/actions/${action.id}/public-summary/approve`);
  await call(anything, manager, 'PUT', `/api/attachments/${attachment.id}/public`);
  const publication = await call(
    publicationSettingsSchema,
    manager,
    'PATCH',
    `/api/plans/${plan.id}/publication`,
    {
      public: true,
    },
  );

  const challenge = await call(challengeSchema, forum, 'POST', `/api/actions/${action.id}/challenges`, {
    status: action.status,
    reason: 'The forum has heard that this has slipped',
  });
  const { token } = await call(apiTokenCreatedSchema, manager, 'POST', '/api/api-tokens', {
    name: 'Contract test',
    expiresInDays: 30,
  });
  // The lead's emailed link for this month, read from the reminder written for them.
  const reminders = await call(
    remindersReplySchema,
    manager,
    'POST',
    `/api/plans/${plan.id}/periods/${thisMonth}/reminders`,
    {},
  );
  const link = reminders.messages.map((m) => /\/update\/([A-Za-z0-9_-]{43})/.exec(m.body)?.[1]).find(Boolean);
  if (!link) throw new Error(`no update request was written for ${thisMonth}`);

  /** Each caller's credentials: only the cookie for a role, since GETs need no CSRF token. */
  const headersOf: Record<Caller, Record<string, string>> = {
    manager: { cookie: manager.cookie },
    lead: { cookie: lead.cookie },
    board: { cookie: sessions.board.cookie },
    forum: { cookie: forum.cookie },
    'api token': { authorization: `Bearer ${token}` },
    'emailed link': { [UPDATE_REQUEST_HEADER]: link },
    anonymous: {},
  };

  /** A real id for each path parameter; `itemId` names an action or a KPI by its path. */
  const ids: Record<string, (path: string) => string> = {
    planId: () => plan.id,
    slug: () => publication.slug,
    actionId: () => action.id,
    itemId: (path) => (path.startsWith('/api/kpis/') ? kpi.id : action.id),
    kpiId: () => kpi.id,
    reportId: () => report.id,
    findingId: () => finding.id,
    challengeId: () => challenge.id,
    personId: () => me.user.personId!,
    attachmentId: () => attachment.id,
    month: () => thisMonth,
  };
  return { sessions, headersOf, ids };
}
