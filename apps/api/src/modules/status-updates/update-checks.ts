import {
  type Action,
  type ActionRights,
  accountRights,
  addMonths,
  type CreateStatusUpdateBody,
  checkNoChange,
  checkStatusUpdate,
  formatMonth,
  type IsoDate,
  type Month,
  monthOf,
  NO_CHANGE_STATEMENT,
  type PlanState,
  type RuleViolation,
  revisedDueAfter,
  type SessionUser,
  type Status,
  type StatusUpdate,
  type StatusUpdateReply,
} from '@ragboard/shared';
import type { SignOffBefore, statusUpdates } from '../../db/schema';
import type { AuditRecord } from '../../journal';
import { isStale } from '../../plugins/etag';
import { type ActionDetailRow, toActionDetail } from '../../read-model';

/*
 * The checks of the monthly round, as pure functions: a status update, a sign-off and a refusal
 * are each checked against the action as one statement read it (its target), the author, what was
 * sent and today. Out comes either the one write to make and the reply it earns, or why not. Nothing
 * here reads or writes: the service loads the target, calls a check, and hands its write to the
 * repository (decision 046).
 */

type UpdateRow = typeof statusUpdates.$inferSelect;
type HistoryEntry = ActionDetailRow['history'][number];

/**
 * Who gives a status update: a signed-in account, or a lead answering an emailed update request
 * without one (recorded with their person record as author, and the request it came through).
 */
export type UpdateAuthor =
  | { kind: 'user'; user: SessionUser }
  | { kind: 'update-request'; requestId: string; person: { id: string; name: string } };

export const asUser = (user: SessionUser): UpdateAuthor => ({ kind: 'user', user });

export function authorName(author: UpdateAuthor): string {
  return author.kind === 'user' ? author.user.displayName : author.person.name;
}

/** The columns of a status update that say who gave it. */
function authorColumns(author: UpdateAuthor) {
  return author.kind === 'user'
    ? { authorId: author.user.id }
    : {
        authorId: null,
        authorName: author.person.name,
        authorPersonId: author.person.id,
        updateRequestId: author.requestId,
      };
}

/** Who an audit entry names as having acted. */
function auditActor(author: UpdateAuthor) {
  return author.kind === 'user'
    ? { actorId: author.user.id }
    : { actorId: null, actorPersonId: author.person.id };
}

export type UpdateRights = ActionRights;

/** What the rights turn on: who leads the action's priority's delivery group, and whether the author leads the action. */
export interface RightsFacts {
  groupLeadId: string | null;
  leadsAction: boolean;
}

/** The person an author speaks for, whose leadership of the action the rights turn on. */
export function authorPersonId(author: UpdateAuthor): string | null {
  return author.kind === 'user' ? author.user.personId : author.person.id;
}

/**
 * An account's rights are packages/shared's `accountRights`. An update request's lead may update
 * the actions they lead, and never signs off: their Blue awaits sign-off as a signed-in lead's does.
 */
export function rightsOf(author: UpdateAuthor, facts: RightsFacts): UpdateRights {
  if (author.kind === 'update-request') return { update: facts.leadsAction, signOff: false };
  return accountRights(author.user, facts);
}

export const NEEDS = {
  update: 'Only the action’s leads, its delivery-group lead or the manager may update it',
  signOff: 'Only the manager or the priority’s delivery-group lead may sign off or refuse it',
};

export type PeriodState = { month: Month; state: 'open' | 'closed' };

/** The Blue of an action still waiting for a sign-off: there is never more than one. */
export interface AwaitingBlue {
  id: string;
  period: Month;
  note: string | null;
  revisedDue: IsoDate | null;
  /** At least one complete file is attached to it and not removed. */
  hasEvidence: boolean;
}

/** Everything a status update, a sign-off or a refusal is checked against and replies with. */
export type UpdateTarget = ActionDetailRow &
  RightsFacts & {
    /** Every reporting period of the action's plan. */
    periods: PeriodState[];
    /** The month of the update that set the action's current status, if any. */
    currentUpdateMonth: Month | null;
    /** The plan signs a Blue off only with evidence attached: none is signed off as it is given. */
    signOffNeedsEvidence: boolean;
    /** A closed plan takes no updates. */
    planState: PlanState;
    awaiting: AwaitingBlue | null;
  };

