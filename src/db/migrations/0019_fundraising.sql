CREATE TABLE "fundraising_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"park_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fundraising_downloads" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"park_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"document_name" text NOT NULL,
	"document_kind" text NOT NULL,
	"document_sha256" text NOT NULL,
	"viewer_organisation_id" uuid NOT NULL,
	"viewer_organisation_name" text NOT NULL,
	"user_id" uuid,
	"user_email" text,
	"grant_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fundraising_profiles" (
	"enterprise_id" uuid PRIMARY KEY NOT NULL,
	"park_id" uuid NOT NULL,
	"round" text NOT NULL,
	"amount_sought_fen" bigint NOT NULL,
	"valuation_min_fen" bigint NOT NULL,
	"valuation_max_fen" bigint NOT NULL,
	"use_of_funds" text NOT NULL,
	"milestones" jsonb NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "fundraising_profiles_amount_positive" CHECK ("fundraising_profiles"."amount_sought_fen" > 0),
	CONSTRAINT "fundraising_profiles_valuation_range" CHECK ("fundraising_profiles"."valuation_min_fen" > 0 AND "fundraising_profiles"."valuation_min_fen" <= "fundraising_profiles"."valuation_max_fen")
);
--> statement-breakpoint
ALTER TABLE "fundraising_documents" ADD CONSTRAINT "fundraising_documents_enterprise_id_fundraising_profiles_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."fundraising_profiles"("enterprise_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fundraising_documents" ADD CONSTRAINT "fundraising_documents_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fundraising_documents" ADD CONSTRAINT "fundraising_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fundraising_downloads" ADD CONSTRAINT "fundraising_downloads_enterprise_id_enterprises_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fundraising_downloads" ADD CONSTRAINT "fundraising_downloads_viewer_organisation_id_organisations_id_fk" FOREIGN KEY ("viewer_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fundraising_downloads" ADD CONSTRAINT "fundraising_downloads_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fundraising_profiles" ADD CONSTRAINT "fundraising_profiles_enterprise_id_enterprises_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fundraising_profiles" ADD CONSTRAINT "fundraising_profiles_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fundraising_documents_enterprise_idx" ON "fundraising_documents" USING btree ("enterprise_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "fundraising_documents_one_deck_key" ON "fundraising_documents" USING btree ("enterprise_id") WHERE "fundraising_documents"."kind" = 'pitch_deck';--> statement-breakpoint
CREATE INDEX "fundraising_downloads_enterprise_idx" ON "fundraising_downloads" USING btree ("enterprise_id","at");--> statement-breakpoint
CREATE INDEX "fundraising_profiles_status_idx" ON "fundraising_profiles" USING btree ("status","updated_at");