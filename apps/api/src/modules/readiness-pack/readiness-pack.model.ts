import {
  dueWords,
  FINDING_JUDGEMENT_DEFINITIONS,
  type Finding,
  type FindingAction,
  type FindingJudgementEntry,
  formatFileSize,
  formatMonth,
  isBehind,
  LATENESS,
  lateness,
  STATUS_DEFINITIONS,
} from '@ragboard/shared';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { plans, statusUpdates } from '../../db/schema';
import { NotFoundError } from '../../plugins/errors';
import { attachmentsRepository } from '../attachments';
import { findingsRepository } from '../findings';

/** A file of evidence as the pack lists it: what, where it is attached, by whom and when. */
export interface PackEvidence {
  fileName: string;
  kind: string;
  attachedTo: string;
  addedBy: string;
  addedAt: string;
}

export interface PackFinding {
  finding: Finding;
  /** Oldest first: the order the judgements were made. */
  judgements: FindingJudgementEntry[];
  actions: FindingAction[];
  evidence: PackEvidence[];
  /** Since the latest judgement's month: what an inspector asks first. */
  sinceLatest: { month: string | null; updates: number; newEvidence: number };
}

export interface ReadinessPack {
  planTitle: string;
  madeAt: Date;
  findings: PackFinding[];
}

/** A KPI measuring the finding, in words: its baseline and latest actual. */
export const kpiWords = (k: Finding['kpis'][number]) =>
  `Baseline ${k.baseline ?? 'none'}; latest ${k.latest ? `${k.latest.value} (${formatMonth(k.latest.period)})` : 'no value yet'}`;

export const judgementWords = (j: FindingJudgementEntry) =>
  `${formatMonth(j.month)}: ${FINDING_JUDGEMENT_DEFINITIONS[j.judgement].label}`;
/** "Amber (delayed); Due May 2025, new date 31 May 2027; past its original date, new date agreed" */
export const actionStatusWords = (a: FindingAction) =>
  [
    `${a.status} (${STATUS_DEFINITIONS[a.status].label.toLowerCase()})`,
    dueWords(a),
    ...(isBehind(a) ? [LATENESS[lateness(a)].toLowerCase()] : []),
  ].join('; ');

/** One line of the cover per finding: its latest judgement, and what happened since. */
export function coverLine({ finding, sinceLatest }: PackFinding): string {
  const latest = finding.judgement;
  const head = `${finding.ref} ${finding.title}: ${latest ? `${FINDING_JUDGEMENT_DEFINITIONS[latest.judgement].label} at ${formatMonth(latest.month)}` : 'not yet judged'}.`;
  const since = latest ? `Since ${formatMonth(latest.month)}` : 'So far';
  return `${head} ${since}: ${sinceLatest.updates} status update${sinceLatest.updates === 1 ? '' : 's'} on its actions, ${sinceLatest.newEvidence} new file${sinceLatest.newEvidence === 1 ? '' : 's'} of evidence.`;
}

/**
 * Everything the pack says, read once: for each finding of the plan (and its chain), its
 * judgements over time, the actions that address it across plans with their latest notes, the
 * evidence on those actions' updates and on its judgements, and what changed since its latest
 * judgement.
 */
export async function readinessPackModel(db: Db, planId: string, now: Date): Promise<ReadinessPack> {
  const [plan] = await db.select({ title: plans.title }).from(plans).where(eq(plans.id, planId));
  if (!plan) throw new NotFoundError('Plan');
  const found = await findingsRepository(db).forPlan(planId, now);
  // Three reads for the whole pack, however many findings: files on updates, files on
  // judgements, and the updates given (not superseded) on the findings' actions.
  const allActionIds = [...new Set(found.flatMap((f) => f.actions.map((a) => a.id)))];
  const files = attachmentsRepository(db);
  const onUpdates = await files.forActions(allActionIds);
  const onJudgements = await files.forJudgements(found.flatMap((f) => f.judgements.map((j) => j.id)));
  const given =
    allActionIds.length === 0
      ? []
      : await db
          .select({ actionId: statusUpdates.actionId, period: statusUpdates.period })
          .from(statusUpdates)
          .where(and(inArray(statusUpdates.actionId, allActionIds), isNull(statusUpdates.supersededById)));
  const packFindings = found.map((finding): PackFinding => {
    const refOf = new Map(finding.actions.map((a) => [a.id, a.ref]));
    const monthOf = new Map(finding.judgements.map((j) => [j.id, j.month]));
    const evidence = [
      ...onJudgements
        .filter((f) => monthOf.has(f.findingJudgementId!))
        .map((f) => ({
          file: f,
          attachedTo: `Judgement of ${formatMonth(monthOf.get(f.findingJudgementId!)!)}`,
        })),
      ...onUpdates
        .filter((f) => refOf.has(f.actionId))
        .map((f) => ({
          file: f,
          attachedTo: `Action ${refOf.get(f.actionId)}, update for ${formatMonth(f.period)}`,
        })),
    ].sort((a, b) => a.file.createdAt.localeCompare(b.file.createdAt));
    const latest = finding.judgement;
    const updatesSince = given.filter(
      (u) => refOf.has(u.actionId) && (!latest || u.period > latest.month),
    ).length;
    return {
      finding,
      judgements: [...finding.judgements].reverse(),
      actions: finding.actions,
      evidence: evidence.map(({ file, attachedTo }) => ({
        fileName: file.fileName,
        kind: formatFileSize(file.sizeBytes),
        attachedTo,
        addedBy: file.uploadedBy,
        addedAt: file.createdAt.slice(0, 10),
      })),
      sinceLatest: {
        month: latest?.month ?? null,
        updates: updatesSince,
        newEvidence: latest
          ? evidence.filter((e) => e.file.createdAt > latest.createdAt).length
          : evidence.length,
      },
    };
  });
  return { planTitle: plan.title, madeAt: now, findings: packFindings };
}
