CREATE TABLE "policy_payments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"loan_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"park_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"contract_no" text NOT NULL,
	"paid_on" date NOT NULL,
	"amount_fen" bigint NOT NULL,
	"coverage_from" date NOT NULL,
	"coverage_to" date NOT NULL,
	"covered_amount_fen" bigint NOT NULL,
	"fee_rate" text NOT NULL,
	"surrendered_on" date,
	"submitted_by" uuid NOT NULL,
	"submitted_by_user" uuid,
	"source" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD COLUMN "basis" text DEFAULT 'interest' NOT NULL;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD COLUMN "basis_paid_fen" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD COLUMN "eligible_basis_fen" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD COLUMN "payment_grants" jsonb;--> statement-breakpoint
ALTER TABLE "policy_payments" ADD CONSTRAINT "policy_payments_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_payments" ADD CONSTRAINT "policy_payments_enterprise_id_enterprises_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_payments" ADD CONSTRAINT "policy_payments_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_payments" ADD CONSTRAINT "policy_payments_submitted_by_organisations_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "policy_payments_key" ON "policy_payments" USING btree ("loan_id","kind","contract_no","paid_on");--> statement-breakpoint
CREATE INDEX "policy_payments_loan_idx" ON "policy_payments" USING btree ("loan_id","paid_on");--> statement-breakpoint
CREATE INDEX "policy_payments_submitter_idx" ON "policy_payments" USING btree ("submitted_by");