ALTER TABLE "pool_loans" ADD COLUMN "status" text DEFAULT 'registered' NOT NULL;--> statement-breakpoint
ALTER TABLE "pool_loans" ADD COLUMN "proposed_on" date;--> statement-breakpoint
ALTER TABLE "pool_loans" ADD CONSTRAINT "pool_loans_status" CHECK ("pool_loans"."status" IN ('proposed', 'registered', 'declined'));