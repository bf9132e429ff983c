ALTER TABLE "enterprise_candidacies" ADD COLUMN "rank" numeric GENERATED ALWAYS AS (case when target = 'hnte'
      then (case when candidacy->>'verdict' = 'eligible' then 0 else 1000 end) - (candidacy->'score'->>'max')::numeric
      else 2000 - (candidacy->>'score')::numeric end) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "enterprise_candidacies_rank_idx" ON "enterprise_candidacies" USING btree ("rank");