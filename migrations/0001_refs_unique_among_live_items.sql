DROP INDEX "actions_plan_ref_idx";--> statement-breakpoint
DROP INDEX "outcomes_plan_ref_idx";--> statement-breakpoint
DROP INDEX "priorities_plan_ref_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "actions_plan_ref_idx" ON "actions" USING btree ("plan_id","ref") WHERE "actions"."archived_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "outcomes_plan_ref_idx" ON "outcomes" USING btree ("plan_id","ref") WHERE "outcomes"."archived_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "priorities_plan_ref_idx" ON "priorities" USING btree ("plan_id","ref") WHERE "priorities"."archived_at" IS NULL;