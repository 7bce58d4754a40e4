import {
  type CreateFindingBody,
  type Finding,
  monthOf,
  type RecordFindingJudgementBody,
  type UpdateFindingBody,
} from '@ragboard/shared';
import { and, inArray } from 'drizzle-orm';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { kpis } from '../../db/schema';
import { unlessUniqueViolation } from '../../db/unique-violation';
import { recordPlanChange } from '../../journal';
import { ConflictError, NotFoundError, StaleVersionError, ValidationError } from '../../plugins/errors';
import { assertIfMatch } from '../../plugins/etag';
import { actionsRepository } from '../actions';
import { plansRepository } from '../plans';
import { findingsRepository } from './findings.repository';

const refClash = (ref: string) => () => new ConflictError(`Another finding of this plan is numbered ${ref}`);

/** Inspection findings of a plan (the manager keeps them), their judgements over time, and their actions. */
export function findingsService(db: Db, now: () => Date) {
  async function load(tx: Db, findingId: string): Promise<Finding> {
    const finding = await findingsRepository(tx).detail(findingId, now());
    if (!finding) throw new NotFoundError('Finding');
    return finding;
  }

  /**
   * Linked actions must be actions of the finding's plan or of the plans before it in its chain: a
   * finding's evidence trail runs from the plan that first answered it to today's.
   */
  async function assertPlanActions(tx: Db, planId: string, actionIds: string[]) {
    if (actionIds.length === 0) return;
    const chain = (await plansRepository(tx).lineage(planId)).map((p) => p.id);
    if ((await actionsRepository(tx).countInPlan(chain, actionIds)) !== actionIds.length) {
      const message = 'Choose actions of this plan or of the plans it follows';
      throw new ValidationError(message, [{ path: 'body.actionIds', message }]);
    }
  }

  /** Linked KPIs must be KPIs of the finding's plan or of the plans before it in its chain. */
  async function assertPlanKpis(tx: Db, planId: string, kpiIds: string[]) {
    if (kpiIds.length === 0) return;
    const chain = (await plansRepository(tx).lineage(planId)).map((p) => p.id);
    const found = await tx
      .select({ id: kpis.id })
      .from(kpis)
      .where(and(inArray(kpis.id, kpiIds), inArray(kpis.planId, chain)));
    if (found.length !== kpiIds.length) {
      const message = 'Choose KPIs of this plan or of the plans it follows';
      throw new ValidationError(message, [{ path: 'body.kpiIds', message }]);
    }
  }

  async function assertRefFree(tx: Db, planId: string, ref: string, exceptId?: string) {
    if (await findingsRepository(tx).refTaken(planId, ref, exceptId)) throw refClash(ref)();
  }

  const audit = (actorId: string, operation: string, before: Finding | null, after: Finding | null) => {
    const finding = (after ?? before)!;
    return {
      actorId,
      planId: finding.planId,
      entityType: 'finding',
      entityId: finding.id,
      operation,
      before,
      after,
    };
  };

  return {
    async forPlan(planId: string): Promise<Finding[]> {
      if (!(await plansRepository(db).exists(planId))) throw new NotFoundError('Plan');
      return findingsRepository(db).forPlan(planId, now());
    },

    get: (findingId: string) => load(db, findingId),

    create: (actorId: string, planId: string, body: CreateFindingBody) =>
      unlessUniqueViolation(
        writeTransaction(db, async (tx) => {
          if (!(await plansRepository(tx).exists(planId))) throw new NotFoundError('Plan');
          await assertRefFree(tx, planId, body.ref);
          await assertPlanActions(tx, planId, body.actionIds ?? []);
          await assertPlanKpis(tx, planId, body.kpiIds ?? []);
          const repo = findingsRepository(tx);
          const id = await repo.insert({
            planId,
            ref: body.ref,
            title: body.title,
            description: body.description ?? null,
            source: body.source ?? null,
            position: await repo.nextPosition(planId),
            createdAt: now(),
            updatedAt: now(),
          });
          await repo.setActions(id, body.actionIds ?? []);
          await repo.setKpis(id, body.kpiIds ?? []);
          const after = await load(tx, id);
          await recordPlanChange(tx, audit(actorId, 'create', null, after));
          return after;
        }),
        refClash(body.ref),
      ),

    update: (actorId: string, findingId: string, body: UpdateFindingBody, ifMatch: number | null) =>
      unlessUniqueViolation(
        writeTransaction(db, async (tx) => {
          const before = await load(tx, findingId);
          assertIfMatch(ifMatch, before, 'finding');
          if (body.ref && body.ref !== before.ref)
            await assertRefFree(tx, before.planId, body.ref, findingId);
          if (body.actionIds) await assertPlanActions(tx, before.planId, body.actionIds);
          if (body.kpiIds) await assertPlanKpis(tx, before.planId, body.kpiIds);
          const { actionIds, kpiIds, position, ...fields } = body;
          const repo = findingsRepository(tx);
          if (!(await repo.update(findingId, before.version, fields, now()))) {
            throw new StaleVersionError('This finding was changed by someone else', before);
          }
          if (actionIds) await repo.setActions(findingId, actionIds);
          if (kpiIds) await repo.setKpis(findingId, kpiIds);
          if (position) await repo.placeAt(before.planId, findingId, position);
          const after = await load(tx, findingId);
          await recordPlanChange(tx, audit(actorId, 'update', before, after));
          return after;
        }),
        refClash(body.ref ?? ''),
      ),

    /** A finding already judged keeps its history: only one added by mistake may go. */
    remove: (actorId: string, findingId: string) =>
      writeTransaction(db, async (tx) => {
        const before = await load(tx, findingId);
        const repo = findingsRepository(tx);
        if (await repo.hasJudgements(findingId))
          throw new ConflictError('This finding has judgements: its history is kept');
        await repo.remove(findingId);
        await recordPlanChange(tx, audit(actorId, 'delete', before, null));
      }),

    /** Judgements are appended, never changed: the history of a finding is what a revisit reads. */
    recordJudgement: (actorId: string, findingId: string, body: RecordFindingJudgementBody) =>
      writeTransaction(db, async (tx) => {
        const before = await load(tx, findingId);
        if (body.month > monthOf(now())) {
          const message = 'A judgement cannot be in a month still to come';
          throw new ValidationError(message, [{ path: 'body.month', message }]);
        }
        await findingsRepository(tx).addJudgement({
          findingId,
          month: body.month,
          judgement: body.judgement,
          note: body.note || null,
          authorId: actorId,
          createdAt: now(),
        });
        const after = await load(tx, findingId);
        await recordPlanChange(tx, {
          ...audit(actorId, 'judge', null, after),
          before: before.judgement,
          after: after.judgements.find((j) => !before.judgements.some((b) => b.id === j.id)) ?? null,
        });
        return after;
      }),
  };
}
