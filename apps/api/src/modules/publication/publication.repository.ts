import {
  DEFAULT_LICENCE,
  type GlossaryTerm,
  type PublicationSettings,
  type PublicItemKind,
  type PublicSummary,
} from '@ragboard/shared';
import { aliasedTable, and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  actions,
  glossaryTerms,
  kpis,
  outcomes,
  planPublications,
  plans,
  priorities,
  publicSummaries,
  users,
} from '../../db/schema';

const writer = aliasedTable(users, 'writer');
const approver = aliasedTable(users, 'approver');

type SummaryRow = typeof publicSummaries.$inferSelect;
type PublicationRow = typeof planPublications.$inferSelect;
type TermRow = typeof glossaryTerms.$inferSelect;
export type SummaryValues = Partial<typeof publicSummaries.$inferInsert>;
type SettingsValues = Pick<
  PublicationRow,
  'public' | 'slug' | 'showLeadNames' | 'licenceName' | 'licenceUrl'
>;

export const toTerm = ({ id, term, expansion, version }: TermRow): GlossaryTerm => ({
  id,
  term,
  expansion,
  version,
});

export function toSettings(
  planId: string,
  row: PublicationRow | null,
  planSlug: string,
): PublicationSettings {
  return {
    planId,
    public: row?.public ?? false,
    slug: row?.slug ?? planSlug,
    showLeadNames: row?.showLeadNames ?? false,
    licenceName: row?.licenceName ?? DEFAULT_LICENCE.name,
    licenceUrl: row ? row.licenceUrl : DEFAULT_LICENCE.url,
    version: row?.version ?? 0,
  };
}

interface ItemRow {
  itemId: string;
  planId: string;
  ref: string;
  title: string;
  summary: SummaryRow | null;
  writtenBy: string | null;
  approvedBy: string | null;
}

function toSummary(kind: PublicItemKind, row: ItemRow): PublicSummary {
  const s = row.summary;
  const published =
    s?.approvedAt && s.publishedSaid !== null && s.publishedHappened !== null
      ? {
          said: s.publishedSaid,
          happened: s.publishedHappened,
          approvedBy: row.approvedBy,
          approvedAt: s.approvedAt.toISOString(),
        }
      : null;
  return {
    kind,
    itemId: row.itemId,
    planId: row.planId,
    ref: row.ref,
    title: row.title,
    said: s?.said ?? '',
    happened: s?.happened ?? '',
    writtenBy: row.writtenBy,
    writtenAt: s?.writtenAt?.toISOString() ?? null,
    published,
    changedSinceApproval:
      published !== null && (published.said !== s!.said || published.happened !== s!.happened),
    version: s?.version ?? 0,
  };
}

