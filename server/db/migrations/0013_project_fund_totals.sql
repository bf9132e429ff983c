CREATE TABLE "project_fund_totals" (
	"programme_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"county_code" text NOT NULL,
	"projects" integer DEFAULT 0 NOT NULL,
	"requested_fiscal" numeric(18, 2) DEFAULT '0' NOT NULL,
	"approved_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"disbursed_county" numeric(18, 2) DEFAULT '0' NOT NULL,
	"disbursed_city_match" numeric(18, 2) DEFAULT '0' NOT NULL,
	"disbursed_province_match" numeric(18, 2) DEFAULT '0' NOT NULL,
	CONSTRAINT "project_fund_totals_programme_id_year_county_code_pk" PRIMARY KEY("programme_id","year","county_code")
);
--> statement-breakpoint
-- Every (programme, year, county) a statement touches is recomputed from its projects past 草稿 and
-- their tranches: an index range on projects (region_code, year). Writers of the same programme
-- serialise on the programme's row, locked in id order (a row lock lives in the row: a bulk write
-- may touch any number of keys); each statement below runs on a fresh snapshot (READ COMMITTED),
-- so it sees what a writer it waited for committed. Recomputing rather than adding deltas keeps a
-- project deleted with its tranches (ON DELETE CASCADE) exact: when the projects' trigger runs, both
-- are gone.
CREATE OR REPLACE FUNCTION project_fund_totals_refresh(keys jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM project_programmes g
    WHERE g.id IN (SELECT DISTINCT (e->>'p')::uuid FROM jsonb_array_elements(coalesce(keys, '[]')) e)
    ORDER BY g.id FOR NO KEY UPDATE;
  DELETE FROM project_fund_totals t USING jsonb_array_elements(coalesce(keys, '[]')) e
    WHERE t.programme_id = (e->>'p')::uuid AND t.year = (e->>'y')::int AND t.county_code = e->>'c';
  INSERT INTO project_fund_totals (programme_id, year, county_code, projects, requested_fiscal, approved_amount,
      disbursed_county, disbursed_city_match, disbursed_province_match)
    SELECT k.p, k.y, k.c, count(*), sum(p.requested_fiscal), coalesce(sum(p.approved_amount), 0),
      coalesce(sum(d.county), 0), coalesce(sum(d.city_match), 0), coalesce(sum(d.province_match), 0)
    FROM (SELECT DISTINCT (e->>'p')::uuid AS p, (e->>'y')::int AS y, e->>'c' AS c FROM jsonb_array_elements(coalesce(keys, '[]')) e) k
    -- The county's codes as a range of the pattern-ops index (a LIKE with a joined prefix cannot use it).
    JOIN projects p ON p.region_code ~>=~ k.c AND p.region_code ~<~ (k.c || '~') AND p.year = k.y AND p.programme_id = k.p AND p.state <> 'draft'
    LEFT JOIN LATERAL (SELECT sum(x.amount) FILTER (WHERE x.source = 'county') AS county, sum(x.amount) FILTER (WHERE x.source = 'city_match') AS city_match,
        sum(x.amount) FILTER (WHERE x.source = 'province_match') AS province_match
      FROM project_disbursements x WHERE x.project_id = p.id) d ON true
    GROUP BY k.p, k.y, k.c ORDER BY 1, 2, 3;
END $$;--> statement-breakpoint
-- Writers of projects and tranches wait until this migration commits, so the backfill is exact.
LOCK TABLE "projects", "project_disbursements" IN SHARE ROW EXCLUSIVE MODE;--> statement-breakpoint
INSERT INTO project_fund_totals (programme_id, year, county_code, projects, requested_fiscal, approved_amount,
    disbursed_county, disbursed_city_match, disbursed_province_match)
  SELECT p.programme_id, p.year, left(p.region_code, 6), count(*), sum(p.requested_fiscal), coalesce(sum(p.approved_amount), 0),
    coalesce(sum(d.county), 0), coalesce(sum(d.city_match), 0), coalesce(sum(d.province_match), 0)
  FROM projects p
  LEFT JOIN (SELECT project_id, sum(amount) FILTER (WHERE source = 'county') AS county, sum(amount) FILTER (WHERE source = 'city_match') AS city_match,
      sum(amount) FILTER (WHERE source = 'province_match') AS province_match
    FROM project_disbursements GROUP BY project_id) d ON d.project_id = p.id
  WHERE p.state <> 'draft'
  GROUP BY 1, 2, 3;--> statement-breakpoint
ANALYZE project_fund_totals;--> statement-breakpoint
CREATE OR REPLACE FUNCTION project_fund_totals_on_projects() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM project_fund_totals_refresh((SELECT jsonb_agg(DISTINCT jsonb_build_object('p', programme_id, 'y', year, 'c', left(region_code, 6)))
      FROM new_rows WHERE state <> 'draft'));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM project_fund_totals_refresh((SELECT jsonb_agg(DISTINCT jsonb_build_object('p', programme_id, 'y', year, 'c', left(region_code, 6)))
      FROM old_rows WHERE state <> 'draft'));
  ELSE
    -- Only rows whose summed columns, key or draft status changed (an autosaved text changes none);
    -- both the old and the new key are recomputed, so a project moved to another year leaves the first.
    PERFORM project_fund_totals_refresh((SELECT jsonb_agg(DISTINCT v.k) FROM old_rows o JOIN new_rows n ON n.id = o.id,
      LATERAL (VALUES (jsonb_build_object('p', o.programme_id, 'y', o.year, 'c', left(o.region_code, 6))),
        (jsonb_build_object('p', n.programme_id, 'y', n.year, 'c', left(n.region_code, 6)))) AS v(k)
      WHERE (o.state <> 'draft' OR n.state <> 'draft')
        AND (o.programme_id, o.year, left(o.region_code, 6), o.state = 'draft', o.requested_fiscal, o.approved_amount)
          IS DISTINCT FROM (n.programme_id, n.year, left(n.region_code, 6), n.state = 'draft', n.requested_fiscal, n.approved_amount)));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER projects_fund_totals_insert AFTER INSERT ON projects REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_fund_totals_on_projects();--> statement-breakpoint
CREATE TRIGGER projects_fund_totals_update AFTER UPDATE ON projects REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_fund_totals_on_projects();--> statement-breakpoint
CREATE TRIGGER projects_fund_totals_delete AFTER DELETE ON projects REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_fund_totals_on_projects();--> statement-breakpoint
-- A tranche changes its project's key; a tranche whose project is gone (deleted in the same
-- statement) has nothing left to count, and the projects' trigger recomputes that key.
CREATE OR REPLACE FUNCTION project_fund_totals_on_tranches() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM project_fund_totals_refresh((SELECT jsonb_agg(DISTINCT jsonb_build_object('p', p.programme_id, 'y', p.year, 'c', left(p.region_code, 6)))
      FROM new_rows t JOIN projects p ON p.id = t.project_id WHERE p.state <> 'draft'));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM project_fund_totals_refresh((SELECT jsonb_agg(DISTINCT jsonb_build_object('p', p.programme_id, 'y', p.year, 'c', left(p.region_code, 6)))
      FROM old_rows t JOIN projects p ON p.id = t.project_id WHERE p.state <> 'draft'));
  ELSE
    PERFORM project_fund_totals_refresh((SELECT jsonb_agg(DISTINCT jsonb_build_object('p', p.programme_id, 'y', p.year, 'c', left(p.region_code, 6)))
      FROM (SELECT project_id FROM old_rows UNION SELECT project_id FROM new_rows) t JOIN projects p ON p.id = t.project_id WHERE p.state <> 'draft'));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER project_disbursements_fund_totals_insert AFTER INSERT ON project_disbursements REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_fund_totals_on_tranches();--> statement-breakpoint
CREATE TRIGGER project_disbursements_fund_totals_update AFTER UPDATE ON project_disbursements REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_fund_totals_on_tranches();--> statement-breakpoint
CREATE TRIGGER project_disbursements_fund_totals_delete AFTER DELETE ON project_disbursements REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_fund_totals_on_tranches();--> statement-breakpoint
CREATE OR REPLACE FUNCTION project_fund_totals_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM project_fund_totals;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER projects_fund_totals_truncate AFTER TRUNCATE ON projects
  FOR EACH STATEMENT EXECUTE FUNCTION project_fund_totals_truncate();--> statement-breakpoint
CREATE OR REPLACE FUNCTION project_fund_totals_truncate_tranches() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE project_fund_totals SET disbursed_county = 0, disbursed_city_match = 0, disbursed_province_match = 0;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER project_disbursements_fund_totals_truncate AFTER TRUNCATE ON project_disbursements
  FOR EACH STATEMENT EXECUTE FUNCTION project_fund_totals_truncate_tranches();
