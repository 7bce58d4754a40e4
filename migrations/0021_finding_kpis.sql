CREATE TABLE "finding_kpis" (
	"finding_id" uuid NOT NULL,
	"kpi_id" uuid NOT NULL,
	CONSTRAINT "finding_kpis_finding_id_kpi_id_pk" PRIMARY KEY("finding_id","kpi_id")
);
--> statement-breakpoint
ALTER TABLE "finding_kpis" ADD CONSTRAINT "finding_kpis_finding_id_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."findings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding_kpis" ADD CONSTRAINT "finding_kpis_kpi_id_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."kpis"("id") ON DELETE no action ON UPDATE no action;