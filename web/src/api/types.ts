// The server's contract (base /api/v1). Kept by hand in step with the server's zod schemas.

export const ROLES = ['platform_operator', 'park_admin', 'institution_officer', 'enterprise_user'] as const;
export type Role = (typeof ROLES)[number];

export const ORG_TYPES = [
  'platform',
  'park_operator',
  'enterprise',
  'bank',
  'vc_fund',
  'angel_fund',
  'insurer',
  'guarantor',
  'small_loan',
  'guidance_fund',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const INSTITUTION_TYPES = [
  'bank',
  'vc_fund',
  'angel_fund',
  'insurer',
  'guarantor',
  'small_loan',
  'guidance_fund',
] as const satisfies readonly OrgType[];
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

export type Locale = 'zh-CN' | 'en';
export type Status = 'active' | 'deactivated';

export interface ParkRef {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
}

export interface Me {
  user: { id: string; email: string; displayName: string; locale: Locale };
  roles: Role[];
  organisation: {
    id: string;
    name: string;
    nameEn: string | null;
    type: OrgType;
    creditCode: string | null;
    parkId: string | null;
  } | null;
  parkScope: { all: boolean; parks: ParkRef[] };
  /** The platform's business time zone and its date today. */
  businessTime: { timezone: string; today: string };
}

export interface MyOrganisation {
  id: string;
  name: string;
  nameEn: string | null;
  type: OrgType;
  creditCode: string | null;
  parkId: string | null;
  regionCode: string | null;
  status: Status;
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ListQuery {
  page?: number;
  pageSize?: number;
  q?: string;
}

export interface Park {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  regionCode: string;
  status: Status;
  enterpriseCount: number;
}

export interface Institution {
  id: string;
  name: string;
  nameEn: string | null;
  type: InstitutionType;
  creditCode: string;
  regionCode: string;
  status: Status;
}

export interface Membership {
  role: Role;
  organisationId: string;
  organisationName: string;
  organisationType: OrgType;
  parkId: string | null;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  status: Status;
  memberships: Membership[];
  createdAt: string;
  lastLoginAt: string | null;
}

export interface Enterprise {
  id: string;
  creditCode: string;
  name: string;
  parkId: string;
  parkCode: string;
  parkName: string;
  industryCode: string;
  industryName: string | null;
  regionCode: string;
  foundedOn: string;
  registeredCapitalFen: number;
  employees: number;
  legalRepresentative: string;
  address: string;
  status: string;
  ratingBand: string | null;
  /** How much of the credit profile is filled in, 0–100. */
  completeness: number;
  source: string;
  sourceDate: string;
}

export interface AuditEvent {
  id: string;
  at: string;
  /** The person by name (a park administrator sees other organisations' people as the organisation). */
  actor: { kind: 'user' | 'system' | 'visitor'; name: string; email: string | null; organisation: string | null };
  action: string;
  actionLabel: string;
  family: string;
  familyLabel: string;
  targetType: string;
  targetLabel: string;
  targetId: string | null;
  parkId: string | null;
  clientAddress: string | null;
  details: Record<string, unknown>;
}