/**
 * Why a change is refused. The service turns each into its reply: 404, 409 for a closed plan, 403,
 * 409 with the action as it now stands, 409, and 400 naming the field (`body.<field>`).
 */
export type Violation =
  | { kind: 'no-action' }
  | { kind: 'closed-plan' }
  | { kind: 'forbidden'; message: string }
  /** The action moved on since the author saw it: archived, or `stale` (another version than theirs). */
  | { kind: 'moved-on'; why: 'archived' | 'stale'; message: string; action: Action }
  | { kind: 'conflict'; message: string }
  | { kind: 'field'; field: string; message: string };

/**
 * The one write a checked change makes, in one statement (`statusUpdatesRepository.write`): the
 * action's next version claimed, and only if it was, the rest.
 */
export interface ActionWrite {
  /** The action as read: the write claims the version after this one, or does nothing. */
  action: { id: string; version: number };
  at: Date;
  /** The action's new current state, when the change sets it. */
  current: { status: Status; revisedDue: IsoDate | null; currentUpdateId: string } | null;
  /** A new update: history is only ever added to. */
  insert: UpdateRow | null;
  /** Marks on an update already written (a sign-off or a refusal); a mark is never taken back. */
  mark: {
    id: string;
    signedOffById?: string;
    signedOffAt?: Date;
    signOffNote?: string | null;
    rejectedById?: string;
    rejectedAt?: Date;
    rejectionReason?: string;
    signOffBefore?: SignOffBefore;
  } | null;
  /**
   * The live updates this change replaces, each then superseded by `by`: every Blue awaiting
   * sign-off (`awaitingBlue`), and those of `month` (never `by` itself).
   */
  supersede: { by: string; awaitingBlue: boolean; month: Month | null };
  audit: AuditRecord & { planId: string };
}

/** A check's outcome: the write to make and the reply it earns, or every reason it is refused. */
export type Checked<Reply> = { write: ActionWrite; reply: Reply } | { violations: Violation[] };

const refused = (violation: Violation): { violations: Violation[] } => ({ violations: [violation] });

const field = (name: string, message: string): Violation => ({ kind: 'field', field: name, message });

const NOTHING_AWAITING = 'Nothing is awaiting sign-off on this action';
const EVIDENCE_FIRST =
  'This plan signs a Blue off only with evidence: attach a file to the update before signing it off';

/**
 * What every change to an action's monthly state is refused for, in the order the refusals come:
 * a closed plan (as the closed-plan guard would refuse it, before anything else), the author's
 * right, an archived action, and a version other than the one the author saw.
 */
export function refusalOf(
  target: UpdateTarget,
  rights: UpdateRights,
  need: keyof typeof NEEDS,
  ifMatch: number | null,
  today: Date,
): Violation | null {
  if (target.planState === 'closed') return { kind: 'closed-plan' };
  if (!rights[need]) return { kind: 'forbidden', message: NEEDS[need] };
  const { action } = target;
  if (action.archivedAt)
    return {
      kind: 'moved-on',
      why: 'archived',
      message: 'This action is archived',
      action: toActionDetail(target, today),
    };
  if (isStale(ifMatch, action.version)) {
    const message = 'This action was changed by someone else';
    return { kind: 'moved-on', why: 'stale', message, action: toActionDetail(target, today) };
  }
  return null;
}

/**
 * Updates go to an open reporting period; a plan that keeps no periods takes this month's or
 * last month's. `periods` are all the plan's reporting periods.
 */
function periodRefusal(periods: PeriodState[], period: Month, today: Date): Violation | null {
  if (periods.length === 0) {
    const current = monthOf(today);
    const last = addMonths(current, -1);
    if (period === current || period === last) return null;
    return field('period', `Updates are for ${formatMonth(current)} or ${formatMonth(last)}`);
  }
  const found = periods.find((r) => r.month === period);
  if (!found) return field('period', `There is no reporting period for ${formatMonth(period)}`);
  if (found.state === 'closed') {
    return {
      kind: 'conflict',
      message: `${formatMonth(period)} is closed: its updates can no longer change`,
    };
  }
  return null;
}

