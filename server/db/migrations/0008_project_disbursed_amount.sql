-- projects.disbursed_amount = Σ project_disbursements.amount of the project, maintained by the
-- trigger below, so the library reads one column (and its totals one index) instead of summing
-- every tranche of every matching project. The trigger touches only disbursed_amount: version and
-- updated_at (optimistic concurrency, list order) stay the application's.
-- Writers of project_disbursements wait until this migration commits, so the backfill is exact.
LOCK TABLE "project_disbursements" IN SHARE ROW EXCLUSIVE MODE;--> statement-breakpoint
DROP INDEX "projects_totals_idx";--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "disbursed_amount" numeric(18, 2) DEFAULT '0' NOT NULL;--> statement-breakpoint
UPDATE "projects" p SET "disbursed_amount" = d.total
  FROM (SELECT "project_id", sum("amount") AS total FROM "project_disbursements" GROUP BY "project_id") d
  WHERE d."project_id" = p."id";--> statement-breakpoint
-- A bulk loader that adds the tranches to disbursed_amount itself (seed:scale) may switch the trigger
-- off for its own transaction only: SELECT set_config('kejiju.disbursed_amount_by_caller', 'on', true).
CREATE OR REPLACE FUNCTION project_disbursements_sync_total() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('kejiju.disbursed_amount_by_caller', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.project_id = NEW.project_id THEN
    UPDATE projects SET disbursed_amount = disbursed_amount + (NEW.amount - OLD.amount) WHERE id = NEW.project_id;
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE projects SET disbursed_amount = disbursed_amount - OLD.amount WHERE id = OLD.project_id;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    UPDATE projects SET disbursed_amount = disbursed_amount + NEW.amount WHERE id = NEW.project_id;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER project_disbursements_total_insert AFTER INSERT ON project_disbursements
  FOR EACH ROW EXECUTE FUNCTION project_disbursements_sync_total();
--> statement-breakpoint
CREATE TRIGGER project_disbursements_total_update AFTER UPDATE OF amount, project_id ON project_disbursements
  FOR EACH ROW WHEN (OLD.amount IS DISTINCT FROM NEW.amount OR OLD.project_id IS DISTINCT FROM NEW.project_id)
  EXECUTE FUNCTION project_disbursements_sync_total();
--> statement-breakpoint
CREATE TRIGGER project_disbursements_total_delete AFTER DELETE ON project_disbursements
  FOR EACH ROW EXECUTE FUNCTION project_disbursements_sync_total();
--> statement-breakpoint
-- TRUNCATE fires no row triggers: every project is then back to nothing disbursed.
CREATE OR REPLACE FUNCTION project_disbursements_truncate_total() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE projects SET disbursed_amount = 0 WHERE disbursed_amount <> 0;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER project_disbursements_total_truncate AFTER TRUNCATE ON project_disbursements
  FOR EACH STATEMENT EXECUTE FUNCTION project_disbursements_truncate_total();
--> statement-breakpoint
CREATE INDEX "projects_totals_idx" ON "projects" USING btree ("state","region_code" text_pattern_ops,"requested_fiscal","approved_amount","disbursed_amount","id");
