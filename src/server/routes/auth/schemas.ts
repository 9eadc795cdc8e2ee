import { z } from 'zod';
import type { Me } from '../../../services/accounts/get-me.ts';
import { OrgTypeEnum, RoleEnum } from '../vocabulary.ts';

export const LoginBody = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(200),
});

export const ParkRef = z.object({ id: z.string(), code: z.string(), name: z.string(), nameEn: z.string() });

export const MeSchema = z.object({
  user: z.object({ id: z.string(), email: z.string(), displayName: z.string(), locale: z.enum(['zh-CN', 'en']) }),
  roles: z.array(RoleEnum),
  organisation: z
    .object({
      id: z.string(),
      name: z.string(),
      nameEn: z.string().nullable(),
      type: OrgTypeEnum,
      creditCode: z.string().nullable(),
      parkId: z.string().nullable(),
    })
    .nullable(),
  parkScope: z.object({ all: z.boolean(), parks: z.array(ParkRef) }),
  /** The platform's business time (KEJIN_TIMEZONE): the web's "today" for dates it proposes and checks. */
  businessTime: z.object({ timezone: z.string(), today: z.string() }),
});

export function presentMe(me: Me, businessTime: { timezone: string; today: string }): z.infer<typeof MeSchema> {
  const org = me.organisation;
  return {
    user: { id: me.user.id, email: me.user.email, displayName: me.user.displayName, locale: me.user.locale },
    roles: me.roles,
    organisation: org && { id: org.id, name: org.name, nameEn: org.nameEn, type: org.type, creditCode: org.creditCode, parkId: org.parkId },
    parkScope: { all: me.parkScope.all, parks: me.parkScope.parks.map((p) => ({ id: p.id, code: p.code, name: p.name, nameEn: p.nameEn })) },
    businessTime,
  };
}
