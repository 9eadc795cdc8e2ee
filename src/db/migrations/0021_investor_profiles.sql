CREATE TABLE "investor_portfolio_companies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"investor_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"enterprise_id" uuid,
	"company_name" text NOT NULL,
	"industry_code" text,
	"round" text,
	"invested_on" date,
	"amount_fen" bigint,
	CONSTRAINT "investor_portfolio_amount_nonnegative" CHECK ("investor_portfolio_companies"."amount_fen" IS NULL OR "investor_portfolio_companies"."amount_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "investor_profiles" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"organisation_id" uuid,
	"owner_user_id" uuid,
	"display_name" text,
	"thesis" text NOT NULL,
	"stages" text[] NOT NULL,
	"industry_codes" text[] NOT NULL,
	"region_codes" text[] NOT NULL,
	"park_ids" uuid[] NOT NULL,
	"ticket_min_fen" bigint NOT NULL,
	"ticket_max_fen" bigint NOT NULL,
	"fund_size_fen" bigint,
	"manager_registration_no" text,
	"fund_record_codes" text[] NOT NULL,
	"website" text,
	"updated_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "investor_profiles_one_owner" CHECK (("investor_profiles"."kind" = 'individual_angel' AND "investor_profiles"."owner_user_id" IS NOT NULL AND "investor_profiles"."organisation_id" IS NULL) OR ("investor_profiles"."kind" <> 'individual_angel' AND "investor_profiles"."organisation_id" IS NOT NULL AND "investor_profiles"."owner_user_id" IS NULL)),
	CONSTRAINT "investor_profiles_ticket_order" CHECK ("investor_profiles"."ticket_min_fen" >= 0 AND "investor_profiles"."ticket_min_fen" <= "investor_profiles"."ticket_max_fen"),
	CONSTRAINT "investor_profiles_fund_size_nonnegative" CHECK ("investor_profiles"."fund_size_fen" IS NULL OR "investor_profiles"."fund_size_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "investor_team_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"investor_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"name" text NOT NULL,
	"title" text NOT NULL,
	"bio" text,
	"email" text
);
--> statement-breakpoint
ALTER TABLE "investor_portfolio_companies" ADD CONSTRAINT "investor_portfolio_companies_investor_id_investor_profiles_id_fk" FOREIGN KEY ("investor_id") REFERENCES "public"."investor_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investor_portfolio_companies" ADD CONSTRAINT "investor_portfolio_companies_enterprise_id_organisations_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investor_profiles" ADD CONSTRAINT "investor_profiles_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investor_profiles" ADD CONSTRAINT "investor_profiles_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investor_team_members" ADD CONSTRAINT "investor_team_members_investor_id_investor_profiles_id_fk" FOREIGN KEY ("investor_id") REFERENCES "public"."investor_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "investor_portfolio_position_key" ON "investor_portfolio_companies" USING btree ("investor_id","position");--> statement-breakpoint
CREATE INDEX "investor_portfolio_enterprise_idx" ON "investor_portfolio_companies" USING btree ("enterprise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "investor_profiles_organisation_key" ON "investor_profiles" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "investor_profiles_owner_key" ON "investor_profiles" USING btree ("owner_user_id");--> statement-breakpoint
CREATE INDEX "investor_profiles_kind_idx" ON "investor_profiles" USING btree ("kind");--> statement-breakpoint
CREATE UNIQUE INDEX "investor_team_members_position_key" ON "investor_team_members" USING btree ("investor_id","position");