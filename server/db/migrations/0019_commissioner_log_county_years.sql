CREATE TABLE "commissioner_log_county_years" (
	"county_code" text NOT NULL,
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
	CONSTRAINT "commissioner_log_county_years_county_code_year_pk" PRIMARY KEY("county_code","year")
);
--> statement-breakpoint
-- Writers of service logs wait until this migration commits, so the backfills below are exact.
LOCK TABLE "commissioner_service_logs", "commissioner_log_years" IN SHARE ROW EXCLUSIVE MODE;--> statement-breakpoint
ALTER TABLE "commissioner_log_years" ADD COLUMN "county_code" text;--> statement-breakpoint
UPDATE "commissioner_log_years" y SET "county_code" = left(c.region_code, 6) FROM "commissioners" c WHERE c.id = y.commissioner_id;--> statement-breakpoint
ALTER TABLE "commissioner_log_years" ALTER COLUMN "county_code" SET NOT NULL;--> statement-breakpoint
INSERT INTO "commissioner_log_county_years" (county_code, year, service_days, services, onsite_visits, villages_served, trainings, trained_people, beneficiaries, varieties, technologies, problems_solved)
  SELECT county_code, year, sum(service_days), sum(services), sum(onsite_visits), sum(villages_served), sum(trainings), sum(trained_people), sum(beneficiaries), sum(varieties), sum(technologies), sum(problems_solved) FROM "commissioner_log_years" GROUP BY 1, 2;--> statement-breakpoint
