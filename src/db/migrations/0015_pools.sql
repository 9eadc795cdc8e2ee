CREATE TABLE "pool_claim_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"claim_id" uuid NOT NULL,
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
CREATE TABLE "pool_claim_events" (
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
CREATE TABLE "pool_claims" (
	"id" uuid PRIMARY KEY NOT NULL,
	"pool_id" uuid NOT NULL,
	"pool_loan_id" uuid NOT NULL,
	"loan_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"state" text NOT NULL,
	"filed_on" date NOT NULL,
	"overdue_since" date NOT NULL,
	"overdue_days" integer NOT NULL,
	"lawsuit_accepted_on" date,
	"principal_at_default_fen" bigint NOT NULL,
	"step_started_on" date,
	"net_loss_fen" bigint,
	"approved_fen" bigint,
	"limited_by" text,
	"trail" jsonb,
	"paid_fen" bigint,
	"paid_on" date,
	"payment_reference" text,
	"reason" text,
	"comment" text,
	"filed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pool_ledger_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"pool_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"amount_fen" bigint NOT NULL,
	"contributor_id" text,
	"claim_id" uuid,
	"partner_id" uuid,
	"reference" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pool_ledger_entries_amount_positive" CHECK ("pool_ledger_entries"."amount_fen" > 0),
	CONSTRAINT "pool_ledger_entries_claim_money" CHECK ("pool_ledger_entries"."kind" = 'contribution' OR ("pool_ledger_entries"."claim_id" IS NOT NULL AND "pool_ledger_entries"."partner_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "pool_loans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"pool_id" uuid NOT NULL,
	"loan_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"share" text NOT NULL,
	"first_loan" boolean NOT NULL,
	"principal_fen" bigint NOT NULL,
	"pool_version" integer NOT NULL,
	"registered_on" date NOT NULL,
	"confirmed_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pool_recoveries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"claim_id" uuid NOT NULL,
	"recovered_on" date NOT NULL,
	"amount_fen" bigint NOT NULL,
	"refund_fen" bigint NOT NULL,
	"trail" jsonb NOT NULL,
	"ledger_entry_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pool_versions" (
	"pool_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"body" jsonb NOT NULL,
	"saved_by" uuid,
	"saved_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pools" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"park_id" uuid,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"status" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"body" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pool_claim_documents" ADD CONSTRAINT "pool_claim_documents_claim_id_pool_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."pool_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_claim_events" ADD CONSTRAINT "pool_claim_events_claim_id_pool_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."pool_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_claims" ADD CONSTRAINT "pool_claims_pool_id_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."pools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_claims" ADD CONSTRAINT "pool_claims_pool_loan_id_pool_loans_id_fk" FOREIGN KEY ("pool_loan_id") REFERENCES "public"."pool_loans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_claims" ADD CONSTRAINT "pool_claims_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_claims" ADD CONSTRAINT "pool_claims_partner_id_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_ledger_entries" ADD CONSTRAINT "pool_ledger_entries_pool_id_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."pools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_ledger_entries" ADD CONSTRAINT "pool_ledger_entries_claim_id_pool_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."pool_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_ledger_entries" ADD CONSTRAINT "pool_ledger_entries_partner_id_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_loans" ADD CONSTRAINT "pool_loans_pool_id_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."pools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_loans" ADD CONSTRAINT "pool_loans_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_loans" ADD CONSTRAINT "pool_loans_partner_id_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_recoveries" ADD CONSTRAINT "pool_recoveries_claim_id_pool_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."pool_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_recoveries" ADD CONSTRAINT "pool_recoveries_ledger_entry_id_pool_ledger_entries_id_fk" FOREIGN KEY ("ledger_entry_id") REFERENCES "public"."pool_ledger_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_versions" ADD CONSTRAINT "pool_versions_pool_id_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."pools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pools" ADD CONSTRAINT "pools_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pool_claim_documents_claim_idx" ON "pool_claim_documents" USING btree ("claim_id","kind");--> statement-breakpoint
CREATE INDEX "pool_claim_events_claim_idx" ON "pool_claim_events" USING btree ("claim_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "pool_claims_one_open_key" ON "pool_claims" USING btree ("pool_loan_id") WHERE "pool_claims"."state" NOT IN ('paid', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE INDEX "pool_claims_pool_idx" ON "pool_claims" USING btree ("pool_id","state");--> statement-breakpoint
CREATE INDEX "pool_claims_partner_idx" ON "pool_claims" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "pool_ledger_entries_pool_idx" ON "pool_ledger_entries" USING btree ("pool_id","on");--> statement-breakpoint
CREATE UNIQUE INDEX "pool_ledger_entries_one_payout_key" ON "pool_ledger_entries" USING btree ("claim_id") WHERE "pool_ledger_entries"."kind" = 'payout';--> statement-breakpoint
CREATE UNIQUE INDEX "pool_loans_pool_loan_key" ON "pool_loans" USING btree ("pool_id","loan_id");--> statement-breakpoint
CREATE INDEX "pool_loans_partner_idx" ON "pool_loans" USING btree ("pool_id","partner_id");--> statement-breakpoint
CREATE INDEX "pool_loans_loan_idx" ON "pool_loans" USING btree ("loan_id");--> statement-breakpoint
CREATE INDEX "pool_recoveries_claim_idx" ON "pool_recoveries" USING btree ("claim_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pool_versions_key" ON "pool_versions" USING btree ("pool_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "pools_code_key" ON "pools" USING btree ("code");--> statement-breakpoint
CREATE INDEX "pools_park_idx" ON "pools" USING btree ("park_id");