import type { Attachment, RemovedFile } from '@ragboard/shared';
import { aliasedTable, and, asc, desc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  actions,
  attachmentChunks,
  attachments,
  findingJudgements,
  findings,
  outcomes,
  people,
  plans,
  priorities,
  statusUpdates,
  users,
} from '../../db/schema';
import { fileNameFor } from './file-name';

/** A lead who attached or removed a file through their emailed link, without an account. */
const uploader = aliasedTable(people, 'uploader');
const remover = aliasedTable(people, 'remover');

const listed = {
  id: attachments.id,
  statusUpdateId: attachments.statusUpdateId,
  findingJudgementId: attachments.findingJudgementId,
  fileName: attachments.fileName,
  mediaType: attachments.mediaType,
  sizeBytes: attachments.sizeBytes,
  uploadedBy: sql<string>`coalesce(${users.displayName}, ${uploader.name}, '')`,
  uploadedById: attachments.uploadedById,
  createdAt: attachments.createdAt,
  publicApprovedAt: attachments.publicApprovedAt,
};

/** A file that may be listed or served: every chunk stored, and not removed since. */
const present = and(isNotNull(attachments.completedAt), isNull(attachments.removedAt));

function toAttachment({
  publicApprovedAt,
  ...row
}: { createdAt: Date; publicApprovedAt: Date | null } & Omit<
  Attachment,
  'createdAt' | 'publicApproved'
>): Attachment {
  return {
    ...row,
    // Files kept before names were given their type's extension are offered under the name they get now.
    fileName: fileNameFor(row.fileName, row.mediaType),
    createdAt: row.createdAt.toISOString(),
    publicApproved: publicApprovedAt !== null,
  };
}