ANALYZE "commissioner_log_county_years";--> statement-breakpoint
-- Migration 0011's recompute, now also writing the commissioner's county.
CREATE OR REPLACE FUNCTION commissioner_log_years_refresh(keys jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM commissioners c
    WHERE c.id IN (SELECT DISTINCT (e->>'c')::uuid FROM jsonb_array_elements(coalesce(keys, '[]')) e)
    ORDER BY c.id FOR NO KEY UPDATE;
  DELETE FROM commissioner_log_years t USING jsonb_array_elements(coalesce(keys, '[]')) e
    WHERE t.commissioner_id = (e->>'c')::uuid AND t.year = (e->>'y')::int;
  INSERT INTO commissioner_log_years (commissioner_id, year, county_code, service_days, services, onsite_visits, villages_served, trainings,
      trained_people, beneficiaries, varieties, technologies, problems_solved, first_date, last_date)
    SELECT l.commissioner_id, k.y, left(min(c.region_code), 6), count(DISTINCT l.service_date), count(*), count(*) FILTER (WHERE l.type = 'onsite'),
      count(DISTINCT l.village_code), count(*) FILTER (WHERE l.type = 'training'), sum(l.trained), sum(l.beneficiaries), sum(l.varieties),
      sum(l.technologies), sum(l.problems_solved), min(l.service_date), max(l.service_date)
    FROM (SELECT DISTINCT (e->>'c')::uuid AS c, (e->>'y')::int AS y FROM jsonb_array_elements(coalesce(keys, '[]')) e) k
    JOIN commissioner_service_logs l ON l.commissioner_id = k.c AND l.service_date >= make_date(k.y, 1, 1) AND l.service_date < make_date(k.y + 1, 1, 1)
    JOIN commissioners c ON c.id = l.commissioner_id
    GROUP BY l.commissioner_id, k.y ORDER BY 1, 2;
END $$;--> statement-breakpoint
-- The county rows change by the difference of what a statement removed and added. Rows are
-- upserted in key order so two writers of the same counties lock them in the same order; the row
-- lock is held to commit, so writers of one county and year take turns (a service log is one
-- short transaction; a bulk load of logs holds its counties until it commits).
CREATE OR REPLACE FUNCTION commissioner_log_county_years_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Transition tables exist only for the operations a trigger declares, hence one statement per case.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO commissioner_log_county_years AS t (county_code, year, service_days, services, onsite_visits, villages_served, trainings, trained_people, beneficiaries, varieties, technologies, problems_solved)
      SELECT county_code, year, sum(service_days), sum(services), sum(onsite_visits), sum(villages_served), sum(trainings), sum(trained_people), sum(beneficiaries), sum(varieties), sum(technologies), sum(problems_solved)
      FROM (SELECT county_code, year, service_days, services, onsite_visits, villages_served, trainings, trained_people, beneficiaries, varieties, technologies, problems_solved FROM new_rows) d GROUP BY county_code, year ORDER BY county_code, year
    ON CONFLICT (county_code, year) DO UPDATE SET service_days = t.service_days + excluded.service_days, services = t.services + excluded.services, onsite_visits = t.onsite_visits + excluded.onsite_visits, villages_served = t.villages_served + excluded.villages_served, trainings = t.trainings + excluded.trainings, trained_people = t.trained_people + excluded.trained_people, beneficiaries = t.beneficiaries + excluded.beneficiaries, varieties = t.varieties + excluded.varieties, technologies = t.technologies + excluded.technologies, problems_solved = t.problems_solved + excluded.problems_solved;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO commissioner_log_county_years AS t (county_code, year, service_days, services, onsite_visits, villages_served, trainings, trained_people, beneficiaries, varieties, technologies, problems_solved)
      SELECT county_code, year, sum(service_days), sum(services), sum(onsite_visits), sum(villages_served), sum(trainings), sum(trained_people), sum(beneficiaries), sum(varieties), sum(technologies), sum(problems_solved)
      FROM (SELECT county_code, year, -service_days AS service_days, -services AS services, -onsite_visits AS onsite_visits, -villages_served AS villages_served, -trainings AS trainings, -trained_people AS trained_people, -beneficiaries AS beneficiaries, -varieties AS varieties, -technologies AS technologies, -problems_solved AS problems_solved FROM old_rows) d GROUP BY county_code, year ORDER BY county_code, year
    ON CONFLICT (county_code, year) DO UPDATE SET service_days = t.service_days + excluded.service_days, services = t.services + excluded.services, onsite_visits = t.onsite_visits + excluded.onsite_visits, villages_served = t.villages_served + excluded.villages_served, trainings = t.trainings + excluded.trainings, trained_people = t.trained_people + excluded.trained_people, beneficiaries = t.beneficiaries + excluded.beneficiaries, varieties = t.varieties + excluded.varieties, technologies = t.technologies + excluded.technologies, problems_solved = t.problems_solved + excluded.problems_solved;
  ELSE
    INSERT INTO commissioner_log_county_years AS t (county_code, year, service_days, services, onsite_visits, villages_served, trainings, trained_people, beneficiaries, varieties, technologies, problems_solved)
      SELECT county_code, year, sum(service_days), sum(services), sum(onsite_visits), sum(villages_served), sum(trainings), sum(trained_people), sum(beneficiaries), sum(varieties), sum(technologies), sum(problems_solved)
      FROM (SELECT county_code, year, service_days, services, onsite_visits, villages_served, trainings, trained_people, beneficiaries, varieties, technologies, problems_solved FROM new_rows UNION ALL SELECT county_code, year, -service_days AS service_days, -services AS services, -onsite_visits AS onsite_visits, -villages_served AS villages_served, -trainings AS trainings, -trained_people AS trained_people, -beneficiaries AS beneficiaries, -varieties AS varieties, -technologies AS technologies, -problems_solved AS problems_solved FROM old_rows) d GROUP BY county_code, year ORDER BY county_code, year
    ON CONFLICT (county_code, year) DO UPDATE SET service_days = t.service_days + excluded.service_days, services = t.services + excluded.services, onsite_visits = t.onsite_visits + excluded.onsite_visits, villages_served = t.villages_served + excluded.villages_served, trainings = t.trainings + excluded.trainings, trained_people = t.trained_people + excluded.trained_people, beneficiaries = t.beneficiaries + excluded.beneficiaries, varieties = t.varieties + excluded.varieties, technologies = t.technologies + excluded.technologies, problems_solved = t.problems_solved + excluded.problems_solved;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER commissioner_log_county_years_insert AFTER INSERT ON commissioner_log_years REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION commissioner_log_county_years_apply();--> statement-breakpoint
CREATE TRIGGER commissioner_log_county_years_update AFTER UPDATE ON commissioner_log_years REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION commissioner_log_county_years_apply();--> statement-breakpoint
CREATE TRIGGER commissioner_log_county_years_delete AFTER DELETE ON commissioner_log_years REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION commissioner_log_county_years_apply();--> statement-breakpoint
CREATE OR REPLACE FUNCTION commissioner_log_county_years_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM commissioner_log_county_years;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER commissioner_log_county_years_truncate AFTER TRUNCATE ON commissioner_log_years
  FOR EACH STATEMENT EXECUTE FUNCTION commissioner_log_county_years_truncate();--> statement-breakpoint
-- A commissioner moved to another region takes the years already counted along: the update of
-- their rows above moves the sums between the counties.
CREATE OR REPLACE FUNCTION commissioner_log_years_follow_region() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE commissioner_log_years SET county_code = left(NEW.region_code, 6) WHERE commissioner_id = NEW.id AND county_code <> left(NEW.region_code, 6);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER commissioner_log_years_follow_region AFTER UPDATE OF region_code ON commissioners
  FOR EACH ROW WHEN (left(OLD.region_code, 6) IS DISTINCT FROM left(NEW.region_code, 6)) EXECUTE FUNCTION commissioner_log_years_follow_region();
