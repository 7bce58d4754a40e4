ALTER TABLE "attachments" ADD COLUMN "public_approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "public_approved_by_id" uuid;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_public_approved_by_id_users_id_fk" FOREIGN KEY ("public_approved_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;