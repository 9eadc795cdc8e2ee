// The names a workflow notice is written with: the application's product, enterprise and
// institution, each with its English name where it has one.
import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../client.ts';
import { applications, organisations, products } from '../schema/index.ts';

export interface NamedRow {
  name: string;
  nameEn: string | null;
}

export interface ApplicationNames {
  product: NamedRow;
  enterprise: NamedRow;
  institution: NamedRow;
}

const enterpriseOrg = alias(organisations, 'enterprise_org');
const institutionOrg = alias(organisations, 'institution_org');

/** The product, enterprise and institution names of an application; undefined when it does not exist. */
export async function applicationNames(db: Executor, applicationId: string): Promise<ApplicationNames | undefined> {
  const [row] = await db
    .select({
      productName: products.name,
      productNameEn: products.nameEn,
      enterpriseName: enterpriseOrg.name,
      enterpriseNameEn: enterpriseOrg.nameEn,
      institutionName: institutionOrg.name,
      institutionNameEn: institutionOrg.nameEn,
    })
    .from(applications)
    .innerJoin(products, eq(products.id, applications.productId))
    .innerJoin(enterpriseOrg, eq(enterpriseOrg.id, applications.enterpriseId))
    .innerJoin(institutionOrg, eq(institutionOrg.id, applications.institutionId))
    .where(eq(applications.id, applicationId))
    .limit(1);
  if (!row) return undefined;
  return {
    product: { name: row.productName, nameEn: row.productNameEn },
    enterprise: { name: row.enterpriseName, nameEn: row.enterpriseNameEn },
    institution: { name: row.institutionName, nameEn: row.institutionNameEn },
  };
}
