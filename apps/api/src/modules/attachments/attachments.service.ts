import { createHash } from 'node:crypto';
import {
  ATTACHMENT_TYPES_IN_WORDS,
  type Attachment,
  type AttachmentList,
  type SessionUser,
} from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { recordAudit, recordPlanChange } from '../../journal';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../../plugins/errors';
import { publishedActionIds } from '../../read-model';
import { updateRights } from '../status-updates';
import { sniffedType } from './attachment-types';
import { attachmentsRepository } from './attachments.repository';
import { fileNameFor } from './file-name';
import { removeAttachment } from './remove-attachment';

/** Bytes a row: a file is read, stored and served this much at a time. */
export const CHUNK_BYTES = 256 * 1024;

export type AttachmentTarget =
  | { kind: 'update'; actionId: string; statusUpdateId: string }
  | { kind: 'judgement'; findingId: string; findingJudgementId: string };

/** A lead acting through their emailed link: its plan and month, and the lead's person record. */
export interface LinkLead {
  requestId: string;
  planId: string;
  period: string;
  person: { id: string; name: string };
}

/** A file as it arrives: its name as sent, and its bytes, read once (uploaded-file.ts). */
export interface IncomingFile {
  fileName: string;
  bytes: AsyncIterable<Buffer>;
}
const wrongType = () => {
  const message = `The file must be ${ATTACHMENT_TYPES_IN_WORDS}`;
  return new ValidationError(message, [{ path: 'body.file', message }]);
};

/** Reads bytes in chunks of CHUNK_BYTES (the last may be shorter). */
async function* chunksOf(bytes: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let length = 0;
  for await (const piece of bytes) {
    pending.push(piece);
    length += piece.length;
    while (length >= CHUNK_BYTES) {
      const all = Buffer.concat(pending);
      yield all.subarray(0, CHUNK_BYTES);
      pending = [all.subarray(CHUNK_BYTES)];
      length = pending[0]!.length;
    }
  }
  if (length > 0) yield Buffer.concat(pending);
}

