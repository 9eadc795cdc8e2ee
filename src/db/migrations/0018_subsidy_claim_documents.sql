CREATE TABLE "subsidy_claim_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"claim_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_by_org" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "subsidy_claim_documents" ADD CONSTRAINT "subsidy_claim_documents_claim_id_subsidy_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."subsidy_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claim_documents" ADD CONSTRAINT "subsidy_claim_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claim_documents" ADD CONSTRAINT "subsidy_claim_documents_uploaded_by_org_organisations_id_fk" FOREIGN KEY ("uploaded_by_org") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "subsidy_claim_documents_claim_idx" ON "subsidy_claim_documents" USING btree ("claim_id","kind");