CREATE TABLE "shadow_ratings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"model_version_id" uuid NOT NULL,
	"champion_rating_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"grade" text NOT NULL,
	"pd" numeric(10, 8) NOT NULL,
	"rated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "shadow_ratings" ADD CONSTRAINT "shadow_ratings_enterprise_id_enterprises_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shadow_ratings" ADD CONSTRAINT "shadow_ratings_model_version_id_model_versions_id_fk" FOREIGN KEY ("model_version_id") REFERENCES "public"."model_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shadow_ratings" ADD CONSTRAINT "shadow_ratings_champion_rating_id_ratings_id_fk" FOREIGN KEY ("champion_rating_id") REFERENCES "public"."ratings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "shadow_ratings_model_idx" ON "shadow_ratings" USING btree ("model_version_id","rated_at");