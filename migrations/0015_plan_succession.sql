ALTER TABLE "actions" ADD COLUMN "carried_from_id" uuid;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "predecessor_id" uuid;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_carried_from_id_unique" UNIQUE("carried_from_id");--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_predecessor_id_unique" UNIQUE("predecessor_id");