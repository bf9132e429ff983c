CREATE INDEX "enterprises_city_name_idx" ON "enterprises" USING btree (left("region_code", 4),"name","id");--> statement-breakpoint
CREATE INDEX "enterprises_county_name_idx" ON "enterprises" USING btree (left("region_code", 6),"name","id");--> statement-breakpoint
-- Statistics of the new index expressions: the planner estimates a city or county from them.
ANALYZE "enterprises";