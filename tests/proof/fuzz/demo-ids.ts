// Real ids from the demo plan, read through the API, so a fuzzed request reaches past "not
// found" to the rules and the database: a few of each kind, the lead account's actions among them.
import { randomUUID } from 'node:crypto';
import {
  addMonths,
  boardReportSchema,
  challengeSchema,
  findingListSchema,
  glossaryTermSchema,
  importPreviewSchema,
  kpiListSchema,
  monthOf,
  myActionsSchema,
  organisationListSchema,
  personListSchema,
  planListSchema,
  planTreeSchema,
  publicationSettingsSchema,
  remindersReplySchema,
} from '@ragboard/shared';
import type { App } from '../../../apps/api/src/app';
import { createUser, type SignedIn, signIn } from '../../../apps/api/src/test/sign-in';
import type { IdPool } from './schema-values';

const FEW = 4;
const few = <T extends { id: string }>(items: T[]) => items.slice(0, FEW).map((item) => item.id);

/** A small CSV the import preview accepts, so an import waits to be committed. */
const IMPORT_CSV =
  'priority,outcome,action,due,status\r\nFuzzed priority,Fuzzed outcome,Fuzzed action,Feb-27,Green\r\n';
const BOUNDARY = 'demo-ids';
const IMPORT_UPLOAD = [
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="title"\r\n\r\nFuzzed import\r\n`,
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="plan.csv"\r\nContent-Type: text/csv\r\n\r\n`,
  `${IMPORT_CSV}\r\n--${BOUNDARY}--\r\n`,
].join('');

export async function demoIds(
  app: App,
  sessions: { manager: SignedIn; lead: SignedIn },
  today: Date,
): Promise<IdPool & { updateRequestToken: string }> {
  async function call<T>(
    schema: { parse(v: unknown): T },
    who: SignedIn,
    url: string,
    payload?: object,
    method: 'GET' | 'POST' | 'PATCH' = payload ? 'POST' : 'GET',
  ) {
    const reply = await app.inject({ method, url, payload, headers: who.headers });
    if (reply.statusCode >= 300) throw new Error(`${method} ${url}: ${reply.statusCode} ${reply.body}`);
    return schema.parse(reply.json());
  }
  const { manager, lead } = sessions;
  const thisMonth = monthOf(today);
  // The live plan: the demo's 2023-24 plan is closed.
  const plan = (await call(planListSchema, manager, '/api/plans')).plans.find((p) => p.state === 'active');
  const tree = await call(planTreeSchema, manager, `/api/plans/${plan!.id}`);
  const outcomes = tree.priorities.flatMap((p) => p.outcomes);
  const people = (await call(personListSchema, manager, '/api/people')).people;
  const report = await call(boardReportSchema, manager, `/api/plans/${plan!.id}/reports`, {
    period: addMonths(thisMonth, -1),
    title: 'Fuzzed board report',
  });
  // Published, so the public page's routes answer for its slug.
  const publication = await call(
    publicationSettingsSchema,
    manager,
    `/api/plans/${plan!.id}/publication`,
    { public: true },
    'PATCH',
  );
  const upload = await app.inject({
    method: 'POST',
    url: '/api/imports',
    headers: { ...manager.headers, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    payload: IMPORT_UPLOAD,
  });
  // Changed and deactivated at will by the fuzzer: never one of the signed-in accounts.
  const spare = await createUser(app.database.db, 'board');
  const term = await call(glossaryTermSchema, manager, `/api/plans/${plan!.id}/glossary`, {
    term: 'EHCP',
    expansion: 'Education, Health and Care Plan',
  });
  // A challenge of one of the lead's actions, raised by a forum member, for the lead to answer.
  const forum = await signIn(app, (await createUser(app.database.db, 'forum')).email);
  const leadsAction = (await call(myActionsSchema, lead, '/api/my/actions')).items[0]!.action;
  const challenge = await call(challengeSchema, forum, `/api/actions/${leadsAction.id}/challenges`, {
    status: leadsAction.status,
    reason: 'The forum has heard that this has slipped',
  });
  // A lead's personal link for this month, read from the reminder written for them.
  const reminders = await call(
    remindersReplySchema,
    manager,
    `/api/plans/${plan!.id}/periods/${thisMonth}/reminders`,
    {},
  );
  const updateRequestToken =
    reminders.messages.map((m) => /\/update\/([A-Za-z0-9_-]{43})/.exec(m.body)?.[1]).find(Boolean) ?? null;
  if (!updateRequestToken) throw new Error(`no update request was written for ${thisMonth}`);
  const byName: Record<string, string[]> = {
    planId: [plan!.id],
    slug: [publication.slug],
    priorityId: few(tree.priorities),
    outcomeId: few(outcomes),
    actionId: [
      ...few((await call(myActionsSchema, lead, '/api/my/actions')).items.map((i) => i.action)),
      ...few(outcomes.flatMap((o) => o.actions)),
    ],
    kpiId: few((await call(kpiListSchema, manager, `/api/plans/${plan!.id}/kpis`)).kpis),
    personId: few(people),
    organisationId: few((await call(organisationListSchema, manager, '/api/organisations')).organisations),
    userId: [spare.id],
    reportId: [report.id],
    importId: [importPreviewSchema.parse(upload.json()).id],
    findingId: few((await call(findingListSchema, manager, `/api/plans/${plan!.id}/findings`)).findings),
    termId: [term.id],
    challengeId: [challenge.id],
    month: [thisMonth, addMonths(thisMonth, -1), addMonths(thisMonth, 1), '2023-01'],
    period: [thisMonth, addMonths(thisMonth, -1)],
  };
  for (const alias of ['leadIds', 'leadId', 'ownerId', 'intoId']) byName[alias] = few(people);
  const all = [
    ...new Set(
      Object.values(byName)
        .flat()
        .filter((id) => id.length === 36),
    ),
    randomUUID(),
  ];
  return { byName, all, updateRequestToken };
}
