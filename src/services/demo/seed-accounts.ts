// Demo data of the account flows: one pending self-registration per park (for its administrator to
// admit or reject) and one open invitation from the demo enterprise's user to a colleague.
import type { Tx } from '../../db/client.ts';
import { insertInvitation, insertRegistration } from '../../db/repositories/accounts.ts';
import { INVITATION_TTL_MS } from '../../domain/access/accounts.ts';
import { makeCreditCode } from '../../domain/codes/index.ts';
import { hashToken, newToken } from '../accounts/account-tokens.ts';
import { newId } from '../shared/ids.ts';

const APPLICANTS: Record<string, { name: string; contact: string; address: string; industry: string }> = {
  zhangjiang: { name: '上海芯途微电子科技有限公司', contact: '周杰', address: '上海市浦东新区祖冲之路1077号', industry: 'C3973' },
  zizhu: { name: '上海紫曜数字内容科技有限公司', contact: '吴婷', address: '上海市闵行区东川路555号', industry: 'I6510' },
  qingdao: { name: '青岛蓝海智能装备有限公司', contact: '郑浩', address: '山东省青岛市崂山区松岭路169号', industry: 'C3491' },
};

export async function seedDemoAccountFlows(
  tx: Tx,
  input: { parks: { id: string; code: string; regionCode: string }[]; passwordHash: string; enterpriseId: string; inviterId: string; now: Date },
): Promise<void> {
  let n = 0;
  for (const park of input.parks) {
    const applicant = APPLICANTS[park.code];
    if (!applicant) continue;
    n++;
    await insertRegistration(tx, {
      id: newId(input.now.getTime()),
      parkId: park.id,
      creditCode: makeCreditCode({ registrationAuthority: '9', entityType: '1', regionCode: park.regionCode, organisationCode: `KJREG000${n}` }),
      enterpriseName: applicant.name,
      industryCode: applicant.industry,
      foundedOn: '2022-06-01',
      registeredCapitalFen: 300_000_000n,
      employees: 18 + n * 7,
      legalRepresentative: applicant.contact,
      address: applicant.address,
      contactName: applicant.contact,
      email: `applicant@${park.code}.kejin.demo`,
      passwordHash: input.passwordHash,
      createdAt: new Date(input.now.getTime() - n * 3600_000),
    });
  }
  await insertInvitation(tx, {
    id: newId(input.now.getTime()),
    organisationId: input.enterpriseId,
    email: 'colleague@enterprise.kejin.demo',
    role: 'enterprise_user',
    tokenHash: hashToken(newToken()),
    invitedBy: input.inviterId,
    createdAt: input.now,
    expiresAt: new Date(input.now.getTime() + INVITATION_TTL_MS),
  });
}
