CREATE TABLE "commissioner_log_years" (
	"commissioner_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"service_days" integer DEFAULT 0 NOT NULL,
	"services" integer DEFAULT 0 NOT NULL,
	"onsite_visits" integer DEFAULT 0 NOT NULL,
	"villages_served" integer DEFAULT 0 NOT NULL,
	"trainings" integer DEFAULT 0 NOT NULL,
	"trained_people" integer DEFAULT 0 NOT NULL,
	"beneficiaries" integer DEFAULT 0 NOT NULL,
	"varieties" integer DEFAULT 0 NOT NULL,
	"technologies" integer DEFAULT 0 NOT NULL,
	"problems_solved" integer DEFAULT 0 NOT NULL,
	"first_date" date,
	"last_date" date,
	CONSTRAINT "commissioner_log_years_commissioner_id_year_pk" PRIMARY KEY("commissioner_id","year")
);
--> statement-breakpoint
CREATE INDEX "commissioner_log_years_year_idx" ON "commissioner_log_years" USING btree ("year");--> statement-breakpoint
-- Writers of service logs wait until this migration commits, so the backfill below is exact.
LOCK TABLE "commissioner_service_logs" IN SHARE ROW EXCLUSIVE MODE;--> statement-breakpoint
INSERT INTO "commissioner_log_years" ("commissioner_id", "year", "service_days", "services", "onsite_visits", "villages_served", "trainings",
    "trained_people", "beneficiaries", "varieties", "technologies", "problems_solved", "first_date", "last_date")
  SELECT "commissioner_id", extract(year FROM "service_date")::int, count(DISTINCT "service_date"), count(*), count(*) FILTER (WHERE "type" = 'onsite'),
    count(DISTINCT "village_code"), count(*) FILTER (WHERE "type" = 'training'), sum("trained"), sum("beneficiaries"), sum("varieties"),
    sum("technologies"), sum("problems_solved"), min("service_date"), max("service_date")
  FROM "commissioner_service_logs" GROUP BY 1, 2;--> statement-breakpoint
-- A cluster may run without autovacuum: without statistics the planner takes the backfilled rows
-- for a few hundred and joins a province's commissioners badly.
ANALYZE "commissioner_log_years";--> statement-breakpoint
-- Distinct service days and villages cannot be adjusted by deltas, so every (commissioner, year) a
-- statement touches is recomputed from its logs (an index range on (commissioner_id, service_date)).
-- Writers of the same commissioner serialise on the commissioner's row, locked in id order: a row
-- lock lives in the row itself, so a seed or import of a million logs in one transaction can hold
-- tens of thousands of them (one advisory lock per key filled the shared lock table). Each statement
-- below runs on a fresh snapshot (READ COMMITTED), so it sees what a writer it waited for committed,
-- and no recompute overwrites another's logs. NO KEY UPDATE does not block the logs' foreign-key
-- checks (KEY SHARE) on the same commissioner.
CREATE OR REPLACE FUNCTION commissioner_log_years_refresh(keys jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM commissioners c
    WHERE c.id IN (SELECT DISTINCT (e->>'c')::uuid FROM jsonb_array_elements(coalesce(keys, '[]')) e)
    ORDER BY c.id FOR NO KEY UPDATE;
  DELETE FROM commissioner_log_years t USING jsonb_array_elements(coalesce(keys, '[]')) e
    WHERE t.commissioner_id = (e->>'c')::uuid AND t.year = (e->>'y')::int;
  INSERT INTO commissioner_log_years (commissioner_id, year, service_days, services, onsite_visits, villages_served, trainings,
      trained_people, beneficiaries, varieties, technologies, problems_solved, first_date, last_date)
    SELECT l.commissioner_id, k.y, count(DISTINCT l.service_date), count(*), count(*) FILTER (WHERE l.type = 'onsite'),
      count(DISTINCT l.village_code), count(*) FILTER (WHERE l.type = 'training'), sum(l.trained), sum(l.beneficiaries), sum(l.varieties),
      sum(l.technologies), sum(l.problems_solved), min(l.service_date), max(l.service_date)
    FROM (SELECT DISTINCT (e->>'c')::uuid AS c, (e->>'y')::int AS y FROM jsonb_array_elements(coalesce(keys, '[]')) e) k
    JOIN commissioner_service_logs l ON l.commissioner_id = k.c AND l.service_date >= make_date(k.y, 1, 1) AND l.service_date < make_date(k.y + 1, 1, 1)
    GROUP BY l.commissioner_id, k.y ORDER BY 1, 2;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION commissioner_log_years_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM commissioner_log_years_refresh((SELECT jsonb_agg(DISTINCT jsonb_build_object('c', commissioner_id, 'y', extract(year FROM service_date)::int)) FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM commissioner_log_years_refresh((SELECT jsonb_agg(DISTINCT jsonb_build_object('c', commissioner_id, 'y', extract(year FROM service_date)::int)) FROM old_rows));
  ELSE
    -- Only rows whose counted columns changed (an edited description changes no figure); both the
    -- old and the new (commissioner, year) are recomputed, so a log moved to another year leaves one.
    PERFORM commissioner_log_years_refresh((SELECT jsonb_agg(DISTINCT v.k) FROM old_rows o JOIN new_rows n ON n.id = o.id,
      LATERAL (VALUES (jsonb_build_object('c', o.commissioner_id, 'y', extract(year FROM o.service_date)::int)),
        (jsonb_build_object('c', n.commissioner_id, 'y', extract(year FROM n.service_date)::int))) AS v(k)
      WHERE (o.commissioner_id, o.service_date, o.village_code, o.type, o.beneficiaries, o.trained, o.varieties, o.technologies, o.problems_solved)
        IS DISTINCT FROM (n.commissioner_id, n.service_date, n.village_code, n.type, n.beneficiaries, n.trained, n.varieties, n.technologies, n.problems_solved)));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER commissioner_log_years_insert AFTER INSERT ON commissioner_service_logs REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION commissioner_log_years_apply();--> statement-breakpoint
CREATE TRIGGER commissioner_log_years_update AFTER UPDATE ON commissioner_service_logs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION commissioner_log_years_apply();--> statement-breakpoint
CREATE TRIGGER commissioner_log_years_delete AFTER DELETE ON commissioner_service_logs REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION commissioner_log_years_apply();--> statement-breakpoint
CREATE OR REPLACE FUNCTION commissioner_log_years_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM commissioner_log_years;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER commissioner_log_years_truncate AFTER TRUNCATE ON commissioner_service_logs
  FOR EACH STATEMENT EXECUTE FUNCTION commissioner_log_years_truncate();
