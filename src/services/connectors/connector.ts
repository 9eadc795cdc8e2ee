// Public data connectors: where a city plugs in its government data exchange (market regulation,
// tax, social insurance, IP office). Each answers per credit code; the platform merges the
// answers into the profile with source "connector".
import type { IpItem, TaxGradeYear } from '../../domain/profile/types.ts';

export interface RegistrationFacts {
  name: string;
  legalRepresentative: string;
  foundedOn: string;
  registeredCapitalFen: bigint;
  regionCode: string;
  industryCode: string;
  address: string;
}

export interface SocialInsuranceMonth {
  month: string; // YYYY-MM
  headcount: number;
}

export interface PublicDataConnector {
  readonly name: string;
  registration(creditCode: string): Promise<RegistrationFacts | null>;
  taxGrades(creditCode: string): Promise<TaxGradeYear[]>;
  socialInsurance(creditCode: string): Promise<SocialInsuranceMonth[]>;
  intellectualProperty(creditCode: string): Promise<IpItem[]>;
}
