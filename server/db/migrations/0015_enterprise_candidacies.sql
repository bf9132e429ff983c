CREATE TABLE "candidacy_state" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"as_of" date NOT NULL,
	"rules" text NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
	"enterprise_id" uuid PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "enterprise_candidacies_region_idx" ON "enterprise_candidacies" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
-- Every statement that changes what the 发现一批 rules read of an enterprise (its master data, its
-- annual figures, its tiers) records the enterprise here; the service recomputes those before it
-- reads the kept candidacies (modules/enterprises/insights/candidacy-store.ts). Ids go in sorted,
-- so two statements touching the same enterprises queue instead of deadlocking.
CREATE OR REPLACE FUNCTION enterprise_candidacy_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO enterprise_candidacy_changes SELECT DISTINCT enterprise_id FROM new_rows ORDER BY 1 ON CONFLICT DO NOTHING;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO enterprise_candidacy_changes SELECT DISTINCT enterprise_id FROM old_rows ORDER BY 1 ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO enterprise_candidacy_changes SELECT enterprise_id FROM old_rows UNION SELECT enterprise_id FROM new_rows ORDER BY 1 ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION enterprise_candidacy_enterprises_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO enterprise_candidacy_changes SELECT id FROM new_rows ORDER BY 1 ON CONFLICT DO NOTHING;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO enterprise_candidacy_changes SELECT id FROM old_rows ORDER BY 1 ON CONFLICT DO NOTHING;
  ELSE
    -- Only what the rules or the list read: a tag, a funnel move or a new cadre changes no candidacy.
    INSERT INTO enterprise_candidacy_changes SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.name, o.region_code, o.founded_on, o.industry_code, o.hnte_field_code)
        IS DISTINCT FROM (n.name, n.region_code, n.founded_on, n.industry_code, n.hnte_field_code)
      ORDER BY 1 ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION enterprise_candidacies_reset() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM candidacy_state;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER enterprise_candidacy_insert AFTER INSERT ON enterprises REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_candidacy_enterprises_changed();--> statement-breakpoint
CREATE TRIGGER enterprise_candidacy_update AFTER UPDATE ON enterprises REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_candidacy_enterprises_changed();--> statement-breakpoint
CREATE TRIGGER enterprise_candidacy_delete AFTER DELETE ON enterprises REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_candidacy_enterprises_changed();--> statement-breakpoint
CREATE TRIGGER enterprise_candidacy_truncate AFTER TRUNCATE ON enterprises
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_candidacies_reset();--> statement-breakpoint
CREATE TRIGGER enterprise_candidacy_insert AFTER INSERT ON enterprise_annual_data REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_candidacy_rows_changed();--> statement-breakpoint
CREATE TRIGGER enterprise_candidacy_update AFTER UPDATE ON enterprise_annual_data REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_candidacy_rows_changed();--> statement-breakpoint
CREATE TRIGGER enterprise_candidacy_delete AFTER DELETE ON enterprise_annual_data REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_candidacy_rows_changed();--> statement-breakpoint
CREATE TRIGGER enterprise_candidacy_truncate AFTER TRUNCATE ON enterprise_annual_data
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_candidacies_reset();--> statement-breakpoint
CREATE TRIGGER enterprise_candidacy_insert AFTER INSERT ON enterprise_tiers REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_candidacy_rows_changed();--> statement-breakpoint
CREATE TRIGGER enterprise_candidacy_update AFTER UPDATE ON enterprise_tiers REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_candidacy_rows_changed();--> statement-breakpoint
CREATE TRIGGER enterprise_candidacy_delete AFTER DELETE ON enterprise_tiers REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_candidacy_rows_changed();--> statement-breakpoint
CREATE TRIGGER enterprise_candidacy_truncate AFTER TRUNCATE ON enterprise_tiers
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_candidacies_reset();
