import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { actions, planPublications, plans, publicSummaries } from '../db/schema';

/** A public summary the public may read: approved, with the words it was published with. */
export const approvedSummary = and(
  isNotNull(publicSummaries.approvedAt),
  isNotNull(publicSummaries.publishedSaid),
);

/** The public plan at `slug`, with its licence's address; null when there is none or it is not public. */
export async function findPublicPlan(db: Db, slug: string) {
  const [row] = await db
    .select({ planId: plans.id, licenceUrl: planPublications.licenceUrl })
    .from(planPublications)
    .innerJoin(plans, eq(plans.id, planPublications.planId))
    .where(and(eq(planPublications.slug, slug), eq(planPublications.public, true)));
  return row ?? null;
}

/** Of these actions, those whose summary is published on the plan's public page. */
export async function publishedActionIds(db: Db, planId: string, actionIds: string[]): Promise<string[]> {
  if (actionIds.length === 0) return [];
  const rows = await db
    .select({ id: actions.id })
    .from(publicSummaries)
    .innerJoin(actions, eq(actions.id, publicSummaries.actionId))
    .where(
      and(
        eq(publicSummaries.planId, planId),
        eq(actions.planId, planId),
        inArray(actions.id, actionIds),
        approvedSummary,
        isNull(actions.archivedAt),
      ),
    );
  return rows.map((r) => r.id);
}
