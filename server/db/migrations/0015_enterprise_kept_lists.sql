CREATE TABLE "enterprise_candidacies" (
	"enterprise_id" uuid NOT NULL,
	"target" text NOT NULL,
	"region_code" text NOT NULL,
	"name" text NOT NULL,
	"candidacy" jsonb NOT NULL,
	"years" integer[] NOT NULL,
	CONSTRAINT "enterprise_candidacies_enterprise_id_target_pk" PRIMARY KEY("enterprise_id","target")
);
--> statement-breakpoint
CREATE TABLE "enterprise_candidacy_changes" (
	"enterprise_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_kept_state" (
	"name" text PRIMARY KEY NOT NULL,
	"as_of" date NOT NULL,
	"rules" text NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_reminder_changes" (
	"enterprise_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_reminders" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "enterprise_reminders_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"enterprise_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_on" date,
	"severity" text NOT NULL,
	"message" text NOT NULL,
	"region_code" text NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "enterprise_candidacies_region_idx" ON "enterprise_candidacies" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "enterprise_reminders_enterprise_idx" ON "enterprise_reminders" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "enterprise_reminders_region_idx" ON "enterprise_reminders" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
-- Every statement that changes what a kept list reads of an enterprise records the enterprise in
-- that list's change table (the trigger's arguments); the service recomputes those before it reads
-- the list (modules/enterprises/insights/kept.ts). 发现一批 reads the master data, the annual
-- figures and the tiers; 到期提醒 the name and region, the tiers and the filed 高企 reports. Each
-- statement adds its own rows, never merging into another's: a refresh deletes (claims) only rows it
-- can see, so a change committed after it stays recorded, and writers never wait on each other here.
CREATE OR REPLACE FUNCTION enterprise_kept_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changes text;
BEGIN
  FOREACH changes IN ARRAY TG_ARGV LOOP
    IF TG_OP = 'INSERT' THEN
      EXECUTE format('INSERT INTO %I SELECT DISTINCT enterprise_id FROM new_rows', changes);
    ELSIF TG_OP = 'DELETE' THEN
      EXECUTE format('INSERT INTO %I SELECT DISTINCT enterprise_id FROM old_rows', changes);
    ELSE
      EXECUTE format('INSERT INTO %I SELECT enterprise_id FROM old_rows UNION SELECT enterprise_id FROM new_rows', changes);
    END IF;
  END LOOP;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION enterprise_kept_enterprises_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changes text;
BEGIN
  FOREACH changes IN ARRAY TG_ARGV LOOP
    IF TG_OP = 'INSERT' THEN
      EXECUTE format('INSERT INTO %I SELECT id FROM new_rows', changes);
    ELSIF TG_OP = 'DELETE' THEN
      EXECUTE format('INSERT INTO %I SELECT id FROM old_rows', changes);
    ELSE
      -- Only what the lists read: a tag, a funnel move or a new cadre changes neither.
      EXECUTE format('INSERT INTO %I SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE (o.name, o.region_code, o.founded_on, o.industry_code, o.hnte_field_code)
          IS DISTINCT FROM (n.name, n.region_code, n.founded_on, n.industry_code, n.hnte_field_code)
        ', changes);
    END IF;
  END LOOP;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION enterprise_kept_reset() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM enterprise_kept_state;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER enterprise_kept_insert AFTER INSERT ON enterprises REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_kept_enterprises_changed('enterprise_candidacy_changes', 'enterprise_reminder_changes');--> statement-breakpoint
CREATE TRIGGER enterprise_kept_update AFTER UPDATE ON enterprises REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_kept_enterprises_changed('enterprise_candidacy_changes', 'enterprise_reminder_changes');--> statement-breakpoint
CREATE TRIGGER enterprise_kept_delete AFTER DELETE ON enterprises REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_kept_enterprises_changed('enterprise_candidacy_changes', 'enterprise_reminder_changes');--> statement-breakpoint
CREATE TRIGGER enterprise_kept_insert AFTER INSERT ON enterprise_annual_data REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_kept_rows_changed('enterprise_candidacy_changes');--> statement-breakpoint
CREATE TRIGGER enterprise_kept_update AFTER UPDATE ON enterprise_annual_data REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_kept_rows_changed('enterprise_candidacy_changes');--> statement-breakpoint
CREATE TRIGGER enterprise_kept_delete AFTER DELETE ON enterprise_annual_data REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_kept_rows_changed('enterprise_candidacy_changes');--> statement-breakpoint
CREATE TRIGGER enterprise_kept_insert AFTER INSERT ON enterprise_tiers REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_kept_rows_changed('enterprise_candidacy_changes', 'enterprise_reminder_changes');--> statement-breakpoint
CREATE TRIGGER enterprise_kept_update AFTER UPDATE ON enterprise_tiers REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_kept_rows_changed('enterprise_candidacy_changes', 'enterprise_reminder_changes');--> statement-breakpoint
CREATE TRIGGER enterprise_kept_delete AFTER DELETE ON enterprise_tiers REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_kept_rows_changed('enterprise_candidacy_changes', 'enterprise_reminder_changes');--> statement-breakpoint
CREATE TRIGGER enterprise_kept_insert AFTER INSERT ON hnte_annual_reports REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_kept_rows_changed('enterprise_reminder_changes');--> statement-breakpoint
CREATE TRIGGER enterprise_kept_update AFTER UPDATE ON hnte_annual_reports REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_kept_rows_changed('enterprise_reminder_changes');--> statement-breakpoint
CREATE TRIGGER enterprise_kept_delete AFTER DELETE ON hnte_annual_reports REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_kept_rows_changed('enterprise_reminder_changes');--> statement-breakpoint
CREATE TRIGGER enterprise_kept_truncate AFTER TRUNCATE ON enterprises FOR EACH STATEMENT EXECUTE FUNCTION enterprise_kept_reset();--> statement-breakpoint
CREATE TRIGGER enterprise_kept_truncate AFTER TRUNCATE ON enterprise_annual_data FOR EACH STATEMENT EXECUTE FUNCTION enterprise_kept_reset();--> statement-breakpoint
CREATE TRIGGER enterprise_kept_truncate AFTER TRUNCATE ON enterprise_tiers FOR EACH STATEMENT EXECUTE FUNCTION enterprise_kept_reset();--> statement-breakpoint
CREATE TRIGGER enterprise_kept_truncate AFTER TRUNCATE ON hnte_annual_reports FOR EACH STATEMENT EXECUTE FUNCTION enterprise_kept_reset();
