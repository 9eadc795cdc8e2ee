ALTER TABLE "applications" ADD COLUMN "approved_amount_fen" bigint;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "approved_lpr_tenor" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "approved_spread_bp" integer;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "approved_term_months" integer;