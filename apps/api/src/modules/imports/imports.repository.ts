import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { imports } from '../../db/schema';

type ImportRow = typeof imports.$inferSelect;

/** Uploaded imports; what an import writes to the plan goes through the plan's own repositories. */
export function importsRepository(db: Db) {
  return {
    async insert(values: typeof imports.$inferInsert): Promise<string> {
      const [row] = await db.insert(imports).values(values).returning({ id: imports.id });
      return row!.id;
    },

    async findById(id: string): Promise<ImportRow | null> {
      const [row] = await db.select().from(imports).where(eq(imports.id, id));
      return row ?? null;
    },

    async markCommitted(id: string, planId: string, at: Date) {
      await db.update(imports).set({ committedAt: at, planId }).where(eq(imports.id, id));
    },
  };
}
