import type { ActionPosition, Finding, FindingJudgementEntry } from '@ragboard/shared';
import { and, asc, desc, eq, inArray, max, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  actionFindings,
  actions,
  findingJudgements,
  findingKpis,
  findings,
  kpis,
  kpiValues,
  outcomes,
  plans,
  priorities,
  statusUpdates,
  users,
} from '../../db/schema';
import { loadPositionSource, planMonths, positionReader } from '../../read-model';
import { placeAt, plansRepository } from '../plans';

type FindingRow = typeof findings.$inferSelect;

const withoutNote = ({ note: _, ...position }: ActionPosition) => position;

/** Findings with their judgements and the actions that address them: three queries for any number. */
export function findingsRepository(db: Db) {
  async function load(rows: FindingRow[], today: Date): Promise<Finding[]> {
    const ids = rows.map((f) => f.id);
    if (ids.length === 0) return [];
    const judgements = await db
      .select({ judgement: findingJudgements, recordedBy: users.displayName })
      .from(findingJudgements)
      .leftJoin(users, eq(users.id, findingJudgements.authorId))
      .where(inArray(findingJudgements.findingId, ids))
      .orderBy(desc(findingJudgements.month), desc(findingJudgements.createdAt));
    const links = await db
      .select({
        findingId: actionFindings.findingId,
        action: actions,
        plan: {
          id: plans.id,
          title: plans.title,
          periodStart: plans.periodStart,
          periodEnd: plans.periodEnd,
          state: plans.state,
        },
        notePeriod: statusUpdates.period,
        note: statusUpdates.note,
      })
      .from(actionFindings)
      .innerJoin(actions, eq(actions.id, actionFindings.actionId))
      .innerJoin(plans, eq(plans.id, actions.planId))
      .innerJoin(outcomes, eq(outcomes.id, actions.outcomeId))
      .innerJoin(priorities, eq(priorities.id, outcomes.priorityId))
      .leftJoin(statusUpdates, eq(statusUpdates.id, actions.currentUpdateId))
      .where(inArray(actionFindings.findingId, ids))
      // The evidence trail in time: the earliest plan's actions first.
      .orderBy(
        asc(plans.periodStart),
        asc(plans.createdAt),
        asc(priorities.position),
        asc(outcomes.position),
        asc(actions.position),
      );
    const measures = await db
      .select({ findingId: findingKpis.findingId, kpi: kpis })
      .from(findingKpis)
      .innerJoin(kpis, eq(kpis.id, findingKpis.kpiId))
      .where(inArray(findingKpis.findingId, ids))
      .orderBy(asc(kpis.position));
    const latestValues = measures.length
      ? await db
          .selectDistinctOn([kpiValues.kpiId], {
            kpiId: kpiValues.kpiId,
            period: kpiValues.period,
            value: kpiValues.value,
          })
          .from(kpiValues)
          .where(
            inArray(
              kpiValues.kpiId,
              measures.map((m) => m.kpi.id),
            ),
          )
          .orderBy(kpiValues.kpiId, desc(kpiValues.period))
      : [];
    const linked = [...new Set(links.map((l) => l.action.id))];
    const positions = positionReader(await loadPositionSource(db, inArray(actions.id, linked)));
    const months = await planMonths(db, [...new Map(links.map((l) => [l.plan.id, l.plan])).values()], today);
    return rows.map((f) => {
      const history = judgements
        .filter((j) => j.judgement.findingId === f.id)
        .map(
          ({ judgement: j, recordedBy }): FindingJudgementEntry => ({
            id: j.id,
            month: j.month,
            judgement: j.judgement,
            note: j.note,
            recordedBy,
            createdAt: j.createdAt.toISOString(),
          }),
        );
      return {
        id: f.id,
        planId: f.planId,
        ref: f.ref,
        title: f.title,
        description: f.description,
        source: f.source,
        position: f.position,
        judgement: history[0] ?? null,
        judgements: history,
        actions: links
          .filter((l) => l.findingId === f.id)
          .map(({ action: a, plan, note, notePeriod }) => ({
            id: a.id,
            plan: { id: plan.id, title: plan.title },
            ref: a.ref,
            title: a.title,
            ...withoutNote(positions.at(a, { month: months.get(plan.id)!, today, planEnd: plan.periodEnd })),
            latestNote: note && notePeriod ? { period: notePeriod, text: note } : null,
            archived: a.archivedAt !== null,
          })),
        kpis: measures
          .filter((m) => m.findingId === f.id)
          .map(({ kpi }) => {
            const latest = latestValues.find((v) => v.kpiId === kpi.id);
            return {
              id: kpi.id,
              ref: kpi.outcomeRef,
              statement: kpi.statement,
              baseline: kpi.baselineValue,
              latest: latest ? { period: latest.period, value: latest.value } : null,
            };
          }),
        version: f.version,
      };
    });
  }

  async function where(scope: SQL, today: Date) {
    const rows = await db
      .select()
      .from(findings)
      .where(scope)
      .orderBy(asc(findings.position), asc(findings.ref));
    return load(rows, today);
  }

  async function idsInOrder(planId: string): Promise<string[]> {
    const rows = await db
      .select({ id: findings.id })
      .from(findings)
      .where(eq(findings.planId, planId))
      .orderBy(asc(findings.position), asc(findings.ref));
    return rows.map((r) => r.id);
  }

  return {
    /**
     * The plan's findings: those it holds, and those of the partnership's later plans in its chain
     * (a finding moves on with the plan that carries its work forward), or that its actions address.
     */
    async forPlan(planId: string, today: Date) {
      const later = await plansRepository(db).successorIds(planId);
      return where(
        or(
          inArray(findings.planId, [planId, ...later]),
          inArray(
            findings.id,
            db
              .select({ id: actionFindings.findingId })
              .from(actionFindings)
              .innerJoin(actions, eq(actions.id, actionFindings.actionId))
              .where(eq(actions.planId, planId)),
          ),
        )!,
        today,
      );
    },

    async detail(id: string, today: Date): Promise<Finding | null> {
      const [finding] = await where(eq(findings.id, id), today);
      return finding ?? null;
    },

    /** Puts the finding at `position` (from 1, clamped) among its plan's findings, numbering them all. */
    async placeAt(planId: string, findingId: string, position: number) {
      await placeAt(db, findings, await idsInOrder(planId), findingId, position);
    },

    async refTaken(planId: string, ref: string, exceptId?: string): Promise<boolean> {
      const rows = await db
        .select({ id: findings.id })
        .from(findings)
        .where(and(eq(findings.planId, planId), eq(findings.ref, ref)));
      return rows.some((r) => r.id !== exceptId);
    },

    async nextPosition(planId: string): Promise<number> {
      const [row] = await db
        .select({ last: max(findings.position) })
        .from(findings)
        .where(eq(findings.planId, planId));
      return (row?.last ?? 0) + 1;
    },

    async insert(values: typeof findings.$inferInsert): Promise<string> {
      const [row] = await db.insert(findings).values(values).returning({ id: findings.id });
      return row!.id;
    },

    /** Writes only when the version still matches; false means someone else changed it first. */
    async update(id: string, version: number, values: Partial<typeof findings.$inferInsert>, now: Date) {
      const [row] = await db
        .update(findings)
        .set({ ...values, updatedAt: now, version: sql`${findings.version} + 1` })
        .where(and(eq(findings.id, id), eq(findings.version, version)))
        .returning({ id: findings.id });
      return Boolean(row);
    },

    async setKpis(findingId: string, kpiIds: string[]) {
      await db.delete(findingKpis).where(eq(findingKpis.findingId, findingId));
      if (kpiIds.length) await db.insert(findingKpis).values(kpiIds.map((kpiId) => ({ kpiId, findingId })));
    },

    async setActions(findingId: string, actionIds: string[]) {
      await db.delete(actionFindings).where(eq(actionFindings.findingId, findingId));
      if (actionIds.length)
        await db.insert(actionFindings).values(actionIds.map((actionId) => ({ actionId, findingId })));
    },

    async hasJudgements(findingId: string): Promise<boolean> {
      const [row] = await db
        .select({ id: findingJudgements.id })
        .from(findingJudgements)
        .where(eq(findingJudgements.findingId, findingId))
        .limit(1);
      return Boolean(row);
    },

    async remove(findingId: string) {
      await db.delete(actionFindings).where(eq(actionFindings.findingId, findingId));
      await db.delete(findings).where(eq(findings.id, findingId));
    },

    async addJudgement(values: typeof findingJudgements.$inferInsert) {
      await db.insert(findingJudgements).values(values);
    },
  };
}
