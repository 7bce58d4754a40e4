import { createHash } from 'node:crypto';
import { type Month, monthOf, type PublicPlan } from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { plans } from '../../db/schema';
import { publicCsv } from './public-csv';
import { findPublicPlan, loadPublicPlan } from './public-page.repository';

export interface RenderedFile {
  body: Buffer;
  etag: string;
}

export interface PublicPlanFiles {
  json: RenderedFile;
  csv: RenderedFile;
  licence: PublicPlan['licence'];
}

interface Rendered extends PublicPlanFiles {
  /** The plan's revision it was rendered at, and the month (which picks a KPI's target in force). */
  revision: number;
  month: Month;
}

function rendered(body: Buffer): RenderedFile {
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/**
 * Public pages as ready-to-send bytes, rendered once per plan revision (see DESIGN.md). Whether
 * the plan is public, and its revision, are read on every request, so turning the page off or
 * withdrawing an item takes effect at once, on every instance.
 */
export function publicPageCache(db: Db, now: () => Date) {
  const cache = new Map<string, Rendered>();

  /** The revision and the data from one snapshot, so bytes are never filed under an older revision than theirs. */
  function render(planId: string, month: Month): Promise<Rendered | null> {
    return db.transaction(
      async (tx) => {
        const [row] = await tx.select({ revision: plans.revision }).from(plans).where(eq(plans.id, planId));
        const plan = await loadPublicPlan(tx, planId, month);
        if (!row || !plan) return null;
        const json = rendered(Buffer.from(JSON.stringify(plan), 'utf8'));
        const csv = rendered(publicCsv(plan));
        return { revision: row.revision, month, json, csv, licence: plan.licence };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
  }

  /** The plan at `slug` as JSON and CSV; null when it is unknown or not public (the same answer). */
  return async function publicPlanFiles(slug: string): Promise<PublicPlanFiles | null> {
    const found = await findPublicPlan(db, slug);
    if (!found) return null;
    const month = monthOf(now());
    const cached = cache.get(found.planId);
    if (cached && cached.revision >= found.revision && cached.month === month) return cached;
    const fresh = await render(found.planId, month);
    if (fresh) cache.set(found.planId, fresh);
    return fresh;
  };
}