/** The action after a change that claimed its next version at `at`. */
const claimed = (target: UpdateTarget, at: Date, current: ActionWrite['current']) => ({
  ...target.action,
  ...current,
  version: target.action.version + 1,
  updatedAt: at,
});

export interface UpdateCheck {
  /** The action as read, or null when there is no such action. */
  target: UpdateTarget | null;
  author: UpdateAuthor;
  body: CreateStatusUpdateBody;
  /** The version the author was shown (If-Match, or a sheet row's `version`); null: any. */
  ifMatch: number | null;
  today: Date;
  /** The new update's id, chosen by the caller so that the check stays a function of its input. */
  newId: string;
}

/**
 * A status update: refused, in this order, for no action, a closed plan, no right to update,
 * an archived action, a stale version, a month that takes no updates, then every rule of the
 * update itself (packages/shared's `checkStatusUpdate`) at once. Otherwise: a new row (history is
 * never rewritten), the Blues awaiting sign-off and (when it takes effect) the month's earlier
 * updates superseded by it, the action's current state moved forward when it is the latest month,
 * and the audit entry. The reply is worked out from what was read and what will be written, not
 * read again (decision 033).
 */
/**
 * "No change since last month" (decision 053): the status in force again, from an update of an
 * earlier month, with the shared statement as its note and a Red's date in force kept. A month
 * already answered is corrected by choosing a status.
 */
function noChangeAnswer(
  target: UpdateTarget,
  body: CreateStatusUpdateBody,
  today: Date,
): { body: CreateStatusUpdateBody; violations: RuleViolation[] } {
  const { action } = target;
  const earlier = target.currentUpdateMonth !== null && target.currentUpdateMonth < body.period;
  const last = earlier ? { status: action.status, newDate: action.revisedDue } : null;
  const violations = checkNoChange(last, body.status, today);
  if (target.currentUpdateMonth === body.period) {
    violations.splice(0, violations.length, {
      field: 'noChange',
      message: `${formatMonth(body.period)} has its update already: choose a status to correct it`,
    });
  }
  const revisedDue = body.status === 'Red' ? action.revisedDue : null;
  return { body: { ...body, note: NO_CHANGE_STATEMENT, revisedDue }, violations };
}

export function checkUpdate({
  target,
  author,
  body,
  ifMatch,
  today,
  newId,
}: UpdateCheck): Checked<StatusUpdateReply> {
  if (!target) return refused({ kind: 'no-action' });
  const rights = rightsOf(author, target);
  const refusal =
    refusalOf(target, rights, 'update', ifMatch, today) ?? periodRefusal(target.periods, body.period, today);
  if (refusal) return refused(refusal);
  const said = body.noChange ? noChangeAnswer(target, body, today) : { body, violations: [] };
  const violations =
    said.violations.length > 0 ? said.violations : checkStatusUpdate(said.body, target.action, today);
  if (violations.length > 0) return { violations: violations.map((v) => field(v.field, v.message)) };
  body = said.body;

  const { action } = target;
  // Where the plan asks for evidence, even a Blue from someone who may sign off waits for it.
  const signsOff = body.status === 'Blue' && rights.signOff && !target.signOffNeedsEvidence;
  const signer = author.kind === 'user' && signsOff ? author.user : null;
  const row: UpdateRow = {
    id: newId,
    actionId: action.id,
    period: body.period,
    status: body.status,
    note: body.note?.trim() || null,
    revisedDue: body.status === 'Red' ? (body.revisedDue ?? null) : null,
    authorName: null,
    authorPersonId: null,
    updateRequestId: null,
    ...authorColumns(author),
    createdAt: today,
    supersededById: null,
    signedOffById: signer?.id ?? null,
    signedOffAt: signer ? today : null,
    signOffNote: null,
    rejectedById: null,
    rejectedAt: null,
    rejectionReason: null,
    noChange: body.noChange === true,
    signOffBefore: null,
  };
  // A lead's Blue waits for sign-off; until then the action keeps the status it had. An update
  // to an earlier month than the current update's goes into the history only.
  const takesEffect = body.status !== 'Blue' || signsOff;
  const becomesCurrent =
    takesEffect && (!target.currentUpdateMonth || target.currentUpdateMonth <= body.period);
  const current = becomesCurrent
    ? { status: row.status, revisedDue: revisedDueAfter(row, action.revisedDue), currentUpdateId: row.id }
    : null;
  const after = claimed(target, today, current);
  const update = toStatusUpdate(row, authorName(author), signer?.displayName ?? null, null);
  // Every Blue awaiting sign-off is superseded by this update, so only this one can await it.
  const awaitingSignOff = body.status === 'Blue' && !signsOff && after.status !== 'Blue';
  const history = historyWith(target.history, row, takesEffect);
  return {
    write: {
      action,
      at: today,
      current,
      insert: row,
      mark: null,
      supersede: { by: row.id, awaitingBlue: true, month: takesEffect ? body.period : null },
      audit: {
        ...auditActor(author),
        planId: action.planId,
        entityType: 'action',
        entityId: action.id,
        operation: signsOff ? 'status-update-signed-off' : 'status-update',
        before: { status: action.status, revisedDue: action.revisedDue, version: action.version },
        after: {
          update,
          status: after.status,
          ...(author.kind === 'update-request'
            ? { via: 'update-request', updateRequestId: author.requestId }
            : {}),
        },
      },
    },
    reply: { update, action: toActionDetail({ ...target, action: after, awaitingSignOff, history }, today) },
  };
}

