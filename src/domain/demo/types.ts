// Shapes of the demo data set. The generator is pure: the same options give the same data.

export interface DemoPark {
  code: string;
  name: string;
  nameEn: string;
  regionCode: string;
  /** GB/T 4754-2017 class codes typical for the park, most common first. */
  industries: string[];
}

export type InstitutionType =
  | 'bank'
  | 'vc_fund'
  | 'angel_fund'
  | 'insurer'
  | 'guarantor'
  | 'small_loan'
  | 'guidance_fund'
  | 'corporate_vc';

export interface DemoInstitution {
  /** Stable slug, e.g. 'pudong-tech-bank'; the same for every seed. */
  key: string;
  type: InstitutionType;
  name: string;
  nameEn: string;
  creditCode: string;
  regionCode: string;
}

export type EnterpriseStage = 'startup' | 'growth' | 'mature';

export interface DemoEnterprise {
  /** Position in the data set (0-based); keys the blocks of IP numbers the firm may use. */
  ordinal: number;
  creditCode: string;
  name: string;
  parkCode: string;
  /** GB/T 4754-2017 class (4-digit level), e.g. 'I6513'. */
  industryCode: string;
  regionCode: string;
  foundedOn: string; // YYYY-MM-DD
  admittedOn: string; // YYYY-MM-DD, never before foundedOn or the park's founding
  registeredCapitalFen: bigint;
  employees: number;
  legalRepresentative: string;
  address: string;
  stage: EnterpriseStage;
  /** 0..1, the hidden quality later generators correlate ratios, IP and defaults with. */
  latentQuality: number;
}

export interface DemoData {
  parks: DemoPark[];
  institutions: DemoInstitution[];
  enterprises: DemoEnterprise[];
}

export interface DemoOptions {
  seed: number;
  enterprises: number;
  /** The "current" date the data is generated as of, YYYY-MM-DD. */
  today: string;
}
