import {
  type ActionNode,
  actionNodeSchema,
  type OutcomeNode,
  outcomeNodeSchema,
  type PersonRef,
  type PlanSummary,
  type PlanTree,
  type PriorityNode,
  planSummarySchema,
  planTreeSchema,
  priorityNodeSchema,
  type SessionReply,
  sessionReplySchema,
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

export function actionNode(overrides: Partial<ActionNode> = {}): ActionNode {
  return actionNodeSchema.parse({
    id: nextId(),
    ref: '1.1.1',
    title: 'Review complaints about education, health and care services',
    dueMonth: '2023-02',
    dueText: 'Feb-23',
    leads: [personRef()],
    status: 'Green',
    revisedDue: null,
    overdue: false,
    awaitingSignOff: false,
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
    actionCount: 10,
    counts: { Grey: 1, Blue: 2, Green: 3, Amber: 0, Red: 4 },
    overdue: 5,
    version: 1,
    ...overrides,
  });
}

export function planTree(overrides: Partial<PlanTree> = {}): PlanTree {
  return planTreeSchema.parse({ ...planSummary(), priorities: [priorityNode()], ...overrides });
}

export function sessionReply(overrides: Partial<SessionReply['user']> = {}): SessionReply {
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
  });
}
