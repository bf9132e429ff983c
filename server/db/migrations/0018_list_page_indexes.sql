DROP INDEX "enterprises_name_idx";--> statement-breakpoint
DROP INDEX "commissioner_service_logs_date_idx";--> statement-breakpoint
CREATE INDEX "enterprises_name_idx" ON "enterprises" USING btree ("name","id","region_code");--> statement-breakpoint
CREATE INDEX "commissioner_service_logs_date_idx" ON "commissioner_service_logs" USING btree ("service_date" DESC NULLS FIRST,"created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST,"region_code","type");