import type { CreatePlanBody, Plan, PlanTree, UpdatePlanBody } from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { unlessUniqueViolation } from '../../db/unique-violation';
import { recordPlanChange } from '../../journal';
import { ConflictError, NotFoundError, ValidationError } from '../../plugins/errors';
import { assertIfMatch } from '../../plugins/etag';
import type { RefChange } from './plan-items';
import { type PlanRefChanges, type PlanRow, plansRepository } from './plans.repository';

export function toPlan(row: PlanRow): Plan {
  const { id, slug, title, periodStart, periodEnd, state, predecessorId, signOffNeedsEvidence, version } =
    row;
  return { id, slug, title, periodStart, periodEnd, state, predecessorId, signOffNeedsEvidence, version };
}

/** "Continuous Improvement Plan 2023 - 2024" → "continuous-improvement-plan-2023-2024". */
export function slugFromTitle(title: string): string {
  return title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
}

const slugClash = (slug: string) => new ConflictError(`Another plan already has the address "${slug}"`);

/** Plans: creating, editing, archiving and renumbering. Every write bumps the plan's revision. */
export function plansService(db: Db, now: () => Date) {
  async function lock(tx: Db, planId: string): Promise<PlanRow> {
    const row = await plansRepository(tx).lock(planId);
    if (!row) throw new NotFoundError('Plan');
    return row;
  }

  async function write(
    tx: Db,
    actorId: string,
    before: PlanRow,
    values: Partial<PlanRow>,
    operation: string,
  ) {
    const after = toPlan(await plansRepository(tx).update(before.id, values, now()));
    await recordPlanChange(tx, {
      actorId,
      planId: before.id,
      entityType: 'plan',
      entityId: before.id,
      operation,
      before: toPlan(before),
      after,
    });
    return after;
  }

  return {
    async create(actorId: string, body: CreatePlanBody): Promise<Plan> {
      const slug = body.slug ?? slugFromTitle(body.title);
      if (!slug) {
        throw new ValidationError('The plan needs an address', [
          { path: 'body.slug', message: 'Give the plan an address of letters and digits' },
        ]);
      }
      const work = writeTransaction(db, async (tx) => {
        const repo = plansRepository(tx);
        if (await repo.slugTaken(slug)) throw slugClash(slug);
        const plan = toPlan(
          await repo.insert({
            slug,
            title: body.title,
            periodStart: body.periodStart,
            periodEnd: body.periodEnd,
          }),
        );
        await recordPlanChange(tx, {
          actorId,
          planId: plan.id,
          entityType: 'plan',
          entityId: plan.id,
          operation: 'create',
          after: plan,
        });
        return plan;
      });
      return unlessUniqueViolation(work, () => slugClash(slug));
    },

    update: (actorId: string, planId: string, body: UpdatePlanBody, ifMatch: number | null) =>
      writeTransaction(db, async (tx) => {
        const before = await lock(tx, planId);
        assertIfMatch(ifMatch, before, 'plan', toPlan(before));
        const start = body.periodStart ?? before.periodStart;
        const end = body.periodEnd ?? before.periodEnd;
        if (start > end) {
          const field = body.periodEnd ? 'periodEnd' : 'periodStart';
          throw new ValidationError('The plan must end in or after the month it starts', [
            { path: `body.${field}`, message: 'The plan must end in or after the month it starts' },
          ]);
        }
        return write(tx, actorId, before, body, 'update');
      }),

    archive: (actorId: string, planId: string) =>
      writeTransaction(db, async (tx) => {
        const before = await lock(tx, planId);
        if (before.state === 'archived') return toPlan(before);
        return write(tx, actorId, before, { state: 'archived' }, 'archive');
      }),

    /** Refs rewritten from positions (1, 1.1, 1.1.1) for every live item, all or nothing. */
    async renumber(actorId: string, planId: string): Promise<PlanTree> {
      const work = writeTransaction(db, async (tx) => {
        await lock(tx, planId);
        const repo = plansRepository(tx);
        const live = await repo.liveRefs(planId);
        const refs = new Map(live.priorities.map((p, i) => [p.id, String(i + 1)]));
        const number = (rows: { id: string; ref: string; parentId: string }[]) => {
          const changes: RefChange[] = [];
          const counts = new Map<string, number>();
          for (const row of rows) {
            const parentRef = refs.get(row.parentId);
            if (!parentRef) continue;
            const n = (counts.get(row.parentId) ?? 0) + 1;
            counts.set(row.parentId, n);
            refs.set(row.id, `${parentRef}.${n}`);
            if (row.ref !== `${parentRef}.${n}`)
              changes.push({ id: row.id, from: row.ref, to: `${parentRef}.${n}` });
          }
          return changes;
        };
        const changed: PlanRefChanges = {
          priorities: live.priorities
            .filter((p) => p.ref !== refs.get(p.id))
            .map((p) => ({ id: p.id, from: p.ref, to: refs.get(p.id)! })),
          outcomes: number(live.outcomes),
          actions: number(live.actions),
        };
        await repo.rewriteRefs(changed, now());
        await plansRepository(tx).followOutcomeRefs(planId, changed.outcomes);
        await recordPlanChange(tx, {
          actorId,
          planId,
          entityType: 'plan',
          entityId: planId,
          operation: 'renumber',
          after: changed,
        });
      });
      // Only a live item under an archived parent keeps its ref and could stand in the way.
      await unlessUniqueViolation(
        work,
        () => new ConflictError('Two live items would share a ref: archive or renumber them by hand'),
      );
      const tree = await plansRepository(db).tree(planId, now());
      if (!tree) throw new NotFoundError('Plan');
      return tree;
    },
  };
}
