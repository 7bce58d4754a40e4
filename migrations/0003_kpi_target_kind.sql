CREATE TYPE "public"."kpi_target_kind" AS ENUM('level', 'reduction', 'increase');--> statement-breakpoint
ALTER TABLE "kpis" ADD COLUMN "target_kind" "kpi_target_kind" DEFAULT 'level' NOT NULL;