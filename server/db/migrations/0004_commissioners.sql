CREATE TABLE "commissioner_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"assignment_id" uuid NOT NULL,
	"commissioner_id" uuid NOT NULL,
	"code" text,
	"bureau_party" text NOT NULL,
	"target_party" text NOT NULL,
	"terms" text NOT NULL,
	"signed_on" date,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"attachment_file_id" uuid,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commissioner_agreements_period_check" CHECK ("commissioner_agreements"."ends_on" >= "commissioner_agreements"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "commissioner_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"commissioner_id" uuid NOT NULL,
	"target_kind" text NOT NULL,
	"village_code" text,
	"organisation_id" uuid,
	"target_name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"needs" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commissioner_assignments_target_check" CHECK (("commissioner_assignments"."target_kind" = 'village') = ("commissioner_assignments"."village_code" is not null)),
	CONSTRAINT "commissioner_assignments_period_check" CHECK ("commissioner_assignments"."ends_on" is null or "commissioner_assignments"."ends_on" >= "commissioner_assignments"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "commissioner_bases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"village_code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"level" text,
	"commissioner_id" uuid,
	"team_id" uuid,
	"industry" text,
	"established_on" date,
	"notes" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commissioner_funds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"year" smallint NOT NULL,
	"commissioner_id" uuid,
	"team_id" uuid,
	"project" text NOT NULL,
	"source" text NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"disbursed_on" date,
	"purpose" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commissioner_funds_amount_check" CHECK ("commissioner_funds"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "commissioner_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"year" smallint NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"quota" integer,
	"decided_on" date,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commissioner_team_members" (
	"team_id" uuid NOT NULL,
	"commissioner_id" uuid NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	CONSTRAINT "commissioner_team_members_team_id_commissioner_id_pk" PRIMARY KEY("team_id","commissioner_id")
);
--> statement-breakpoint
CREATE TABLE "commissioner_teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"field" text NOT NULL,
	"lead_unit" text,
	"admin_head" text,
	"formed_on" date,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commissioners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"form" text DEFAULT 'individual' NOT NULL,
	"level" text NOT NULL,
	"gender" text,
	"field" text NOT NULL,
	"speciality" text,
	"work_unit" text NOT NULL,
	"organisation_id" uuid,
	"title" text,
	"is_student" boolean DEFAULT false NOT NULL,
	"phone_enc" text,
	"user_id" uuid,
	"status" text DEFAULT 'candidate' NOT NULL,
	"round_id" uuid,
	"selected_on" date,
	"exited_on" date,
	"exit_reason" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commissioner_appraisal_inputs" (
	"sheet_id" uuid NOT NULL,
	"commissioner_id" uuid NOT NULL,
	"manual" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"materials_submitted" boolean DEFAULT false NOT NULL,
	"note" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commissioner_appraisal_inputs_sheet_id_commissioner_id_pk" PRIMARY KEY("sheet_id","commissioner_id")
);
--> statement-breakpoint
CREATE TABLE "commissioner_appraisal_results" (
	"sheet_id" uuid NOT NULL,
	"commissioner_id" uuid NOT NULL,
	"summary" jsonb NOT NULL,
	"items" jsonb NOT NULL,
	"total" numeric(6, 2) NOT NULL,
	"base_grade" text NOT NULL,
	"grade" text NOT NULL,
	"rank" integer NOT NULL,
	"position" integer NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "commissioner_appraisal_results_sheet_id_commissioner_id_pk" PRIMARY KEY("sheet_id","commissioner_id")
);
--> statement-breakpoint
CREATE TABLE "commissioner_appraisal_sheets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"year" smallint NOT NULL,
	"name" text NOT NULL,
	"config" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"computed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commissioner_need_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "commissioner_need_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"need_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"commissioner_id" uuid,
	"note" text,
	"user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commissioner_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"field" text,
	"requester_kind" text NOT NULL,
	"village_code" text,
	"organisation_id" uuid,
	"requester_name" text NOT NULL,
	"contact_name" text,
	"contact_phone_enc" text,
	"status" text DEFAULT 'raised' NOT NULL,
	"commissioner_id" uuid,
	"resolution" text,
	"satisfaction" smallint,
	"feedback" text,
	"raised_by" uuid,
	"dispatched_at" timestamp with time zone,
	"solved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commissioner_needs_satisfaction_check" CHECK ("commissioner_needs"."satisfaction" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "commissioner_service_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"commissioner_id" uuid NOT NULL,
	"service_date" date NOT NULL,
	"village_code" text,
	"place" text NOT NULL,
	"type" text NOT NULL,
	"content" text NOT NULL,
	"beneficiaries" integer DEFAULT 0 NOT NULL,
	"trained" integer DEFAULT 0 NOT NULL,
	"varieties" integer DEFAULT 0 NOT NULL,
	"technologies" integer DEFAULT 0 NOT NULL,
	"problems_solved" integer DEFAULT 0 NOT NULL,
	"photo_file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"client_draft_id" text,
	"created_by" uuid,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commissioner_service_logs_counts_check" CHECK (least("commissioner_service_logs"."beneficiaries", "commissioner_service_logs"."trained", "commissioner_service_logs"."varieties", "commissioner_service_logs"."technologies", "commissioner_service_logs"."problems_solved") >= 0)
);
--> statement-breakpoint
ALTER TABLE "commissioner_agreements" ADD CONSTRAINT "commissioner_agreements_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_agreements" ADD CONSTRAINT "commissioner_agreements_assignment_id_commissioner_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."commissioner_assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_agreements" ADD CONSTRAINT "commissioner_agreements_commissioner_id_commissioners_id_fk" FOREIGN KEY ("commissioner_id") REFERENCES "public"."commissioners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_agreements" ADD CONSTRAINT "commissioner_agreements_attachment_file_id_files_id_fk" FOREIGN KEY ("attachment_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_assignments" ADD CONSTRAINT "commissioner_assignments_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_assignments" ADD CONSTRAINT "commissioner_assignments_commissioner_id_commissioners_id_fk" FOREIGN KEY ("commissioner_id") REFERENCES "public"."commissioners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_assignments" ADD CONSTRAINT "commissioner_assignments_village_code_regions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_assignments" ADD CONSTRAINT "commissioner_assignments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_bases" ADD CONSTRAINT "commissioner_bases_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_bases" ADD CONSTRAINT "commissioner_bases_village_code_regions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_bases" ADD CONSTRAINT "commissioner_bases_commissioner_id_commissioners_id_fk" FOREIGN KEY ("commissioner_id") REFERENCES "public"."commissioners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_bases" ADD CONSTRAINT "commissioner_bases_team_id_commissioner_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."commissioner_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_funds" ADD CONSTRAINT "commissioner_funds_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_funds" ADD CONSTRAINT "commissioner_funds_commissioner_id_commissioners_id_fk" FOREIGN KEY ("commissioner_id") REFERENCES "public"."commissioners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_funds" ADD CONSTRAINT "commissioner_funds_team_id_commissioner_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."commissioner_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_rounds" ADD CONSTRAINT "commissioner_rounds_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_team_members" ADD CONSTRAINT "commissioner_team_members_team_id_commissioner_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."commissioner_teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_team_members" ADD CONSTRAINT "commissioner_team_members_commissioner_id_commissioners_id_fk" FOREIGN KEY ("commissioner_id") REFERENCES "public"."commissioners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_teams" ADD CONSTRAINT "commissioner_teams_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioners" ADD CONSTRAINT "commissioners_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioners" ADD CONSTRAINT "commissioners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioners" ADD CONSTRAINT "commissioners_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioners" ADD CONSTRAINT "commissioners_round_id_commissioner_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."commissioner_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_appraisal_inputs" ADD CONSTRAINT "commissioner_appraisal_inputs_sheet_id_commissioner_appraisal_sheets_id_fk" FOREIGN KEY ("sheet_id") REFERENCES "public"."commissioner_appraisal_sheets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_appraisal_inputs" ADD CONSTRAINT "commissioner_appraisal_inputs_commissioner_id_commissioners_id_fk" FOREIGN KEY ("commissioner_id") REFERENCES "public"."commissioners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_appraisal_inputs" ADD CONSTRAINT "commissioner_appraisal_inputs_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_appraisal_results" ADD CONSTRAINT "commissioner_appraisal_results_sheet_id_commissioner_appraisal_sheets_id_fk" FOREIGN KEY ("sheet_id") REFERENCES "public"."commissioner_appraisal_sheets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_appraisal_results" ADD CONSTRAINT "commissioner_appraisal_results_commissioner_id_commissioners_id_fk" FOREIGN KEY ("commissioner_id") REFERENCES "public"."commissioners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_appraisal_sheets" ADD CONSTRAINT "commissioner_appraisal_sheets_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_appraisal_sheets" ADD CONSTRAINT "commissioner_appraisal_sheets_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_need_events" ADD CONSTRAINT "commissioner_need_events_need_id_commissioner_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."commissioner_needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_need_events" ADD CONSTRAINT "commissioner_need_events_commissioner_id_commissioners_id_fk" FOREIGN KEY ("commissioner_id") REFERENCES "public"."commissioners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_need_events" ADD CONSTRAINT "commissioner_need_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_needs" ADD CONSTRAINT "commissioner_needs_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_needs" ADD CONSTRAINT "commissioner_needs_village_code_regions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_needs" ADD CONSTRAINT "commissioner_needs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_needs" ADD CONSTRAINT "commissioner_needs_commissioner_id_commissioners_id_fk" FOREIGN KEY ("commissioner_id") REFERENCES "public"."commissioners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_needs" ADD CONSTRAINT "commissioner_needs_raised_by_users_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_service_logs" ADD CONSTRAINT "commissioner_service_logs_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_service_logs" ADD CONSTRAINT "commissioner_service_logs_commissioner_id_commissioners_id_fk" FOREIGN KEY ("commissioner_id") REFERENCES "public"."commissioners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_service_logs" ADD CONSTRAINT "commissioner_service_logs_village_code_regions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioner_service_logs" ADD CONSTRAINT "commissioner_service_logs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commissioner_agreements_assignment_idx" ON "commissioner_agreements" USING btree ("assignment_id");--> statement-breakpoint
CREATE INDEX "commissioner_agreements_region_idx" ON "commissioner_agreements" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "commissioner_assignments_c_idx" ON "commissioner_assignments" USING btree ("commissioner_id");--> statement-breakpoint
CREATE INDEX "commissioner_assignments_village_idx" ON "commissioner_assignments" USING btree ("village_code");--> statement-breakpoint
CREATE INDEX "commissioner_assignments_region_idx" ON "commissioner_assignments" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "commissioner_bases_region_idx" ON "commissioner_bases" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "commissioner_funds_region_idx" ON "commissioner_funds" USING btree ("region_code" text_pattern_ops,"year");--> statement-breakpoint
CREATE INDEX "commissioner_funds_c_idx" ON "commissioner_funds" USING btree ("commissioner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "commissioner_rounds_name_key" ON "commissioner_rounds" USING btree ("region_code","name");--> statement-breakpoint
CREATE INDEX "commissioner_team_members_c_idx" ON "commissioner_team_members" USING btree ("commissioner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "commissioner_teams_name_key" ON "commissioner_teams" USING btree ("region_code","name");--> statement-breakpoint
CREATE UNIQUE INDEX "commissioners_code_key" ON "commissioners" USING btree ("region_code","code");--> statement-breakpoint
CREATE UNIQUE INDEX "commissioners_user_key" ON "commissioners" USING btree ("user_id") WHERE "commissioners"."user_id" is not null;--> statement-breakpoint
CREATE INDEX "commissioners_region_idx" ON "commissioners" USING btree ("region_code" text_pattern_ops,"status");--> statement-breakpoint
CREATE INDEX "commissioner_appraisal_results_c_idx" ON "commissioner_appraisal_results" USING btree ("commissioner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "commissioner_appraisal_sheets_year_key" ON "commissioner_appraisal_sheets" USING btree ("region_code","year");--> statement-breakpoint
CREATE INDEX "commissioner_need_events_need_idx" ON "commissioner_need_events" USING btree ("need_id","id");--> statement-breakpoint
CREATE INDEX "commissioner_needs_region_idx" ON "commissioner_needs" USING btree ("region_code" text_pattern_ops,"status");--> statement-breakpoint
CREATE INDEX "commissioner_needs_c_idx" ON "commissioner_needs" USING btree ("commissioner_id");--> statement-breakpoint
CREATE INDEX "commissioner_needs_org_idx" ON "commissioner_needs" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "commissioner_service_logs_draft_key" ON "commissioner_service_logs" USING btree ("commissioner_id","client_draft_id") WHERE "commissioner_service_logs"."client_draft_id" is not null;--> statement-breakpoint
CREATE INDEX "commissioner_service_logs_c_idx" ON "commissioner_service_logs" USING btree ("commissioner_id","service_date");--> statement-breakpoint
CREATE INDEX "commissioner_service_logs_region_idx" ON "commissioner_service_logs" USING btree ("region_code" text_pattern_ops,"service_date");