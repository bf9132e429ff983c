-- 3-character grams of a lower-cased text, for indexed substring search (企业名称 ≥ 3 characters).
-- pg_trgm extracts no trigrams from Chinese under the C locale the embedded cluster is initialised
-- with, so its GIN index cannot serve "%新材料%"; this works the same in every locale.
CREATE OR REPLACE FUNCTION kejiju_grams(s text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(DISTINCT substr(l, i, 3)), '{}') FROM (SELECT lower(s) AS l) x, generate_series(1, length(l) - 2) AS i $$;--> statement-breakpoint
CREATE INDEX "enterprises_name_grams_idx" ON "enterprises" USING gin (kejiju_grams("name"));--> statement-breakpoint
CREATE INDEX "enterprises_founded_idx" ON "enterprises" USING btree ("founded_on" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "enterprises_updated_idx" ON "enterprises" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "enterprise_tiers_active_idx" ON "enterprise_tiers" USING btree ("kind","enterprise_id","valid_from","valid_until") WHERE "enterprise_tiers"."status" = 'active';--> statement-breakpoint
CREATE INDEX "commissioner_service_logs_date_idx" ON "commissioner_service_logs" USING btree ("service_date" DESC NULLS FIRST,"created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "projects_list_idx" ON "projects" USING btree ("year" DESC NULLS FIRST,"updated_at" DESC NULLS FIRST,"id");