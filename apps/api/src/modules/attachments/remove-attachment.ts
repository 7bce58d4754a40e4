import type { AttachmentRemoved, PlanState, SessionUser } from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { type AuditRecord, recordAudit, recordPlanChange } from '../../journal';
import { AppError, NotFoundError } from '../../plugins/errors';
import { closedPlanError } from '../plans';
import { updateRights } from '../status-updates';
import { attachmentsRepository } from './attachments.repository';

/**
 * Who may remove a file: the manager, any file, even on a closed plan (what must go must go);
 * the one who attached a file to an update, while they may still update its action.
 */
async function mayRemove(
  db: Db,
  user: SessionUser,
  file: { uploadedById: string; actionId: string | null; planState: PlanState },
): Promise<void> {
  if (user.role === 'manager') return;
  const refused = new AppError(
    403,
    'forbidden',
    file.actionId
      ? 'Only the person who attached this file, while they may update the action, and the partnership manager can remove it'
      : 'Only the partnership manager can remove evidence from a judgement',
  );
  if (!file.actionId || file.uploadedById !== user.id) throw refused;
  if (!(await updateRights(db, user, file.actionId)).update) throw refused;
  if (file.planState === 'closed') throw closedPlanError();
}

/**
 * Removes a file attached by mistake (decision 035): its bytes are erased and it is listed and
 * served no more, while its row and audit entry keep its name, size, hash, who removed it, when
 * and why. One transaction; of two removals at once, one marks the file and the other finds
 * nothing to mark (404), so there is one audit entry.
 */
export async function removeAttachment(
  db: Db,
  now: () => Date,
  user: SessionUser,
  attachmentId: string,
  reason: string,
): Promise<AttachmentRemoved> {
  const found = await attachmentsRepository(db).forRemoval(attachmentId);
  if (!found) throw new NotFoundError('File');
  await mayRemove(db, user, found);
  await writeTransaction(db, async (tx) => {
    const files = attachmentsRepository(tx);
    if (!(await files.markRemoved(attachmentId, { at: now(), by: user.id, reason })))
      throw new NotFoundError('File');
    await files.eraseBytes(attachmentId);
    const entry: AuditRecord & { planId: string } = {
      actorId: user.id,
      planId: found.planId,
      entityType: 'attachment',
      entityId: attachmentId,
      operation: 'remove',
      before: {
        fileName: found.fileName,
        sizeBytes: found.sizeBytes,
        sha256: found.sha256,
        publicApproved: found.publicApprovedAt !== null,
      },
      after: { reason },
    };
    // A file of an action's update is a plan change: the public page's cached copy is read again.
    if (found.actionId) await recordPlanChange(tx, entry);
    else await recordAudit(tx, entry);
  });
  return { removed: { id: attachmentId, fileName: found.fileName } };
}
