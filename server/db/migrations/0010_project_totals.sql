CREATE TABLE "project_totals" (
	"county_code" text NOT NULL,
	"year" integer NOT NULL,
	"state" text NOT NULL,
	"projects" integer DEFAULT 0 NOT NULL,
	"requested_fiscal" numeric(18, 2) DEFAULT '0' NOT NULL,
	"approved_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"disbursed_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	CONSTRAINT "project_totals_county_code_year_state_pk" PRIMARY KEY("county_code","year","state")
);
--> statement-breakpoint
-- Writers of projects wait until this migration commits, so the backfill below is exact.
LOCK TABLE "projects" IN SHARE ROW EXCLUSIVE MODE;--> statement-breakpoint
INSERT INTO "project_totals" ("county_code", "year", "state", "projects", "requested_fiscal", "approved_amount", "disbursed_amount")
  SELECT left("region_code", 6), "year", "state", count(*), sum("requested_fiscal"), coalesce(sum("approved_amount"), 0), sum("disbursed_amount")
  FROM "projects" GROUP BY 1, 2, 3;--> statement-breakpoint
-- Keyed by county (the first 6 digits of the region code): projects sit at town or village level,
-- and per-village rows would be nearly as many as the projects.
-- One statement-level trigger per operation, fed by the statement's transition tables: a bulk
-- insert or update adjusts each (region, year, state) row once. The deltas of one statement are
-- applied in key order by a single INSERT … ON CONFLICT, so two writers never lock totals rows in
-- opposite orders; groups whose net change is zero (a title edited) are not touched at all.
CREATE OR REPLACE FUNCTION project_totals_add(deltas jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO project_totals AS t (county_code, year, state, projects, requested_fiscal, approved_amount, disbursed_amount)
    SELECT d.county_code, d.year, d.state, sum(d.n), sum(d.req), sum(d.appr), sum(d.disb)
    FROM jsonb_to_recordset(deltas) AS d(county_code text, year int, state text, n int, req numeric, appr numeric, disb numeric)
    GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0 OR sum(d.req) <> 0 OR sum(d.appr) <> 0 OR sum(d.disb) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (county_code, year, state) DO UPDATE SET
      projects = t.projects + excluded.projects, requested_fiscal = t.requested_fiscal + excluded.requested_fiscal,
      approved_amount = t.approved_amount + excluded.approved_amount, disbursed_amount = t.disbursed_amount + excluded.disbursed_amount
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION project_totals_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM project_totals_add((SELECT jsonb_agg(jsonb_build_object('county_code', left(region_code, 6), 'year', year, 'state', state,
      'n', 1, 'req', requested_fiscal, 'appr', coalesce(approved_amount, 0), 'disb', disbursed_amount)) FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM project_totals_add((SELECT jsonb_agg(jsonb_build_object('county_code', left(region_code, 6), 'year', year, 'state', state,
      'n', -1, 'req', -requested_fiscal, 'appr', -coalesce(approved_amount, 0), 'disb', -disbursed_amount)) FROM old_rows));
  ELSE
    PERFORM project_totals_add((SELECT jsonb_agg(d) FROM old_rows o JOIN new_rows n ON n.id = o.id,
      LATERAL (VALUES
        (jsonb_build_object('county_code', left(o.region_code, 6), 'year', o.year, 'state', o.state,
          'n', -1, 'req', -o.requested_fiscal, 'appr', -coalesce(o.approved_amount, 0), 'disb', -o.disbursed_amount)),
        (jsonb_build_object('county_code', left(n.region_code, 6), 'year', n.year, 'state', n.state,
          'n', 1, 'req', n.requested_fiscal, 'appr', coalesce(n.approved_amount, 0), 'disb', n.disbursed_amount))) AS v(d)
      WHERE (o.region_code, o.year, o.state, o.requested_fiscal, o.approved_amount, o.disbursed_amount)
        IS DISTINCT FROM (n.region_code, n.year, n.state, n.requested_fiscal, n.approved_amount, n.disbursed_amount)));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER projects_totals_insert AFTER INSERT ON projects REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_totals_apply();--> statement-breakpoint
CREATE TRIGGER projects_totals_update AFTER UPDATE ON projects REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_totals_apply();--> statement-breakpoint
CREATE TRIGGER projects_totals_delete AFTER DELETE ON projects REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_totals_apply();--> statement-breakpoint
CREATE OR REPLACE FUNCTION project_totals_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM project_totals;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER projects_totals_truncate AFTER TRUNCATE ON projects
  FOR EACH STATEMENT EXECUTE FUNCTION project_totals_truncate();
