ALTER TABLE "attachments" ALTER COLUMN "uploaded_by_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "uploaded_by_person_id" uuid;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "update_request_id" uuid;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "removed_by_person_id" uuid;--> statement-breakpoint
ALTER TABLE "challenges" ADD COLUMN "answered_by_person_id" uuid;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_person_id_people_id_fk" FOREIGN KEY ("uploaded_by_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_update_request_id_update_requests_id_fk" FOREIGN KEY ("update_request_id") REFERENCES "public"."update_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_removed_by_person_id_people_id_fk" FOREIGN KEY ("removed_by_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges" ADD CONSTRAINT "challenges_answered_by_person_id_people_id_fk" FOREIGN KEY ("answered_by_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploader" CHECK ("attachments"."uploaded_by_id" is not null or "attachments"."uploaded_by_person_id" is not null);