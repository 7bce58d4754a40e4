import {
  type Action,
  type ActionNode,
  type ActionPosition,
  type Attachment,
  actionNodeSchema,
  actionSchema,
  attachmentSchema,
  type Organisation,
  type OutcomeNode,
  organisationSchema,
  outcomeNodeSchema,
  type Person,
  type PersonRef,
  type PlanSummary,
  type PlanTree,
  type PriorityNode,
  personSchema,
  planSummarySchema,
  planTreeSchema,
  priorityNodeSchema,
  type SessionReply,
  type StatusUpdate,
  sessionReplySchema,
  statusUpdateSchema,
} from '@ragboard/shared';

let sequence = 0;

/** A fresh, valid UUID for each call (version 4 and variant bits set, as zod checks). */
export function nextId(): string {
  sequence += 1;
  return `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
}

export function personRef(overrides: Partial<PersonRef> = {}): PersonRef {
  return { id: nextId(), name: 'Sapphire Murray', organisation: null, ...overrides };
}

/** An action's position in a month: Green, due in February 2023, within its dates, no new date. */
export function position(overrides: Partial<ActionPosition> = {}): ActionPosition {
  return {
    status: 'Green',
    awaitingSignOff: false,
    dueMonth: '2023-02',
    dueText: null,
    newDate: null,
    pastOriginalDate: false,
    pastNewDate: false,
    carriedFrom: null,
    carriedTo: null,
    carriedForward: false,
    note: null,
    ...overrides,
  };
}

export function actionNode(overrides: Partial<ActionNode> = {}): ActionNode {
  return actionNodeSchema.parse({
    id: nextId(),
    ref: '1.1.1',
    title: 'Review complaints about education, health and care services',
    leads: [personRef()],
    ...position({ dueText: 'Feb-23' }),
    version: 1,
    ...overrides,
  });
}

export function outcomeNode(overrides: Partial<OutcomeNode> = {}): OutcomeNode {
  return outcomeNodeSchema.parse({
    id: nextId(),
    ref: '1.1',
    title: 'A systematic approach to feedback will be in place',
    lead: personRef({ name: 'Sally Richardson' }),
    actions: [actionNode()],
    version: 1,
    ...overrides,
  });
}

export function priorityNode(overrides: Partial<PriorityNode> = {}): PriorityNode {
  return priorityNodeSchema.parse({
    id: nextId(),
    ref: '1',
    title: 'Improving Outcomes',
    deliveryGroup: {
      name: 'Improving Outcomes Delivery Group',
      leadRole: 'Head of Inclusion',
      lead: null,
      reportingCadence: 'quarterly',
      byException: true,
    },
    outcomes: [outcomeNode()],
    version: 1,
    ...overrides,
  });
}

export function planSummary(overrides: Partial<PlanSummary> = {}): PlanSummary {
  return planSummarySchema.parse({
    id: nextId(),
    slug: 'test-plan',
    title: 'Test Continuous Improvement Plan',
    periodStart: '2023-01',
    periodEnd: '2024-12',
    state: 'active',
    currentPeriod: '2024-03',
    month: '2024-03',
    actionCount: 10,
    counts: { Grey: 1, Blue: 2, Green: 3, Amber: 0, Red: 4 },
    overdue: 5,
    predecessorId: null,
    successorId: null,
    signOffNeedsEvidence: false,
    version: 1,
    ...overrides,
  });
}

export function planTree(overrides: Partial<PlanTree> = {}): PlanTree {
  return planTreeSchema.parse({ ...planSummary(), priorities: [priorityNode()], ...overrides });
}

export function sessionReply(
  overrides: Partial<SessionReply['user']> = {},
  secondStep: SessionReply['secondStep'] = null,
): SessionReply {
  return sessionReplySchema.parse({
    user: {
      id: nextId(),
      email: 'board@example.org',
      displayName: 'Board Member',
      role: 'board',
      personId: null,
      ...overrides,
    },
    csrfToken: 'csrf-token-for-tests-0123456789abcdef',
    secondStep,
  });
}

/** An action as `GET /api/actions/:actionId` answers, placed in priority 1, outcome 1.1. */
export function action(overrides: Partial<Action> = {}): Action {
  return actionSchema.parse({
    ...actionNode(),
    planId: nextId(),
    position: 1,
    outcome: { id: nextId(), ref: '1.1' },
    priority: { id: nextId(), ref: '1', deliveryGroupLeadId: null },
    archivedAt: null,
    currentPeriod: '2026-11',
    month: '2026-11',
    ...overrides,
  });
}

/** A file of evidence on an update: a PDF from Sapphire Murray unless said otherwise. */
export function attachment(overrides: Partial<Attachment> & Pick<Attachment, 'statusUpdateId'>): Attachment {
  return attachmentSchema.parse({
    id: nextId(),
    findingJudgementId: null,
    fileName: 'Transition guide.pdf',
    mediaType: 'application/pdf',
    sizeBytes: 2_000,
    uploadedBy: 'Sapphire Murray',
    uploadedById: nextId(),
    createdAt: '2024-03-21T09:00:00.000Z',
    publicApproved: false,
    ...overrides,
  });
}

export function statusUpdate(overrides: Partial<StatusUpdate> = {}): StatusUpdate {
  return statusUpdateSchema.parse({
    id: nextId(),
    period: '2024-02',
    status: 'Green',
    note: 'On track',
    revisedDue: null,
    author: 'Sapphire Murray',
    viaUpdateRequest: false,
    noChange: false,
    createdAt: '2024-02-20T10:00:00.000Z',
    superseded: false,
    signOff: null,
    rejection: null,
    ...overrides,
  });
}

export function person(overrides: Partial<Person> = {}): Person {
  return personSchema.parse({
    id: nextId(),
    name: 'Sapphire Murray',
    role: 'Head of Service',
    email: null,
    organisationId: null,
    organisation: null,
    accountEmail: null,
    actionCount: 0,
    outcomeCount: 0,
    version: 1,
    ...overrides,
  });
}

export function organisation(overrides: Partial<Organisation> = {}): Organisation {
  return organisationSchema.parse({
    id: nextId(),
    name: 'Lancashire County Council',
    kind: 'council',
    peopleCount: 0,
    version: 1,
    ...overrides,
  });
}
