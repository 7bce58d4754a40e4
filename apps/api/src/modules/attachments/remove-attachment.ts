import type { AttachmentRemoved, SessionUser } from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { type AuditRecord, recordAudit, recordPlanChange } from '../../journal';
import { AppError, NotFoundError } from '../../plugins/errors';
import { closedPlanError } from '../plans';
import { updateRights } from '../status-updates';
import { attachmentsRepository } from './attachments.repository';
import type { LinkLead } from './attachments.service';

type Remover = { user: SessionUser } | { lead: LinkLead };
type Found = NonNullable<Awaited<ReturnType<ReturnType<typeof attachmentsRepository>['forRemoval']>>>;

/**
 * Who may remove a file: the manager, any file, even on a closed plan (what must go must go);
 * the one who attached a file to an update, while they may still update its action; a lead
 * through their emailed link, a file they attached to an update of the link's plan and month
 * (the link works only while that month takes updates).
 */
async function mayRemove(db: Db, remover: Remover, file: Found): Promise<void> {
  if ('lead' in remover) {
    const { lead } = remover;
    if (
      file.uploadedByPersonId !== lead.person.id ||
      file.planId !== lead.planId ||
      file.period !== lead.period
    )
      throw new AppError(
        403,
        'forbidden',
        'Through this link you can remove only files you attached to this month’s updates',
      );
    return;
  }
  const { user } = remover;
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
  remover: Remover,
  attachmentId: string,
  reason: string,
): Promise<AttachmentRemoved> {
  const found = await attachmentsRepository(db).forRemoval(attachmentId);
  if (!found) throw new NotFoundError('File');
  await mayRemove(db, remover, found);
  const by =
    'user' in remover
      ? { removal: { by: remover.user.id }, actor: { actorId: remover.user.id } }
      : {
          removal: { byPerson: remover.lead.person.id },
          actor: { actorId: null, actorPersonId: remover.lead.person.id },
        };
  await writeTransaction(db, async (tx) => {
    const files = attachmentsRepository(tx);
    if (!(await files.markRemoved(attachmentId, { at: now(), reason, ...by.removal })))
      throw new NotFoundError('File');
    await files.eraseBytes(attachmentId);
    const entry: AuditRecord & { planId: string } = {
      ...by.actor,
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
      after: { reason, ...('lead' in remover ? { via: 'update-request' } : {}) },
    };
    // A file of an action's update is a plan change: the public page's cached copy is read again.
    if (found.actionId) await recordPlanChange(tx, entry);
    else await recordAudit(tx, entry);
  });
  return { removed: { id: attachmentId, fileName: found.fileName } };
}
