CREATE TABLE "model_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"version" text NOT NULL,
	"parameters" jsonb NOT NULL,
	"metrics" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"activated_at" timestamp with time zone,
	"activated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "profile_snapshots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"park_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"taken_at" timestamp with time zone NOT NULL,
	"profile" jsonb NOT NULL,
	"sha256" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"park_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"model_version_id" uuid NOT NULL,
	"snapshot_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"grade" text NOT NULL,
	"pd" numeric(10, 8) NOT NULL,
	"dimensions" jsonb NOT NULL,
	"factors" jsonb NOT NULL,
	"credit_limit_fen" bigint NOT NULL,
	"limit_basis" text NOT NULL,
	"rated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "profile_snapshots" ADD CONSTRAINT "profile_snapshots_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile_snapshots" ADD CONSTRAINT "profile_snapshots_enterprise_id_enterprises_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_enterprise_id_enterprises_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_model_version_id_model_versions_id_fk" FOREIGN KEY ("model_version_id") REFERENCES "public"."model_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_snapshot_id_profile_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."profile_snapshots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "model_versions_version_key" ON "model_versions" USING btree ("version");--> statement-breakpoint
CREATE INDEX "profile_snapshots_enterprise_idx" ON "profile_snapshots" USING btree ("enterprise_id","taken_at");--> statement-breakpoint
CREATE INDEX "ratings_enterprise_idx" ON "ratings" USING btree ("enterprise_id","rated_at");--> statement-breakpoint
CREATE INDEX "ratings_park_grade_idx" ON "ratings" USING btree ("park_id","grade");