CREATE TABLE "glossary_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"term" text NOT NULL,
	"expansion" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_publications" (
	"plan_id" uuid PRIMARY KEY NOT NULL,
	"public" boolean DEFAULT false NOT NULL,
	"slug" text NOT NULL,
	"show_lead_names" boolean DEFAULT false NOT NULL,
	"licence_name" text DEFAULT 'Open Government Licence v3.0' NOT NULL,
	"licence_url" text DEFAULT 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "plan_publications_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "public_summaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"action_id" uuid,
	"kpi_id" uuid,
	"said" text DEFAULT '' NOT NULL,
	"happened" text DEFAULT '' NOT NULL,
	"written_by_id" uuid,
	"written_at" timestamp with time zone,
	"published_said" text,
	"published_happened" text,
	"approved_by_id" uuid,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "public_summaries_one_item" CHECK (num_nonnulls("public_summaries"."action_id", "public_summaries"."kpi_id") = 1),
	CONSTRAINT "public_summaries_published_when_approved" CHECK (("public_summaries"."approved_at" IS NULL) = ("public_summaries"."published_said" IS NULL AND "public_summaries"."published_happened" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_publications" ADD CONSTRAINT "plan_publications_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_summaries" ADD CONSTRAINT "public_summaries_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_summaries" ADD CONSTRAINT "public_summaries_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_summaries" ADD CONSTRAINT "public_summaries_kpi_id_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."kpis"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_summaries" ADD CONSTRAINT "public_summaries_written_by_id_users_id_fk" FOREIGN KEY ("written_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_summaries" ADD CONSTRAINT "public_summaries_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "glossary_terms_plan_term_idx" ON "glossary_terms" USING btree ("plan_id","term");--> statement-breakpoint
CREATE UNIQUE INDEX "public_summaries_action_idx" ON "public_summaries" USING btree ("action_id");--> statement-breakpoint
CREATE UNIQUE INDEX "public_summaries_kpi_idx" ON "public_summaries" USING btree ("kpi_id");--> statement-breakpoint
CREATE INDEX "public_summaries_plan_idx" ON "public_summaries" USING btree ("plan_id");