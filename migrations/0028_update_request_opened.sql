ALTER TABLE "update_requests" ADD COLUMN "first_opened_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "update_requests" ADD COLUMN "last_opened_at" timestamp with time zone;