CREATE TYPE "public"."new_date_source" AS ENUM('carried', 'manager');--> statement-breakpoint
CREATE TABLE "action_new_dates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"period" char(7) NOT NULL,
	"new_date" date,
	"source" "new_date_source" NOT NULL,
	"reason" text,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_new_dates" ADD CONSTRAINT "action_new_dates_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_new_dates" ADD CONSTRAINT "action_new_dates_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_new_dates_action_idx" ON "action_new_dates" USING btree ("action_id","created_at");