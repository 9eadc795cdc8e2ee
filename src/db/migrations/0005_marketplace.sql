CREATE TABLE "match_facts" (
	"enterprise_id" uuid PRIMARY KEY NOT NULL,
	"park_id" uuid NOT NULL,
	"numbers" jsonb NOT NULL,
	"park_code" text NOT NULL,
	"stage" text NOT NULL,
	"industry_code" text NOT NULL,
	"region_code" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"trigger" text NOT NULL,
	"triggered_by" uuid,
	"status" text NOT NULL,
	"enterprises" integer DEFAULT 0 NOT NULL,
	"products" integer DEFAULT 0 NOT NULL,
	"eligible_pairs" bigint DEFAULT 0 NOT NULL,
	"seconds" double precision,
	"error" text,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "need_take_ups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"need_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"product_id" uuid,
	"taken_by" uuid,
	"note" text,
	"taken_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "needs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"park_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"term_months" integer,
	"purpose" text NOT NULL,
	"needed_by" date,
	"offers" text[] NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"link" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "product_parks" (
	"product_id" uuid NOT NULL,
	"park_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"note" text,
	CONSTRAINT "product_parks_product_id_park_id_pk" PRIMARY KEY("product_id","park_id")
);
--> statement-breakpoint
CREATE TABLE "product_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"product_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY NOT NULL,
	"institution_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"loan_type" text,
	"name" text NOT NULL,
	"name_en" text,
	"description" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"amount_min_fen" bigint NOT NULL,
	"amount_max_fen" bigint NOT NULL,
	"term_min_months" integer,
	"term_max_months" integer,
	"turnaround_days" integer NOT NULL,
	"terms" jsonb NOT NULL,
	"preferences" jsonb NOT NULL,
	"rules" jsonb NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "top_matches" (
	"enterprise_id" uuid NOT NULL,
	"rank" smallint NOT NULL,
	"park_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"score" real NOT NULL,
	"run_id" uuid NOT NULL,
	"eligible_products" integer NOT NULL,
	CONSTRAINT "top_matches_enterprise_id_rank_pk" PRIMARY KEY("enterprise_id","rank")
);
--> statement-breakpoint
ALTER TABLE "match_facts" ADD CONSTRAINT "match_facts_enterprise_id_enterprises_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_facts" ADD CONSTRAINT "match_facts_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_take_ups" ADD CONSTRAINT "need_take_ups_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_take_ups" ADD CONSTRAINT "need_take_ups_institution_id_organisations_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_take_ups" ADD CONSTRAINT "need_take_ups_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_enterprise_id_enterprises_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_parks" ADD CONSTRAINT "product_parks_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_parks" ADD CONSTRAINT "product_parks_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_versions" ADD CONSTRAINT "product_versions_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_institution_id_organisations_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "top_matches" ADD CONSTRAINT "top_matches_enterprise_id_enterprises_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "top_matches" ADD CONSTRAINT "top_matches_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "top_matches" ADD CONSTRAINT "top_matches_run_id_match_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."match_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "match_facts_updated_idx" ON "match_facts" USING btree ("updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "need_take_ups_key" ON "need_take_ups" USING btree ("need_id","institution_id");--> statement-breakpoint
CREATE INDEX "need_take_ups_institution_idx" ON "need_take_ups" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "needs_park_status_idx" ON "needs" USING btree ("park_id","status","created_at");--> statement-breakpoint
CREATE INDEX "needs_enterprise_idx" ON "needs" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "notifications_organisation_idx" ON "notifications" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "product_parks_park_idx" ON "product_parks" USING btree ("park_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "product_versions_key" ON "product_versions" USING btree ("product_id","version");--> statement-breakpoint
CREATE INDEX "products_institution_idx" ON "products" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "products_status_kind_idx" ON "products" USING btree ("status","kind");--> statement-breakpoint
CREATE INDEX "top_matches_product_idx" ON "top_matches" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "top_matches_park_idx" ON "top_matches" USING btree ("park_id");