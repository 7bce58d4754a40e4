import {
  type Contact,
  formatMonth,
  type Month,
  type StatusUpdateBatchReply,
  type StatusUpdateEntry,
  type UpdateRequestRefusal,
  type UpdateRequestRefusalDetails,
  type UpdateRequestSheet,
} from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { recordPlanChange } from '../../journal';
import { AppError, NotFoundError } from '../../plugins/errors';
import { lastDayForUpdates, updatesCloseAt } from '../periods';
import { plansRepository } from '../plans';
import { statusUpdatesService, updateSheetSection } from '../status-updates';
import { hashUpdateRequestToken, isWellFormedToken, newUpdateRequestToken } from './update-request-token';
import { updateRequestsRepository } from './update-requests.repository';

/** A link that has been checked: it may give updates on its lead's due actions in its period. */
export interface ResolvedUpdateRequest {
  id: string;
  planId: string;
  planTitle: string;
  period: Month;
  person: { id: string; name: string };
  openUntil: string;
  contact: Contact | null;
}

const REFUSALS: Record<UpdateRequestRefusal, (month: string) => string> = {
  'not-recognised': () => 'This link is not recognised. Check it is the whole link from the email.',
  expired: (month) => `This link has expired: ${month}'s updates are no longer taken through it.`,
  revoked: () => 'This link has been withdrawn by the partnership manager.',
  'period-closed': (month) => `${month} has been closed, so its updates can no longer change.`,
};

function refuse(reason: UpdateRequestRefusal, details: Omit<UpdateRequestRefusalDetails, 'reason'>): never {
  const month = details.period ? formatMonth(details.period) : 'This month';
  throw new AppError(401, 'unauthorised', REFUSALS[reason](month), { reason, ...details });
}

/**
 * Update requests: personal links that let a lead give a period's updates without an account.
 * A link grants only updates to its lead's actions due in its period, while the period is open
 * and its last day for updates (deadline plus grace) has not passed (decision 023).
 */
export function updateRequestsService(db: Db, now: () => Date) {
  const updates = statusUpdatesService(db, now);

  async function sheetOf(request: ResolvedUpdateRequest) {
    const section = await updateSheetSection(
      db,
      {
        planId: request.planId,
        period: request.period,
        personId: request.person.id,
        asDeliveryGroupLead: false,
      },
      now(),
    );
    if (!section) throw new NotFoundError('Plan');
    return section;
  }

  return {
    /**
     * New links for one period, one per lead, in the caller's transaction and one statement: each
     * lead's token, returned once, by person.
     */
    async issueAll(
      tx: Db,
      requests: { planId: string; period: Month; personId: string; createdById: string | null }[],
      window: { deadline: string; graceDays: number },
    ): Promise<Map<string, { id: string; token: string }>> {
      const tokens = new Map(requests.map((r) => [r.personId, newUpdateRequestToken()]));
      const rows = await updateRequestsRepository(tx).insertMany(
        requests.map((request) => ({
          ...request,
          tokenHash: tokens.get(request.personId)!.tokenHash,
          createdAt: now(),
          expiresAt: updatesCloseAt(window),
        })),
      );
      return new Map(
        rows.map((row) => [row.personId, { id: row.id, token: tokens.get(row.personId)!.token }]),
      );
    },

    /** The link behind a token, or a refusal saying what happened and who to ask (401). */
    async resolve(token: unknown): Promise<ResolvedUpdateRequest> {
      const none = { planTitle: null, period: null, contact: null };
      if (!isWellFormedToken(token)) refuse('not-recognised', none);
      const repo = updateRequestsRepository(db);
      const found = await repo.findByTokenHash(hashUpdateRequestToken(token));
      if (!found) refuse('not-recognised', none);
      const { request, plan, period, person, sender } = found;
      const contact =
        sender?.name && sender.active ? { name: sender.name, email: sender.email } : await repo.anyManager();
      const about = { planTitle: plan.title, period: request.period, contact };
      if (request.revokedAt) refuse('revoked', about);
      if (!period || period.state === 'closed' || plan.state !== 'active') refuse('period-closed', about);
      if (now() > request.expiresAt) refuse('expired', about);
      return {
        id: request.id,
        planId: plan.id,
        planTitle: plan.title,
        period: request.period,
        person,
        openUntil: lastDayForUpdates(period),
        contact,
      };
    },

    /**
     * The lead has the link's page open (`/update/<token>` was shown, with or without JavaScript):
     * the manager sees it was opened, and when. The API's reads and refused writes change nothing.
     */
    async opened(request: ResolvedUpdateRequest): Promise<void> {
      await updateRequestsRepository(db).opened(request.id, now());
    },

    /** Reading writes nothing: `lastUsedAt` is the last time updates were given through the link. */
    async sheet(request: ResolvedUpdateRequest): Promise<UpdateRequestSheet> {
      return {
        person: request.person,
        sections: [await sheetOf(request)],
        openUntil: request.openUntil,
        contact: request.contact,
      };
    },

    /** Records the link's updates in one transaction; each must be its lead's, in its period, and due. */
    async record(
      request: ResolvedUpdateRequest,
      entries: StatusUpdateEntry[],
    ): Promise<StatusUpdateBatchReply> {
      const due = new Set((await sheetOf(request)).items.map((item) => item.action.id));
      const outside = entries.filter((e) => e.period !== request.period || !due.has(e.actionId));
      if (outside.length > 0) {
        throw new AppError(
          403,
          'forbidden',
          `This link is only for your own actions due an update in ${formatMonth(request.period)}`,
          outside.map((e) => ({
            path: `body.updates.${entries.indexOf(e)}.actionId`,
            message: 'Not on this link',
          })),
        );
      }
      const reply = await updates.recordAll(
        { kind: 'update-request', requestId: request.id, person: request.person },
        entries,
      );
      await updateRequestsRepository(db).touch(request.id, now());
      return reply;
    },

    /** Withdraws a period's links, one lead's or all, with an audit entry. */
    revoke: (actorId: string, planId: string, period: Month, personId?: string) =>
      writeTransaction(db, async (tx) => {
        if (!(await plansRepository(tx).exists(planId))) throw new NotFoundError('Plan');
        const ids = await updateRequestsRepository(tx).revoke({ planId, period, personId }, actorId, now());
        await recordPlanChange(tx, {
          actorId,
          planId,
          entityType: 'period',
          entityId: `${planId}:${period}`,
          operation: 'revoke-update-requests',
          after: { personId: personId ?? null, revoked: ids },
        });
        return { revoked: ids.length };
      }),

    /**
     * Withdraws every live link of these people (their account deactivated), in the caller's
     * transaction, with an audit entry for each plan, month and person, as a manager's withdrawal has.
     */
    async withdrawForPeople(actorId: string, personIds: string[], why: string) {
      const withdrawn = await updateRequestsRepository(db).revokeForPeople(personIds, actorId, now());
      const groups = new Map<string, typeof withdrawn>();
      for (const link of withdrawn) {
        const key = `${link.planId}:${link.period}:${link.personId}`;
        groups.set(key, [...(groups.get(key) ?? []), link]);
      }
      for (const links of groups.values()) {
        const { planId, period, personId } = links[0]!;
        await recordPlanChange(db, {
          actorId,
          planId,
          entityType: 'period',
          entityId: `${planId}:${period}`,
          operation: 'revoke-update-requests',
          after: { personId, revoked: links.map((l) => l.id), why },
        });
      }
      return withdrawn.map((w) => w.id);
    },

    listForPerson: (personId: string) => updateRequestsRepository(db).listForPerson(personId, now()),
  };
}
