CREATE TABLE "body_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"meets_on" date NOT NULL,
	"papers_due" date NOT NULL,
	"report_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "body_meetings_report_id_unique" UNIQUE("report_id")
);
--> statement-breakpoint
CREATE TABLE "reporting_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"name" text NOT NULL,
	"cadence" text NOT NULL,
	"sections" jsonb NOT NULL,
	"priority_ids" jsonb,
	"draft_days_before" integer DEFAULT 7 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "board_reports" ADD COLUMN "scope_priority_ids" jsonb;--> statement-breakpoint
ALTER TABLE "body_meetings" ADD CONSTRAINT "body_meetings_body_id_reporting_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."reporting_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_meetings" ADD CONSTRAINT "body_meetings_report_id_board_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."board_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_bodies" ADD CONSTRAINT "reporting_bodies_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "body_meetings_body_idx" ON "body_meetings" USING btree ("body_id","meets_on");--> statement-breakpoint
CREATE INDEX "reporting_bodies_plan_idx" ON "reporting_bodies" USING btree ("plan_id");