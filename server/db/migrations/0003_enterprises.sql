CREATE TABLE "enterprise_annual_data" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"employees" integer NOT NULL,
	"tech_staff" integer NOT NULL,
	"sales_revenue" numeric(18, 2) NOT NULL,
	"total_income" numeric(18, 2) NOT NULL,
	"total_assets" numeric(18, 2) NOT NULL,
	"net_assets" numeric(18, 2) NOT NULL,
	"total_cost" numeric(18, 2) NOT NULL,
	"rd_expense" numeric(18, 2) NOT NULL,
	"rd_expense_domestic" numeric(18, 2) NOT NULL,
	"high_tech_income" numeric(18, 2) NOT NULL,
	"ip_class1" integer NOT NULL,
	"ip_class2" integer NOT NULL,
	"conversions" integer NOT NULL,
	"entered_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_annual_revisions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "enterprise_annual_revisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"enterprise_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"revision" integer NOT NULL,
	"figures" jsonb NOT NULL,
	"source" text NOT NULL,
	"entered_by" uuid,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"uscc" text NOT NULL,
	"name" text NOT NULL,
	"region_code" text NOT NULL,
	"industry_code" text,
	"founded_on" date,
	"address" text,
	"legal_rep" text,
	"contact_name" text,
	"phone_enc" text,
	"hnte_field_code" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"cadre_user_id" uuid,
	"organisation_id" uuid,
	"funnel_stage" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_batch_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"outcome" text DEFAULT 'recommended' NOT NULL,
	"reason" text,
	"tier_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"region_code" text NOT NULL,
	"status" text DEFAULT 'recommending' NOT NULL,
	"notes" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_funnel_moves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"from_stage" text,
	"to_stage" text,
	"reason" text NOT NULL,
	"moved_by" uuid,
	"moved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_tiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text,
	"year" integer,
	"issued_on" date,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"status" text DEFAULT 'active' NOT NULL,
	"source_batch_id" uuid,
	"note" text,
	"ended_reason" text,
	"ended_at" timestamp with time zone,
	"ended_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hnte_annual_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"report_year" integer NOT NULL,
	"filed_on" date NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "enterprise_annual_data" ADD CONSTRAINT "enterprise_annual_data_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_annual_data" ADD CONSTRAINT "enterprise_annual_data_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_annual_revisions" ADD CONSTRAINT "enterprise_annual_revisions_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_annual_revisions" ADD CONSTRAINT "enterprise_annual_revisions_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_cadre_user_id_users_id_fk" FOREIGN KEY ("cadre_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_batch_entries" ADD CONSTRAINT "enterprise_batch_entries_batch_id_enterprise_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."enterprise_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_batch_entries" ADD CONSTRAINT "enterprise_batch_entries_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_batch_entries" ADD CONSTRAINT "enterprise_batch_entries_tier_id_enterprise_tiers_id_fk" FOREIGN KEY ("tier_id") REFERENCES "public"."enterprise_tiers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_batches" ADD CONSTRAINT "enterprise_batches_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_batches" ADD CONSTRAINT "enterprise_batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_funnel_moves" ADD CONSTRAINT "enterprise_funnel_moves_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_funnel_moves" ADD CONSTRAINT "enterprise_funnel_moves_moved_by_users_id_fk" FOREIGN KEY ("moved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_tiers" ADD CONSTRAINT "enterprise_tiers_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_tiers" ADD CONSTRAINT "enterprise_tiers_source_batch_id_enterprise_batches_id_fk" FOREIGN KEY ("source_batch_id") REFERENCES "public"."enterprise_batches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_tiers" ADD CONSTRAINT "enterprise_tiers_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_tiers" ADD CONSTRAINT "enterprise_tiers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hnte_annual_reports" ADD CONSTRAINT "hnte_annual_reports_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hnte_annual_reports" ADD CONSTRAINT "hnte_annual_reports_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_annual_data_year_key" ON "enterprise_annual_data" USING btree ("enterprise_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_annual_revisions_key" ON "enterprise_annual_revisions" USING btree ("enterprise_id","year","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprises_uscc_key" ON "enterprises" USING btree ("uscc");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprises_organisation_key" ON "enterprises" USING btree ("organisation_id") WHERE "enterprises"."organisation_id" is not null;--> statement-breakpoint
CREATE INDEX "enterprises_region_idx" ON "enterprises" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "enterprises_name_trgm_idx" ON "enterprises" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "enterprises_uscc_trgm_idx" ON "enterprises" USING gin ("uscc" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "enterprises_tags_idx" ON "enterprises" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "enterprises_cadre_idx" ON "enterprises" USING btree ("cadre_user_id");--> statement-breakpoint
CREATE INDEX "enterprises_name_idx" ON "enterprises" USING btree ("name","id");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_batch_entries_key" ON "enterprise_batch_entries" USING btree ("batch_id","enterprise_id");--> statement-breakpoint
CREATE INDEX "enterprise_batch_entries_enterprise_idx" ON "enterprise_batch_entries" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "enterprise_batches_region_idx" ON "enterprise_batches" USING btree ("region_code" text_pattern_ops,"year");--> statement-breakpoint
CREATE INDEX "enterprise_funnel_moves_enterprise_idx" ON "enterprise_funnel_moves" USING btree ("enterprise_id","moved_at");--> statement-breakpoint
CREATE INDEX "enterprise_tiers_enterprise_idx" ON "enterprise_tiers" USING btree ("enterprise_id","kind");--> statement-breakpoint
CREATE INDEX "enterprise_tiers_valid_idx" ON "enterprise_tiers" USING btree ("kind","valid_until");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_tiers_tech_sme_year_key" ON "enterprise_tiers" USING btree ("enterprise_id","year") WHERE "enterprise_tiers"."kind" = 'tech_sme' and "enterprise_tiers"."status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "hnte_annual_reports_year_key" ON "hnte_annual_reports" USING btree ("enterprise_id","report_year");