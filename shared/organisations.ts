// Who is who: organisation types and the roles a membership gives.

export const ROLES = ['platform_operator', 'park_admin', 'institution_officer', 'enterprise_user'] as const;
export type Role = (typeof ROLES)[number];

export const INSTITUTION_TYPES = ['bank', 'vc_fund', 'angel_fund', 'insurer', 'guarantor', 'small_loan', 'guidance_fund', 'corporate_vc'] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

export const ORG_TYPES = ['platform', 'park_operator', 'enterprise', ...INSTITUTION_TYPES] as const;
export type OrgType = (typeof ORG_TYPES)[number];

/** An enterprise's self-registration, until its park's administrator admits or rejects it. */
export const REGISTRATION_STATUSES = ['pending', 'admitted', 'rejected'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
