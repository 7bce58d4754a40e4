import type {
  ActionChallenges,
  AnswerChallengeBody,
  Challenge,
  ChallengeState,
  CreateChallengeBody,
  SessionUser,
} from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { type Actor, recordNotification, recordPlanChange } from '../../journal';
import { AppError, ConflictError, NotFoundError, StaleVersionError } from '../../plugins/errors';
import { assertIfMatch } from '../../plugins/etag';
import { actionsRepository } from '../actions';
import { plansRepository } from '../plans';
import { updateRights } from '../status-updates';
import { challengesRepository } from './challenges.repository';

/**
 * Tells whoever raised a challenge that it was answered (decision 050), in the answer's
 * transaction: an answer through a lead's emailed link calls it as an answer by a user does.
 */
export async function notifyChallengeAnswered(tx: Db, challenge: Challenge, actor: Actor, at: Date) {
  const raisedById = await challengesRepository(tx).raisedById(challenge.id);
  if (!raisedById || !challenge.answer) return;
  await recordNotification(tx, {
    kind: 'challenge-answered',
    actionId: challenge.action.id,
    audiences: [{ user: raisedById }],
    actor,
    payload: { challengeId: challenge.id, answer: challenge.answer.text, by: challenge.answer.by },
    at,
  });
}

/**
 * The forum challenges an action's status with a reason; the action's lead, its delivery-group
 * lead or the manager answers, which closes the challenge. Both are audited.
 */
export function challengesService(db: Db, now: () => Date) {
  async function load(tx: Db, challengeId: string): Promise<Challenge> {
    const challenge = await challengesRepository(tx).find(challengeId);
    if (!challenge) throw new NotFoundError('Challenge');
    return challenge;
  }

  return {
    get: (challengeId: string) => load(db, challengeId),

    async forAction(user: SessionUser, actionId: string): Promise<ActionChallenges> {
      const action = await actionsRepository(db).findById(actionId);
      if (!action) throw new NotFoundError('Action');
      const list = await challengesRepository(db).forAction(actionId);
      return {
        challenges: list,
        mayChallenge: user.role === 'forum' && !action.archivedAt,
        mayAnswer: (await updateRights(db, user, actionId)).update,
      };
    },

    async forPlan(planId: string, state: ChallengeState | undefined): Promise<Challenge[]> {
      if (!(await plansRepository(db).exists(planId))) throw new NotFoundError('Plan');
      return challengesRepository(db).forPlan(planId, state);
    },

    forPerson: (personId: string | null) =>
      personId ? challengesRepository(db).forPerson(personId) : Promise.resolve([]),

    /** Only the status the action has now can be challenged: a stale page gets 409 with the action. */
    raise: (user: SessionUser, actionId: string, body: CreateChallengeBody) =>
      writeTransaction(db, async (tx) => {
        const action = await actionsRepository(tx).findById(actionId);
        if (!action) throw new NotFoundError('Action');
        if (action.archivedAt) throw new ConflictError('This action is archived');
        if (action.status !== body.status) {
          throw new ConflictError(
            `This action’s status is now ${action.status}: reload the page before challenging it`,
            await actionsRepository(tx).detail(actionId, now()),
          );
        }
        const id = await challengesRepository(tx).insert({
          planId: action.planId,
          actionId,
          status: action.status,
          statusUpdateId: action.currentUpdateId,
          reason: body.reason,
          raisedById: user.id,
          createdAt: now(),
          updatedAt: now(),
        });
        const after = await load(tx, id);
        await recordPlanChange(tx, {
          actorId: user.id,
          planId: action.planId,
          entityType: 'challenge',
          entityId: id,
          operation: 'raise',
          after,
        });
        // The action's leads are asked to answer it (by link, if they have no account), the manager told.
        await recordNotification(tx, {
          kind: 'challenge-raised',
          actionId,
          audiences: [{ leads: true }, { managers: true }],
          actor: { userId: user.id, personId: user.personId },
          payload: { challengeId: id, status: action.status, reason: body.reason, by: after.raisedBy },
          at: now(),
        });
        return after;
      }),

    answer: (user: SessionUser, challengeId: string, body: AnswerChallengeBody, ifMatch: number | null) =>
      writeTransaction(db, async (tx) => {
        const before = await load(tx, challengeId);
        if (!(await updateRights(tx, user, before.action.id)).update) {
          throw new AppError(
            403,
            'forbidden',
            'Only the action’s leads, its delivery-group lead or the manager may answer a challenge',
          );
        }
        if (before.state !== 'open')
          throw new ConflictError('This challenge has already been answered', before);
        assertIfMatch(ifMatch, before, 'challenge');
        const answered = await challengesRepository(tx).answer(challengeId, before.version, {
          answer: body.answer,
          answeredById: user.id,
          at: now(),
        });
        if (!answered) throw new StaleVersionError('This challenge was changed by someone else', before);
        const after = await load(tx, challengeId);
        await recordPlanChange(tx, {
          actorId: user.id,
          planId: before.planId,
          entityType: 'challenge',
          entityId: challengeId,
          operation: 'answer',
          before,
          after,
        });
        await notifyChallengeAnswered(tx, after, { userId: user.id, personId: user.personId }, now());
        return after;
      }),
  };
}
