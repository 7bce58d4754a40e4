import { z } from 'zod';
import { monthSchema } from '../month';
import { statusSchema } from '../status';
import { idSchema, versionSchema } from './common';

/** A challenge stays open until the action's lead, its delivery-group lead or the manager answers it. */
export const CHALLENGE_STATES = ['open', 'answered'] as const;
export const challengeStateSchema = z.enum(CHALLENGE_STATES);
export type ChallengeState = z.infer<typeof challengeStateSchema>;

const words = (missing: string) =>
  z.string().trim().min(1, missing).max(5000, 'Keep it under 5,000 characters');

/** "We do not agree this is Green": the status as the forum saw it, and why they disagree. */
export const createChallengeBodySchema = z.object({
  status: statusSchema,
  reason: words('Say why you do not agree with this status'),
});
export type CreateChallengeBody = z.infer<typeof createChallengeBodySchema>;

export const answerChallengeBodySchema = z.object({ answer: words('Enter your answer to the challenge') });
export type AnswerChallengeBody = z.infer<typeof answerChallengeBodySchema>;

export const challengeSchema = z
  .object({
    id: idSchema,
    planId: idSchema,
    action: z.object({ id: idSchema, ref: z.string(), title: z.string() }),
    /** The status challenged: the action's status when the challenge was raised. */
    status: statusSchema,
    /** The month of the update that gave that status; null for an action never updated. */
    statusPeriod: monthSchema.nullable(),
    reason: z.string(),
    raisedBy: z.string(),
    raisedAt: z.iso.datetime(),
    state: challengeStateSchema,
    answer: z.object({ text: z.string(), by: z.string(), at: z.iso.datetime() }).nullable(),
    version: versionSchema,
  })
  .meta({ id: 'Challenge' });
export type Challenge = z.infer<typeof challengeSchema>;

/** An action's challenges, newest first, and what the signed-in user may do about them. */
export const actionChallengesSchema = z
  .object({ challenges: z.array(challengeSchema), mayChallenge: z.boolean(), mayAnswer: z.boolean() })
  .meta({ id: 'ActionChallenges' });
export type ActionChallenges = z.infer<typeof actionChallengesSchema>;

export const challengeListSchema = z
  .object({ challenges: z.array(challengeSchema) })
  .meta({ id: 'ChallengeList' });
export type ChallengeList = z.infer<typeof challengeListSchema>;

export const challengeListQuerySchema = z.object({ state: challengeStateSchema.optional() });
export const challengeParamsSchema = z.object({ challengeId: idSchema });
