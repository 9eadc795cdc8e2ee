CREATE TABLE "compliance_events" (
	"park_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reference" text NOT NULL,
	"occurred_on" date NOT NULL,
	"resolved_on" date,
	"amount_fen" bigint,
	"description" text NOT NULL,
	"source" text NOT NULL,
	"source_date" date NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "equity_rounds" (
	"park_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"closed_on" date NOT NULL,
	"round" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"investors" text[] NOT NULL,
	"source" text NOT NULL,
	"source_date" date NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "existing_loans" (
	"park_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"lender" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"started_on" date NOT NULL,
	"matures_on" date NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"source_date" date NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "financial_statements" (
	"park_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"revenue_fen" bigint,
	"cost_of_sales_fen" bigint,
	"operating_profit_fen" bigint,
	"net_profit_fen" bigint,
	"total_assets_fen" bigint,
	"total_liabilities_fen" bigint,
	"current_assets_fen" bigint,
	"current_liabilities_fen" bigint,
	"cash_fen" bigint,
	"operating_cash_flow_fen" bigint,
	"rd_expense_fen" bigint,
	"rd_expense_domestic_fen" bigint,
	"tax_paid_fen" bigint,
	"high_tech_revenue_fen" bigint,
	"source" text NOT NULL,
	"source_date" date NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "financial_statements_year" CHECK ("financial_statements"."year" BETWEEN 1950 AND 2200)
);
--> statement-breakpoint
CREATE TABLE "ip_items" (
	"park_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"status" text NOT NULL,
	"applied_on" date,
	"granted_on" date,
	"source" text NOT NULL,
	"source_date" date NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people_months" (
	"park_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"month" text NOT NULL,
	"employees" integer,
	"st_staff" integer,
	"rd_staff" integer,
	"postgrad_staff" integer,
	"social_insurance_headcount" integer,
	"source" text NOT NULL,
	"source_date" date NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_months_month" CHECK ("people_months"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "qualifications" (
	"park_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"certificate_no" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"source" text NOT NULL,
	"source_date" date NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tax_grades" (
	"park_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"grade" text NOT NULL,
	"source" text NOT NULL,
	"source_date" date NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "access_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"park_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"user_id" uuid,
	"user_email" text,
	"category" text NOT NULL,
	"grant_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"park_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"categories" text[] NOT NULL,
	"purpose" text NOT NULL,
	"expires_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"park_id" uuid,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"mode" text NOT NULL,
	"dry_run" boolean NOT NULL,
	"status" text NOT NULL,
	"rows" integer NOT NULL,
	"valid" integer NOT NULL,
	"imported" integer NOT NULL,
	"actor_user_id" uuid,
	"actor_email" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"errors" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rule_sets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"version" text NOT NULL,
	"effective_from" date NOT NULL,
	"definition" jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "source" text DEFAULT 'park_admin' NOT NULL;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "source_date" date DEFAULT CURRENT_DATE NOT NULL;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "updated_by" uuid;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "completeness" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "compliance_events" ADD CONSTRAINT "compliance_events_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_events" ADD CONSTRAINT "compliance_events_enterprise_id_enterprises_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equity_rounds" ADD CONSTRAINT "equity_rounds_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equity_rounds" ADD CONSTRAINT "equity_rounds_enterprise_id_enterprises_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "existing_loans" ADD CONSTRAINT "existing_loans_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "existing_loans" ADD CONSTRAINT "existing_loans_enterprise_id_enterprises_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financial_statements" ADD CONSTRAINT "financial_statements_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financial_statements" ADD CONSTRAINT "financial_statements_enterprise_id_enterprises_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_items" ADD CONSTRAINT "ip_items_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_items" ADD CONSTRAINT "ip_items_enterprise_id_enterprises_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people_months" ADD CONSTRAINT "people_months_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people_months" ADD CONSTRAINT "people_months_enterprise_id_enterprises_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualifications" ADD CONSTRAINT "qualifications_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualifications" ADD CONSTRAINT "qualifications_enterprise_id_enterprises_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tax_grades" ADD CONSTRAINT "tax_grades_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tax_grades" ADD CONSTRAINT "tax_grades_enterprise_id_enterprises_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_enterprise_id_enterprises_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_institution_id_organisations_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "compliance_events_key" ON "compliance_events" USING btree ("enterprise_id","kind","reference");--> statement-breakpoint
CREATE UNIQUE INDEX "equity_rounds_key" ON "equity_rounds" USING btree ("enterprise_id","closed_on","round");--> statement-breakpoint
CREATE UNIQUE INDEX "existing_loans_key" ON "existing_loans" USING btree ("enterprise_id","lender","started_on");--> statement-breakpoint
CREATE UNIQUE INDEX "financial_statements_key" ON "financial_statements" USING btree ("enterprise_id","year");--> statement-breakpoint
CREATE INDEX "financial_statements_park_idx" ON "financial_statements" USING btree ("park_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "ip_items_key" ON "ip_items" USING btree ("kind","number");--> statement-breakpoint
CREATE INDEX "ip_items_enterprise_idx" ON "ip_items" USING btree ("enterprise_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "people_months_key" ON "people_months" USING btree ("enterprise_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "qualifications_key" ON "qualifications" USING btree ("enterprise_id","kind","certificate_no");--> statement-breakpoint
CREATE INDEX "qualifications_kind_idx" ON "qualifications" USING btree ("kind","valid_to");--> statement-breakpoint
CREATE UNIQUE INDEX "tax_grades_key" ON "tax_grades" USING btree ("enterprise_id","year");--> statement-breakpoint
CREATE INDEX "access_log_enterprise_idx" ON "access_log" USING btree ("enterprise_id","at");--> statement-breakpoint
CREATE INDEX "grants_enterprise_idx" ON "grants" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "grants_institution_idx" ON "grants" USING btree ("institution_id","expires_on");--> statement-breakpoint
CREATE INDEX "imports_at_idx" ON "imports" USING btree ("at");--> statement-breakpoint
CREATE INDEX "rule_sets_code_idx" ON "rule_sets" USING btree ("code","effective_from");--> statement-breakpoint
CREATE INDEX "enterprises_park_completeness_idx" ON "enterprises" USING btree ("park_id","completeness");--> statement-breakpoint
CREATE INDEX "enterprises_park_employees_idx" ON "enterprises" USING btree ("park_id","employees");