export function attachmentsService(db: Db, now: () => Date) {
  const repository = attachmentsRepository(db);

  /** Who may attach: to an update, those who may update its action (and the manager); to a judgement, the manager. */
  async function planOf(user: SessionUser, target: AttachmentTarget): Promise<string> {
    if (target.kind === 'update') {
      const found = await repository.updateOf(target.actionId, target.statusUpdateId);
      if (!found) throw new NotFoundError('Status update');
      if (!(await updateRights(db, user, target.actionId)).update)
        throw new AppError(
          403,
          'forbidden',
          'Only the action’s leads and the partnership manager can attach evidence to its updates',
        );
      return found.planId;
    }
    const found = await repository.judgementOf(target.findingId, target.findingJudgementId);
    if (!found) throw new NotFoundError('Judgement');
    if (user.role !== 'manager')
      throw new AppError(403, 'forbidden', 'Only the partnership manager can attach evidence to a judgement');
    return found.planId;
  }

  /**
   * Stores a file as it arrives, a chunk at a time and outside any transaction, so a slow upload
   * holds no lock; it is listed only once complete, in one transaction with its audit entry. A
   * refused or broken upload leaves nothing.
   */
  async function store(
    planId: string,
    target: AttachmentTarget,
    owner: { uploadedById: string } | { uploadedByPersonId: string; updateRequestId: string },
    actor: { actorId: string | null; actorPersonId?: string; via?: 'update-request' },
    file: IncomingFile,
  ): Promise<Attachment> {
    const hash = createHash('sha256');
    let attachmentId: string | null = null;
    let fileName = '';
    let size = 0;
    let seq = 0;
    try {
      for await (const chunk of chunksOf(file.bytes)) {
        if (attachmentId === null) {
          const mediaType = await sniffedType(chunk);
          if (!mediaType) throw wrongType();
          fileName = fileNameFor(file.fileName, mediaType);
          attachmentId = await repository.start({
            ...(target.kind === 'update'
              ? { statusUpdateId: target.statusUpdateId }
              : { findingJudgementId: target.findingJudgementId }),
            fileName,
            mediaType,
            ...owner,
          });
        }
        hash.update(chunk);
        size += chunk.length;
        await repository.addChunk(attachmentId, seq++, chunk);
      }
      if (attachmentId === null) {
        const message = 'The file is empty';
        throw new ValidationError(message, [{ path: 'body.file', message }]);
      }
      const id = attachmentId;
      const sha256 = hash.digest('hex');
      const { via, ...by } = actor;
      await writeTransaction(db, async (tx) => {
        await attachmentsRepository(tx).complete(id, size, sha256, now());
        await recordAudit(tx, {
          ...by,
          planId,
          entityType: 'attachment',
          entityId: id,
          operation: 'attach',
          after: { ...target, fileName, sizeBytes: size, sha256, ...(via ? { via } : {}) },
        });
      });
      return (await repository.get(id))!;
    } catch (error) {
      if (attachmentId) await repository.discard(attachmentId);
      throw error;
    }
  }

  return {
    /** Attaches a file to an update (its action's leads, or the manager) or a judgement (the manager). */
    async attach(user: SessionUser, target: AttachmentTarget, file: IncomingFile): Promise<Attachment> {
      const planId = await planOf(user, target);
      return store(planId, target, { uploadedById: user.id }, { actorId: user.id }, file);
    },

    /**
     * A lead attaches a file through their emailed link (decision 051) to their update of one of
     * their due actions in the link's month: the caller has checked the action is on the link. The
     * same types, size and storing as `attach`; audited as the lead's, via the link.
     */
    async attachAsLead(lead: LinkLead, actionId: string, file: IncomingFile): Promise<Attachment> {
      const update = await repository.latestUpdateIn(actionId, lead.period);
      if (!update || update.planId !== lead.planId)
        throw new ConflictError('Give this month’s update for this action before attaching evidence to it');
      return store(
        lead.planId,
        { kind: 'update', actionId, statusUpdateId: update.id },
        { uploadedByPersonId: lead.person.id, updateRequestId: lead.requestId },
        { actorId: null, actorPersonId: lead.person.id, via: 'update-request' },
        file,
      );
    },

    /** The files a lead attached through their links to the link's plan in its month. */
    byLead: (lead: LinkLead) => repository.byPersonInPeriod(lead.person.id, lead.planId, lead.period),

    /** A lead removes a file they attached through a link to the link's month, while it is open. */
    removeAsLead: (lead: LinkLead, attachmentId: string, reason: string) =>
      removeAttachment(db, now, { lead }, attachmentId, reason),

    /** An action's files, and what was removed from its updates. */
    async forAction(actionId: string): Promise<AttachmentList> {
      return {
        attachments: await repository.forAction(actionId),
        removed: await repository.removedForAction(actionId),
      };
    },

    /** Removes a file attached by mistake (remove-attachment.ts). */
    remove: (user: SessionUser, attachmentId: string, reason: string) =>
      removeAttachment(db, now, { user }, attachmentId, reason),

    /**
     * The manager puts a file of an action's update on the public page (shown there only while the
     * action's summary is published) or takes it off; audited.
     */
    async setPublic(actorId: string, attachmentId: string, on: boolean): Promise<Attachment> {
      const found = await repository.get(attachmentId);
      if (!found) throw new NotFoundError('File');
      if (!found.planId)
        throw new ConflictError('Only evidence on an action’s update can go on the public page');
      const planId = found.planId;
      if (found.publicApproved === on) return found;
      await writeTransaction(db, async (tx) => {
        const at = now();
        await attachmentsRepository(tx).setPublic(attachmentId, on ? { at, by: actorId } : null);
        // A plan change: the public page's cached copy is read again.
        await recordPlanChange(tx, {
          actorId,
          planId,
          entityType: 'attachment',
          entityId: attachmentId,
          operation: on ? 'approve-public' : 'withdraw-public',
          after: { publicApproved: on },
        });
      });
      return (await repository.get(attachmentId))!;
    },

    /** A file the public may download: approved, its action's summary published on a public page. */
    async publicFile(planId: string, attachmentId: string) {
      const found = await repository.get(attachmentId);
      const published = found?.actionId
        ? (await repository.publicForActions(await publishedActionIds(db, planId, [found.actionId]))).some(
            (f) => f.id === attachmentId,
          )
        : false;
      if (!found || !published) throw new NotFoundError('File');
      return found;
    },

    async file(attachmentId: string) {
      const found = await repository.get(attachmentId);
      if (!found) throw new NotFoundError('File');
      return found;
    },

    /** The file's bytes as a stream, a chunk read from the database at a time. */
    async *bytes(attachmentId: string): AsyncGenerator<Buffer> {
      for (let seq = 0; ; seq++) {
        const chunk = await repository.chunk(attachmentId, seq);
        if (!chunk) return;
        yield chunk;
      }
    },
  };
}
