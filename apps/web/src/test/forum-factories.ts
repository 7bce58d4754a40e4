import {
  type Challenge,
  type Comment,
  challengeSchema,
  commentSchema,
  type Finding,
  type FindingAction,
  findingActionSchema,
  findingSchema,
} from '@ragboard/shared';
import { nextId, position } from './factories';

/** The forum's open challenge of a Green, raised in November 2026. */
export function challenge(overrides: Partial<Challenge> = {}): Challenge {
  return challengeSchema.parse({
    id: nextId(),
    planId: nextId(),
    action: { id: nextId(), ref: '1.1.1', title: 'Review complaints' },
    status: 'Green',
    statusPeriod: '2026-11',
    reason: 'We do not agree this is Green: families still wait a year',
    raisedBy: 'Sam Jones',
    raisedAt: '2026-11-20T10:00:00.000Z',
    state: 'open',
    answer: null,
    version: 1,
    ...overrides,
  });
}

export function comment(overrides: Partial<Comment> = {}): Comment {
  return commentSchema.parse({
    id: nextId(),
    actionId: nextId(),
    text: 'Parents in Burnley have not heard of the service yet.',
    author: 'Sam Jones',
    authorRole: 'forum',
    createdAt: '2026-11-18T10:00:00.000Z',
    ...overrides,
  });
}

export function findingAction(overrides: Partial<FindingAction> = {}): FindingAction {
  return findingActionSchema.parse({
    id: nextId(),
    plan: { id: nextId(), title: 'Lancashire SEND plan' },
    ref: '2.4.6',
    title: 'Make the Local Offer website more accessible',
    ...position({ status: 'Amber', dueMonth: '2027-03' }),
    latestNote: { period: '2026-10', text: 'Easy-read pages in testing' },
    archived: false,
    ...overrides,
  });
}

/** A finding from the 2017 inspection, judged then and at the 2020 revisit. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  const judgements = [
    {
      id: nextId(),
      month: '2020-03',
      judgement: 'improving',
      note: 'Further on-going work is required',
      recordedBy: 'Partnership Manager',
      createdAt: '2020-03-28T12:00:00.000Z',
    },
    {
      id: nextId(),
      month: '2017-11',
      judgement: 'open',
      note: null,
      recordedBy: 'Partnership Manager',
      createdAt: '2017-11-28T12:00:00.000Z',
    },
  ];
  return findingSchema.parse({
    id: nextId(),
    planId: nextId(),
    ref: '5',
    title: 'Improve the quality of information and accessibility of the local offer',
    description: null,
    source: 'Ofsted and CQC local area SEND inspection, November 2017',
    position: 1,
    judgement: judgements[0],
    judgements,
    actions: [findingAction()],
    kpis: [],
    version: 1,
    ...overrides,
  });
}
