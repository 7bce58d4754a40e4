import type { AnswerChallengeBody, Attachment, Challenge, UpdateRequestSheet } from '@ragboard/shared';
import type { Db } from '../../db/client';
import { AppError } from '../../plugins/errors';
import { attachmentsService, type LinkLead } from '../attachments';
import { challengesService } from '../challenges';
import { type ResolvedUpdateRequest, updateRequestsService } from '../update-requests';

/** A file a lead attached through a link, with the action it is evidence for. */
export type LeadFile = Attachment & { actionId: string };

/** Everything the link page shows: the month's sheet, the lead's files, the open challenges. */
export interface LinkMonth {
  sheet: UpdateRequestSheet;
  files: LeadFile[];
  challenges: Challenge[];
}

const leadOf = (link: ResolvedUpdateRequest): LinkLead => ({
  requestId: link.id,
  planId: link.planId,
  period: link.period,
  person: link.person,
});

/**
 * The lead's whole month through their emailed link (decision 051): the updates (the update
 * requests module), evidence on their due actions (the attachments module's rules) and answers to
 * open challenges on their actions (the challenges module's). Each is refused for an action that
 * is not on the link.
 */
export function linkPageService(db: Db, now: () => Date) {
  const links = updateRequestsService(db, now);
  const files = attachmentsService(db, now);
  const challenges = challengesService(db, now);

  return {
    async month(link: ResolvedUpdateRequest): Promise<LinkMonth> {
      const lead = leadOf(link);
      const [sheet, attached, open] = await Promise.all([
        links.sheet(link),
        files.byLead(lead),
        challenges.openForLead(lead),
      ]);
      return { sheet, files: attached, challenges: open };
    },

    files: (link: ResolvedUpdateRequest) => files.byLead(leadOf(link)),

    async attach(link: ResolvedUpdateRequest, actionId: string, file: Parameters<typeof files.attach>[2]) {
      const sheet = await links.sheet(link);
      if (!sheet.sections.some((s) => s.items.some((item) => item.action.id === actionId)))
        throw new AppError(
          403,
          'forbidden',
          'This link is only for evidence on your own actions due an update this month',
          [{ path: 'params.actionId', message: 'Not on this link' }],
        );
      return files.attachAsLead(leadOf(link), actionId, file);
    },

    removeFile: (link: ResolvedUpdateRequest, attachmentId: string, reason: string) =>
      files.removeAsLead(leadOf(link), attachmentId, reason),

    challenges: (link: ResolvedUpdateRequest) => challenges.openForLead(leadOf(link)),

    answer: (
      link: ResolvedUpdateRequest,
      challengeId: string,
      body: AnswerChallengeBody,
      ifMatch: number | null,
    ) => challenges.answerAsLead(leadOf(link), challengeId, body, ifMatch),
  };
}
