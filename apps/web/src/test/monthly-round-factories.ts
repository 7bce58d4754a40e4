import {
  type Action,
  type ActionBrief,
  actionBriefSchema,
  type MyAction,
  myActionSchema,
  type OutboxMessage,
  outboxMessageSchema,
  type Period,
  type PeriodClosePreview,
  type PlanPeriodSummary,
  periodClosePreviewSchema,
  periodSchema,
  planPeriodSummarySchema,
  type ReminderPoint,
  type RoundLead,
  type RoundReminders,
  roundLeadSchema,
  roundRemindersSchema,
  STATUSES,
  type StatusUpdate,
} from '@ragboard/shared';
import {
  actionNode,
  action as baseAction,
  statusUpdate as baseStatusUpdate,
  nextId,
  position,
} from './factories';

/** The action as `GET /api/actions/:id` answers it, due at the end of the demo year. */
export function action(overrides: Partial<Action> = {}): Action {
  return baseAction({ dueMonth: '2026-12', dueText: null, ...overrides });
}

export function myAction(overrides: Partial<Omit<MyAction, 'action'>> & { action?: Partial<Action> } = {}) {
  const { action: actionOverrides, ...rest } = overrides;
  return myActionSchema.parse({
    action: actionNode({ dueMonth: '2026-12', dueText: null, ...actionOverrides }),
    plan: { id: nextId(), title: 'Test plan' },
    outcomeRef: '1.1',
    priorityRef: '1',
    period: '2026-11',
    updated: false,
    needsUpdate: true,
    dueSoon: false,
    as: 'lead',
    ...rest,
  }) satisfies MyAction;
}

export function statusUpdate(overrides: Partial<StatusUpdate> = {}): StatusUpdate {
  return baseStatusUpdate({ period: '2026-11', createdAt: '2026-11-10T09:00:00.000Z', ...overrides });
}

export function actionBrief(overrides: Partial<ActionBrief> = {}): ActionBrief {
  return actionBriefSchema.parse({
    id: nextId(),
    ref: '1.1.1',
    title: 'Review complaints',
    ...position({ dueMonth: '2026-12' }),
    ...overrides,
  });
}

export function period(overrides: Partial<Period> = {}): Period {
  return periodSchema.parse({
    month: '2026-11',
    state: 'open',
    deadline: '2026-11-25',
    graceDays: 5,
    openedAt: '2026-11-01T09:00:00.000Z',
    closedAt: null,
    ...overrides,
  });
}

export function periodSummary(overrides: Partial<PlanPeriodSummary> = {}): PlanPeriodSummary {
  const none = { Grey: 0, Blue: 0, Green: 0, Amber: 0, Red: 0 };
  const matrix = Object.fromEntries(STATUSES.map((from) => [from, { ...none }]));
  return planPeriodSummarySchema.parse({
    planId: nextId(),
    period: '2026-11',
    periodState: 'open',
    deadline: '2026-11-30',
    previousPeriod: '2026-10',
    total: 0,
    totals: none,
    completion: 0,
    byPriority: [],
    byOutcome: [],
    movement: { matrix, improved: [], worsened: [], newlyBlue: [], newlyRed: [] },
    overdue: [],
    carriedForward: [],
    awaitingSignOff: [],
    missing: [],
    round: [],
    warnings: [],
    trend: [],
    byOrganisation: [],
    kpis: { total: 0, onTarget: 0, nearTarget: 0, offTarget: 0, notJudged: 0 },
    ...overrides,
  });
}

export function outboxMessage(overrides: Partial<OutboxMessage> = {}): OutboxMessage {
  return outboxMessageSchema.parse({
    id: nextId(),
    kind: 'reminder',
    period: '2026-11',
    toName: 'Sapphire Murray',
    toAddress: 'sapphire@example.org',
    cc: [],
    subject: 'Updates needed for November 2026',
    body: 'Please update 3 actions.',
    state: 'not_sent',
    error: null,
    attempts: 0,
    createdAt: '2026-11-20T09:00:00.000Z',
    sentAt: null,
    link: null,
    ...overrides,
  });
}

/** A scheduled reminder of November 2026, `offsetDays` from its deadline (the 30th), still to go. */
export function reminderPoint(offsetDays: number, overrides: Partial<ReminderPoint> = {}): ReminderPoint {
  const day = 30 + offsetDays;
  const at = day > 30 ? `2026-12-0${day - 30}` : `2026-11-${String(day).padStart(2, '0')}`;
  return {
    offsetDays,
    at: `${at}T09:00:00.000Z`,
    escalate: offsetDays > 0,
    state: 'planned',
    ranAt: null,
    messages: null,
    ...overrides,
  };
}

/** The round's reminders for November 2026 as `GET …/periods/2026-11/reminders` answers. */
export function roundReminders(overrides: Partial<RoundReminders> = {}): RoundReminders {
  return roundRemindersSchema.parse({
    period: '2026-11',
    deadline: '2026-11-30',
    openUntil: '2026-12-05',
    schedule: { enabled: true, offsets: [-7, 0, 3], escalate: true, version: 1 },
    points: [reminderPoint(-7), reminderPoint(0), reminderPoint(3)],
    leads: [],
    activeLinks: 0,
    takesUpdates: true,
    mailConfigured: false,
    ...overrides,
  });
}

/** What closing November 2026 would end, with nothing to end unless given. */
export function closePreview(overrides: Partial<PeriodClosePreview> = {}): PeriodClosePreview {
  return periodClosePreviewSchema.parse({
    month: '2026-11',
    deadline: null,
    missingUpdates: [],
    liveLinks: [],
    remindersToCancel: [],
    ...overrides,
  });
}

/** A lead due updates in November 2026, with an address and no account, not yet reminded. */
export function roundLead(overrides: Partial<RoundLead> = {}): RoundLead {
  return roundLeadSchema.parse({
    personId: nextId(),
    name: 'Sally Richardson',
    email: 'sally@example.org',
    hasAccount: false,
    due: 2,
    missing: 2,
    lastRemindedAt: null,
    link: null,
    ...overrides,
  });
}