/** Reads of a plan's publication: its settings, glossary, and each item's summary for the public. */
export function publicationRepository(db: Db) {
  const people = {
    writtenBy: writer.displayName,
    approvedBy: approver.displayName,
  };

  function actionItems(scope: SQL) {
    return db
      .select({
        itemId: actions.id,
        planId: actions.planId,
        ref: actions.ref,
        title: actions.title,
        summary: publicSummaries,
        ...people,
      })
      .from(actions)
      .innerJoin(outcomes, eq(outcomes.id, actions.outcomeId))
      .innerJoin(priorities, eq(priorities.id, outcomes.priorityId))
      .leftJoin(publicSummaries, eq(publicSummaries.actionId, actions.id))
      .leftJoin(writer, eq(writer.id, publicSummaries.writtenById))
      .leftJoin(approver, eq(approver.id, publicSummaries.approvedById))
      .where(and(scope, isNull(actions.archivedAt)))
      .orderBy(asc(priorities.position), asc(outcomes.position), asc(actions.position));
  }

  function kpiItems(scope: SQL) {
    return db
      .select({
        itemId: kpis.id,
        planId: kpis.planId,
        ref: kpis.outcomeRef,
        title: kpis.statement,
        summary: publicSummaries,
        ...people,
      })
      .from(kpis)
      .leftJoin(publicSummaries, eq(publicSummaries.kpiId, kpis.id))
      .leftJoin(writer, eq(writer.id, publicSummaries.writtenById))
      .leftJoin(approver, eq(approver.id, publicSummaries.approvedById))
      .where(and(scope, isNull(kpis.archivedAt)))
      .orderBy(asc(kpis.position));
  }

  return {
    /** The plan's settings, as saved or (version 0) as they would start; null for no such plan. */
    async settings(planId: string): Promise<PublicationSettings | null> {
      const [row] = await db
        .select({ slug: plans.slug, publication: planPublications })
        .from(plans)
        .leftJoin(planPublications, eq(planPublications.planId, plans.id))
        .where(eq(plans.id, planId));
      return row ? toSettings(planId, row.publication, row.slug) : null;
    },

    /** The first save of a plan's settings; null when another first save got there before. */
    async insertSettings(planId: string, values: SettingsValues): Promise<PublicationRow | null> {
      const [row] = await db
        .insert(planPublications)
        .values({ planId, ...values })
        .onConflictDoNothing({ target: planPublications.planId })
        .returning();
      return row ?? null;
    },

    /** Null when the settings are no longer at `version`: someone else changed them first. */
    async updateSettings(
      planId: string,
      version: number,
      values: SettingsValues,
      now: Date,
    ): Promise<PublicationRow | null> {
      const [row] = await db
        .update(planPublications)
        .set({ ...values, updatedAt: now, version: sql`${planPublications.version} + 1` })
        .where(and(eq(planPublications.planId, planId), eq(planPublications.version, version)))
        .returning();
      return row ?? null;
    },

    async slugTaken(slug: string, planId: string): Promise<boolean> {
      const [row] = await db
        .select({ planId: planPublications.planId })
        .from(planPublications)
        .where(and(eq(planPublications.slug, slug), sql`${planPublications.planId} <> ${planId}`));
      return Boolean(row);
    },

    async glossary(planId: string): Promise<GlossaryTerm[]> {
      const rows = await db
        .select()
        .from(glossaryTerms)
        .where(eq(glossaryTerms.planId, planId))
        .orderBy(asc(sql`lower(${glossaryTerms.term})`), asc(glossaryTerms.term));
      return rows.map(toTerm);
    },

    async term(termId: string) {
      const [row] = await db.select().from(glossaryTerms).where(eq(glossaryTerms.id, termId));
      return row ?? null;
    },

    async insertTerm(values: typeof glossaryTerms.$inferInsert): Promise<TermRow> {
      const [row] = await db.insert(glossaryTerms).values(values).returning();
      return row!;
    },

    /** Null when the term is no longer at `version`: someone else changed it first. */
    async updateTerm(
      termId: string,
      version: number,
      values: Partial<typeof glossaryTerms.$inferInsert>,
      now: Date,
    ): Promise<TermRow | null> {
      const [row] = await db
        .update(glossaryTerms)
        .set({ ...values, updatedAt: now, version: sql`${glossaryTerms.version} + 1` })
        .where(and(eq(glossaryTerms.id, termId), eq(glossaryTerms.version, version)))
        .returning();
      return row ?? null;
    },

    async deleteTerm(termId: string) {
      await db.delete(glossaryTerms).where(eq(glossaryTerms.id, termId));
    },

    async termTaken(planId: string, term: string, exceptId?: string): Promise<boolean> {
      const [row] = await db
        .select({ id: glossaryTerms.id })
        .from(glossaryTerms)
        .where(
          and(
            eq(glossaryTerms.planId, planId),
            eq(glossaryTerms.term, term),
            exceptId ? sql`${glossaryTerms.id} <> ${exceptId}` : undefined,
          ),
        );
      return Boolean(row);
    },

    /** Every live action, then every live KPI, in the plan's order, each with its summary. */
    async summaries(planId: string): Promise<PublicSummary[]> {
      const actionRows = await actionItems(eq(actions.planId, planId));
      const kpiRows = await kpiItems(eq(kpis.planId, planId));
      return [
        ...actionRows.map((row) => toSummary('action', row)),
        ...kpiRows.map((row) => toSummary('kpi', row)),
      ];
    },

    /** One live item's summary (version 0 before anyone writes one); null for no such item. */
    async summary(kind: PublicItemKind, itemId: string): Promise<PublicSummary | null> {
      const [row] =
        kind === 'action' ? await actionItems(eq(actions.id, itemId)) : await kpiItems(eq(kpis.id, itemId));
      return row ? toSummary(kind, row) : null;
    },

    /** The first write of an item's summary creates its row. */
    async insertSummary(
      kind: PublicItemKind,
      itemId: string,
      planId: string,
      values: SummaryValues,
      now: Date,
    ) {
      const item = kind === 'action' ? { actionId: itemId } : { kpiId: itemId };
      const [row] = await db
        .insert(publicSummaries)
        .values({ planId, ...item, ...values, updatedAt: now })
        .returning({ id: publicSummaries.id });
      return row ?? null;
    },

    /** Null when the summary is no longer at `version`: someone else changed it first. */
    async updateSummary(
      kind: PublicItemKind,
      itemId: string,
      version: number,
      values: SummaryValues,
      now: Date,
    ) {
      const item = kind === 'action' ? publicSummaries.actionId : publicSummaries.kpiId;
      const [row] = await db
        .update(publicSummaries)
        .set({ ...values, updatedAt: now, version: sql`${publicSummaries.version} + 1` })
        .where(and(eq(item, itemId), eq(publicSummaries.version, version)))
        .returning({ id: publicSummaries.id });
      return row ?? null;
    },
  };
}