export interface SignOffCheck {
  target: UpdateTarget | null;
  author: UpdateAuthor;
  /** The signer's note, if any. */
  note: string | null;
  ifMatch: number | null;
  today: Date;
}

/**
 * A sign-off of the Blue awaiting it: refused as an update is up to the version (with the right to
 * sign off in place of the right to update), then when nothing awaits sign-off, or the plan asks
 * for evidence and the Blue has none. Otherwise the Blue is marked signed off and becomes the
 * action's current state, the month's other live updates are superseded by it, and the audit
 * entry says so.
 */
export function checkSignOff({ target, author, note, ifMatch, today }: SignOffCheck): Checked<Action> {
  if (!target) return refused({ kind: 'no-action' });
  const refusal = refusalOf(target, rightsOf(author, target), 'signOff', ifMatch, today);
  if (refusal) return refused(refusal);
  // Only an account may sign off (`rightsOf`): this tells the compiler so.
  if (author.kind !== 'user') return refused({ kind: 'forbidden', message: NEEDS.signOff });
  const { action, awaiting } = target;
  if (!awaiting) return refused({ kind: 'conflict', message: NOTHING_AWAITING });
  if (target.signOffNeedsEvidence && !awaiting.hasEvidence)
    return refused({ kind: 'conflict', message: EVIDENCE_FIRST });

  const signOffNote = note?.trim() || null;
  const current = {
    status: 'Blue' as const,
    revisedDue: revisedDueAfter({ status: 'Blue', revisedDue: awaiting.revisedDue }, action.revisedDue),
    currentUpdateId: awaiting.id,
  };
  const history = target.history.map((e): HistoryEntry => {
    if (e.source) return e;
    if (isAwaiting(e)) return { ...e, signedOff: true, note: awaiting.note };
    // Its month's other live updates are replaced by the Blue; only the current update shows a note.
    return { ...e, superseded: e.superseded || e.period === awaiting.period, note: null };
  });
  return {
    write: {
      action,
      at: today,
      current,
      insert: null,
      mark: {
        id: awaiting.id,
        signedOffById: author.user.id,
        signedOffAt: today,
        signOffNote,
        // What an undo puts back (decision 052).
        signOffBefore: {
          status: action.status,
          revisedDue: action.revisedDue,
          currentUpdateId: action.currentUpdateId,
        },
      },
      supersede: { by: awaiting.id, awaitingBlue: false, month: awaiting.period },
      audit: {
        actorId: author.user.id,
        planId: action.planId,
        entityType: 'action',
        entityId: action.id,
        operation: 'sign-off',
        before: { status: action.status, version: action.version },
        after: { status: 'Blue', updateId: awaiting.id, note: signOffNote },
      },
    },
    reply: toActionDetail(
      { ...target, action: claimed(target, today, current), awaitingSignOff: false, history },
      today,
    ),
  };
}