export function attachmentsRepository(db: Db) {
  return {
    /** The plan of an update of this action, if the update is the action's. */
    async updateOf(actionId: string, statusUpdateId: string) {
      const [row] = await db
        .select({ planId: priorities.planId })
        .from(statusUpdates)
        .innerJoin(actions, eq(actions.id, statusUpdates.actionId))
        .innerJoin(outcomes, eq(outcomes.id, actions.outcomeId))
        .innerJoin(priorities, eq(priorities.id, outcomes.priorityId))
        .where(and(eq(statusUpdates.id, statusUpdateId), eq(statusUpdates.actionId, actionId)));
      return row ?? null;
    },

    /** The latest update of an action in a month, with its plan: the one a lead's evidence goes on. */
    async latestUpdateIn(actionId: string, period: string) {
      const [row] = await db
        .select({ id: statusUpdates.id, planId: actions.planId })
        .from(statusUpdates)
        .innerJoin(actions, eq(actions.id, statusUpdates.actionId))
        .where(and(eq(statusUpdates.actionId, actionId), eq(statusUpdates.period, period)))
        .orderBy(desc(statusUpdates.createdAt), desc(statusUpdates.id))
        .limit(1);
      return row ?? null;
    },

    /** The files a lead attached through their links to a plan's updates in a month, oldest first. */
    async byPersonInPeriod(personId: string, planId: string, period: string) {
      const rows = await db
        .select({ ...listed, actionId: statusUpdates.actionId })
        .from(attachments)
        .innerJoin(statusUpdates, eq(statusUpdates.id, attachments.statusUpdateId))
        .innerJoin(actions, eq(actions.id, statusUpdates.actionId))
        .leftJoin(users, eq(users.id, attachments.uploadedById))
        .leftJoin(uploader, eq(uploader.id, attachments.uploadedByPersonId))
        .where(
          and(
            eq(attachments.uploadedByPersonId, personId),
            eq(actions.planId, planId),
            eq(statusUpdates.period, period),
            present,
          ),
        )
        .orderBy(asc(attachments.createdAt), asc(attachments.id));
      return rows.map(({ actionId, ...row }) => ({ ...toAttachment(row), actionId }));
    },

    /** The plan of a judgement of this finding, if the judgement is the finding's. */
    async judgementOf(findingId: string, judgementId: string) {
      const [row] = await db
        .select({ planId: findings.planId })
        .from(findingJudgements)
        .innerJoin(findings, eq(findings.id, findingJudgements.findingId))
        .where(and(eq(findingJudgements.id, judgementId), eq(findingJudgements.findingId, findingId)));
      return row ?? null;
    },

    /** A file being received: listed and served only once complete. */
    async start(values: {
      statusUpdateId?: string;
      findingJudgementId?: string;
      fileName: string;
      mediaType: string;
      uploadedById?: string;
      uploadedByPersonId?: string;
      updateRequestId?: string;
    }) {
      const [row] = await db.insert(attachments).values(values).returning({ id: attachments.id });
      return row!.id;
    },

    async addChunk(attachmentId: string, seq: number, data: Buffer) {
      await db.insert(attachmentChunks).values({ attachmentId, seq, data });
    },

    async complete(attachmentId: string, sizeBytes: number, sha256: string, at: Date) {
      await db
        .update(attachments)
        .set({ sizeBytes, sha256, completedAt: at })
        .where(eq(attachments.id, attachmentId));
    },

    /** A file whose upload failed goes, with whatever chunks arrived. */
    async discard(attachmentId: string) {
      await db.delete(attachments).where(eq(attachments.id, attachmentId));
    },

    async get(attachmentId: string) {
      const [row] = await db
        .select({ ...listed, actionId: statusUpdates.actionId, planId: actions.planId })
        .from(attachments)
        .leftJoin(users, eq(users.id, attachments.uploadedById))
        .leftJoin(uploader, eq(uploader.id, attachments.uploadedByPersonId))
        .leftJoin(statusUpdates, eq(statusUpdates.id, attachments.statusUpdateId))
        .leftJoin(actions, eq(actions.id, statusUpdates.actionId))
        .where(and(eq(attachments.id, attachmentId), present));
      if (!row) return null;
      const { actionId, planId, ...rest } = row;
      return { ...toAttachment(rest), actionId, planId };
    },

    /** The complete files of an action's updates, oldest first. */
    async forAction(actionId: string): Promise<Attachment[]> {
      const rows = await db
        .select(listed)
        .from(attachments)
        .innerJoin(statusUpdates, eq(statusUpdates.id, attachments.statusUpdateId))
        .leftJoin(users, eq(users.id, attachments.uploadedById))
        .leftJoin(uploader, eq(uploader.id, attachments.uploadedByPersonId))
        .where(and(eq(statusUpdates.actionId, actionId), present))
        .orderBy(asc(attachments.createdAt), asc(attachments.id));
      return rows.map(toAttachment);
    },

    /** The complete files of some finding judgements, oldest first. */
    async forJudgements(judgementIds: string[]): Promise<Attachment[]> {
      if (judgementIds.length === 0) return [];
      const rows = await db
        .select(listed)
        .from(attachments)
        .leftJoin(users, eq(users.id, attachments.uploadedById))
        .leftJoin(uploader, eq(uploader.id, attachments.uploadedByPersonId))
        .where(and(inArray(attachments.findingJudgementId, judgementIds), present))
        .orderBy(asc(attachments.createdAt), asc(attachments.id));
      return rows.map(toAttachment);
    },

    /** The complete files of some actions' updates, with the action and the update's month, oldest first. */
    async forActions(actionIds: string[]) {
      if (actionIds.length === 0) return [];
      const rows = await db
        .select({ ...listed, actionId: statusUpdates.actionId, period: statusUpdates.period })
        .from(attachments)
        .innerJoin(statusUpdates, eq(statusUpdates.id, attachments.statusUpdateId))
        .leftJoin(users, eq(users.id, attachments.uploadedById))
        .leftJoin(uploader, eq(uploader.id, attachments.uploadedByPersonId))
        .where(and(inArray(statusUpdates.actionId, actionIds), present))
        .orderBy(asc(attachments.createdAt), asc(attachments.id));
      return rows.map((row) => ({ ...toAttachment(row), actionId: row.actionId, period: row.period }));
    },

    /** Approves a file for the public page, or withdraws it (null). */
    async setPublic(attachmentId: string, approval: { at: Date; by: string } | null) {
      await db
        .update(attachments)
        .set({ publicApprovedAt: approval?.at ?? null, publicApprovedById: approval?.by ?? null })
        .where(eq(attachments.id, attachmentId));
    },

    /** The approved files of some actions, for the public page. */
    async publicForActions(actionIds: string[]) {
      if (actionIds.length === 0) return [];
      const rows = await db
        .select({
          id: attachments.id,
          fileName: attachments.fileName,
          mediaType: attachments.mediaType,
          sizeBytes: attachments.sizeBytes,
          actionId: statusUpdates.actionId,
        })
        .from(attachments)
        .innerJoin(statusUpdates, eq(statusUpdates.id, attachments.statusUpdateId))
        .where(
          and(inArray(statusUpdates.actionId, actionIds), present, isNotNull(attachments.publicApprovedAt)),
        )
        .orderBy(asc(attachments.createdAt), asc(attachments.id));
      return rows.map((row) => ({ ...row, fileName: fileNameFor(row.fileName, row.mediaType) }));
    },

    /** A file as its removal needs it: who attached it, where, and what the audit entry keeps. */
    async forRemoval(attachmentId: string) {
      const [row] = await db
        .select({
          fileName: attachments.fileName,
          sizeBytes: attachments.sizeBytes,
          sha256: attachments.sha256,
          publicApprovedAt: attachments.publicApprovedAt,
          uploadedById: attachments.uploadedById,
          uploadedByPersonId: attachments.uploadedByPersonId,
          period: statusUpdates.period,
          actionId: statusUpdates.actionId,
          planId: plans.id,
          planState: plans.state,
        })
        .from(attachments)
        .leftJoin(statusUpdates, eq(statusUpdates.id, attachments.statusUpdateId))
        .leftJoin(actions, eq(actions.id, statusUpdates.actionId))
        .leftJoin(findingJudgements, eq(findingJudgements.id, attachments.findingJudgementId))
        .leftJoin(findings, eq(findings.id, findingJudgements.findingId))
        .innerJoin(plans, or(eq(plans.id, actions.planId), eq(plans.id, findings.planId)))
        .where(and(eq(attachments.id, attachmentId), present));
      return row ?? null;
    },

    /**
     * Marks a file removed and takes it off the public page, only if nobody removed it first (of
     * two at once, one marks it and the other finds nothing): false when there was nothing to mark.
     */
    async markRemoved(
      attachmentId: string,
      removal: { at: Date; reason: string } & ({ by: string } | { byPerson: string }),
    ) {
      const rows = await db
        .update(attachments)
        .set({
          removedAt: removal.at,
          removedById: 'by' in removal ? removal.by : null,
          removedByPersonId: 'byPerson' in removal ? removal.byPerson : null,
          removalReason: removal.reason,
          publicApprovedAt: null,
          publicApprovedById: null,
        })
        .where(and(eq(attachments.id, attachmentId), present))
        .returning({ id: attachments.id });
      return rows.length > 0;
    },

    /** Deletes a file's bytes for good. */
    async eraseBytes(attachmentId: string) {
      await db.delete(attachmentChunks).where(eq(attachmentChunks.attachmentId, attachmentId));
    },

    /** The files removed from an action's updates: when, by whom and why, never what they held. */
    async removedForAction(actionId: string): Promise<RemovedFile[]> {
      const rows = await db
        .select({
          id: attachments.id,
          statusUpdateId: attachments.statusUpdateId,
          removedBy: sql<string>`coalesce(${users.displayName}, ${remover.name}, '')`,
          removedAt: attachments.removedAt,
          reason: attachments.removalReason,
        })
        .from(attachments)
        .innerJoin(statusUpdates, eq(statusUpdates.id, attachments.statusUpdateId))
        .leftJoin(users, eq(users.id, attachments.removedById))
        .leftJoin(remover, eq(remover.id, attachments.removedByPersonId))
        .where(and(eq(statusUpdates.actionId, actionId), isNotNull(attachments.removedAt)))
        .orderBy(asc(attachments.removedAt), asc(attachments.id));
      return rows.map((row) => ({
        ...row,
        statusUpdateId: row.statusUpdateId!,
        removedAt: row.removedAt!.toISOString(),
        reason: row.reason ?? '',
      }));
    },

    /** One chunk of a file's bytes, or undefined past its end. */
    async chunk(attachmentId: string, seq: number): Promise<Buffer | undefined> {
      const [row] = await db
        .select({ data: attachmentChunks.data })
        .from(attachmentChunks)
        .where(and(eq(attachmentChunks.attachmentId, attachmentId), eq(attachmentChunks.seq, seq)));
      return row?.data;
    },
  };
}
