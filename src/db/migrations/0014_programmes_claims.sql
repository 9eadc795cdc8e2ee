CREATE TABLE "payment_batches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_code" text NOT NULL,
	"park_id" uuid,
	"payment_reference" text,
	"claims" integer NOT NULL,
	"total_fen" bigint NOT NULL,
	"status" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"paid_on" date
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"kind" text NOT NULL,
	"park_id" uuid,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"status" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"budget_fen" bigint NOT NULL,
	"body" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "subsidy_claim_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"claim_id" uuid NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"mover" text NOT NULL,
	"actor_id" uuid,
	"reason" text,
	"comment" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subsidy_claims" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"programme_code" text NOT NULL,
	"programme_version" integer NOT NULL,
	"kind" text NOT NULL,
	"stacking" text NOT NULL,
	"loan_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"park_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"state" text NOT NULL,
	"grade" text,
	"interest_paid_fen" bigint NOT NULL,
	"eligible_interest_fen" bigint NOT NULL,
	"computed_fen" bigint NOT NULL,
	"cap_fen" bigint,
	"subsidy_fen" bigint NOT NULL,
	"first_repayment_on" date,
	"trail" jsonb NOT NULL,
	"published_on" date,
	"objection_until" date,
	"confirm_by" date,
	"account_name" text,
	"account_bank" text,
	"account_number" text,
	"confirmed_on" date,
	"decision_reason" text,
	"batch_id" uuid,
	"payment_reference" text,
	"paid_on" date,
	"clawback_fen" bigint,
	"clawed_back_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "payment_batches" ADD CONSTRAINT "payment_batches_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claim_events" ADD CONSTRAINT "subsidy_claim_events_claim_id_subsidy_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."subsidy_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD CONSTRAINT "subsidy_claims_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD CONSTRAINT "subsidy_claims_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD CONSTRAINT "subsidy_claims_enterprise_id_enterprises_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD CONSTRAINT "subsidy_claims_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD CONSTRAINT "subsidy_claims_institution_id_organisations_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD CONSTRAINT "subsidy_claims_batch_id_payment_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."payment_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "payment_batches_programme_idx" ON "payment_batches" USING btree ("programme_code","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "programmes_code_version_key" ON "programmes" USING btree ("code","version");--> statement-breakpoint
CREATE UNIQUE INDEX "programmes_one_draft_key" ON "programmes" USING btree ("code") WHERE "programmes"."status" = 'draft';--> statement-breakpoint
CREATE INDEX "programmes_park_idx" ON "programmes" USING btree ("park_id","status");--> statement-breakpoint
CREATE INDEX "subsidy_claim_events_claim_idx" ON "subsidy_claim_events" USING btree ("claim_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "subsidy_claims_loan_period_key" ON "subsidy_claims" USING btree ("programme_code","loan_id","period_from");--> statement-breakpoint
CREATE INDEX "subsidy_claims_programme_idx" ON "subsidy_claims" USING btree ("programme_code","state");--> statement-breakpoint
CREATE INDEX "subsidy_claims_enterprise_idx" ON "subsidy_claims" USING btree ("enterprise_id","period_from");--> statement-breakpoint
CREATE INDEX "subsidy_claims_park_idx" ON "subsidy_claims" USING btree ("park_id","state");--> statement-breakpoint
CREATE INDEX "subsidy_claims_loan_idx" ON "subsidy_claims" USING btree ("loan_id");--> statement-breakpoint
CREATE INDEX "subsidy_claims_institution_idx" ON "subsidy_claims" USING btree ("institution_id");