export interface RefusalCheck {
  target: UpdateTarget | null;
  author: UpdateAuthor;
  /** Why it is not signed off: required, and already trimmed by the route's schema. */
  reason: string;
  ifMatch: number | null;
  today: Date;
}

/**
 * A refusal of the Blue awaiting sign-off: refused as a sign-off is (but evidence is not needed to
 * refuse). Otherwise the Blue is marked refused, with the reason; the action keeps its status and
 * its next version, and the audit entry says so.
 */
export function checkRefusal({ target, author, reason, ifMatch, today }: RefusalCheck): Checked<Action> {
  if (!target) return refused({ kind: 'no-action' });
  const refusal = refusalOf(target, rightsOf(author, target), 'signOff', ifMatch, today);
  if (refusal) return refused(refusal);
  if (author.kind !== 'user') return refused({ kind: 'forbidden', message: NEEDS.signOff });
  const { action, awaiting } = target;
  if (!awaiting) return refused({ kind: 'conflict', message: NOTHING_AWAITING });

  const history = target.history.map((e) => (!e.source && isAwaiting(e) ? { ...e, rejected: true } : e));
  const reply = toActionDetail(
    { ...target, action: claimed(target, today, null), awaitingSignOff: false, history },
    today,
  );
  return {
    write: {
      action,
      at: today,
      current: null,
      insert: null,
      mark: { id: awaiting.id, rejectedById: author.user.id, rejectedAt: today, rejectionReason: reason },
      supersede: { by: awaiting.id, awaitingBlue: false, month: null },
      audit: {
        actorId: author.user.id,
        planId: action.planId,
        entityType: 'action',
        entityId: action.id,
        operation: 'sign-off-rejected',
        before: { status: action.status, version: action.version },
        after: { status: reply.status, updateId: awaiting.id, reason },
      },
    },
    reply,
  };
}

/** The history's Blue awaiting sign-off (the history holds no superseded update, and one Blue at most awaits). */
const isAwaiting = (e: HistoryEntry) => e.status === 'Blue' && !e.signedOff && !e.rejected && !e.superseded;

/**
 * The history after a new update is written: the period's earlier updates superseded when it
 * takes effect (as the write does), and the update itself, so a write's reply is not read again.
 */
export function historyWith(
  history: HistoryEntry[],
  update: {
    period: Month;
    createdAt: Date;
    status: Status;
    note: string | null;
    revisedDue: IsoDate | null;
    signedOffAt: Date | null;
  },
  supersedesMonth: boolean,
): HistoryEntry[] {
  return [
    ...history.map((e) =>
      supersedesMonth && !e.source && e.period === update.period ? { ...e, superseded: true } : e,
    ),
    {
      period: update.period,
      createdAt: update.createdAt.toISOString(),
      status: update.status,
      note: update.note,
      date: update.revisedDue,
      source: null,
      superseded: false,
      rejected: false,
      signedOff: update.signedOffAt !== null,
    },
  ];
}

/** A status update as the API shows it, with the names of who wrote, signed off or refused it. */
export function toStatusUpdate(
  u: UpdateRow,
  authorName: string | null,
  signerName: string | null,
  rejecterName: string | null,
): StatusUpdate {
  return {
    id: u.id,
    period: u.period,
    status: u.status,
    note: u.note,
    revisedDue: u.revisedDue,
    author: authorName ?? u.authorName,
    viaUpdateRequest: u.updateRequestId !== null,
    noChange: u.noChange,
    createdAt: u.createdAt.toISOString(),
    superseded: u.supersededById !== null,
    signOff: u.signedOffAt
      ? { by: signerName ?? 'Unknown', at: u.signedOffAt.toISOString(), note: u.signOffNote }
      : null,
    rejection: u.rejectedAt
      ? { by: rejecterName ?? 'Unknown', at: u.rejectedAt.toISOString(), reason: u.rejectionReason ?? '' }
      : null,
  };
}
