CREATE TABLE "loan_status_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"loan_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"mover" text NOT NULL,
	"actor_id" uuid,
	"reason" text,
	"on" date NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lpr_fixings" (
	"month" text PRIMARY KEY NOT NULL,
	"date" date NOT NULL,
	"one_year" numeric(8, 6) NOT NULL,
	"five_year" numeric(8, 6) NOT NULL,
	"source" text NOT NULL,
	"loaded_by" uuid,
	"loaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "loans" ADD COLUMN "lpr_fixing_on" date;--> statement-breakpoint
ALTER TABLE "loans" ADD COLUMN "lpr_one_year" numeric(8, 6);--> statement-breakpoint
ALTER TABLE "loans" ADD COLUMN "lpr_five_year" numeric(8, 6);--> statement-breakpoint
ALTER TABLE "loan_status_history" ADD CONSTRAINT "loan_status_history_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "loan_status_history_loan_idx" ON "loan_status_history" USING btree ("loan_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "lpr_fixings_date_key" ON "lpr_fixings" USING btree ("date");