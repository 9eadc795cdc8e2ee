// Demo data of the account flows. Each park has a pending self-registration for its administrator;
// Zhangjiang has two, one already admitted (its applicant signs in with the demo password) and one
// rejected with its reason. The demo enterprise and the demo bank each have an open invitation
// and one a colleague accepted (that colleague signs in too).
import type { Tx } from '../../db/client.ts';
import { insertInvitation, insertRegistration } from '../../db/repositories/accounts.ts';
import { insertMembership, insertUser } from '../../db/repositories/users.ts';
import { INVITATION_TTL_MS } from '../../domain/access/accounts.ts';
import type { Role } from '../../domain/access/actor.ts';
import { makeCreditCode } from '../../domain/codes/index.ts';
import { hashToken, newToken } from '../accounts/account-tokens.ts';
import { newId } from '../shared/ids.ts';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

interface Applicant {
  name: string;
  contact: string;
  address: string;
  industry: string;
  foundedOn: string;
  capitalFen: bigint;
  employees: number;
  phone: string;
}

/** The pending applicants of each park, oldest first. */
const PENDING: Record<string, Applicant[]> = {
  zhangjiang: [
    { name: '上海芯途微电子科技有限公司', contact: '周杰', address: '上海市浦东新区祖冲之路1077号', industry: 'C3973', foundedOn: '2022-06-01', capitalFen: 300_000_000n, employees: 25, phone: '13916280451' },
    { name: '上海澜启生物医药科技有限公司', contact: '林雪', address: '上海市浦东新区哈雷路998号', industry: 'C2761', foundedOn: '2023-03-15', capitalFen: 500_000_000n, employees: 31, phone: '13761502288' },
  ],
  zizhu: [{ name: '上海紫曜数字内容科技有限公司', contact: '吴婷', address: '上海市闵行区东川路555号', industry: 'I6510', foundedOn: '2022-06-01', capitalFen: 300_000_000n, employees: 32, phone: '13817734096' }],
  qingdao: [{ name: '青岛蓝海智能装备有限公司', contact: '郑浩', address: '山东省青岛市崂山区松岭路169号', industry: 'C3491', foundedOn: '2022-06-01', capitalFen: 300_000_000n, employees: 39, phone: '15866021375' }],
};

const REJECTED: Applicant = { name: '上海恒屿贸易有限公司', contact: '马超', address: '上海市黄浦区南京东路300号', industry: 'F', foundedOn: '2019-11-20', capitalFen: 100_000_000n, employees: 8, phone: '13601958842' };
export const DEMO_REJECTION_REASON = '注册地址不在张江科学城范围内，且主营业务为批发贸易，不属于园区科技企业，请向所在区的园区申请。';

/** The admitted applicant of Zhangjiang: a demo enterprise of the park, signing in with the demo password. */
export const DEMO_ADMITTED_EMAIL = 'hejing@zhangjiang.kejin.demo';

interface SeededEnterprise {
  id: string;
  parkCode: string;
  creditCode: string;
  name: string;
  industryCode: string;
  foundedOn: string;
  registeredCapitalFen: bigint;
  employees: number;
  legalRepresentative: string;
  address: string;
}

export interface AccountFlowInput {
  parks: { id: string; code: string; regionCode: string }[];
  passwordHash: string;
  /** The demo enterprise (first of the data set) and the one Zhangjiang enterprise admitted by registration. */
  enterpriseId: string;
  admittedEnterprise: SeededEnterprise | undefined;
  bankId: string;
  inviterId: string;
  bankInviterId: string;
  parkAdmins: Map<string, string>;
  now: Date;
}

export async function seedDemoAccountFlows(tx: Tx, input: AccountFlowInput): Promise<void> {
  const { now } = input;
  let n = 0;
  const codeOf = (regionCode: string) => makeCreditCode({ registrationAuthority: '9', entityType: '1', regionCode, organisationCode: `KJREG${String(++n).padStart(4, '0')}` });
  for (const park of input.parks) {
    for (const [i, applicant] of (PENDING[park.code] ?? []).entries()) {
      await insertRegistration(tx, {
        ...registrationFacts(applicant, codeOf(park.regionCode)),
        id: newId(now.getTime()),
        parkId: park.id,
        email: i === 0 ? `applicant@${park.code}.kejin.demo` : `applicant${i + 1}@${park.code}.kejin.demo`,
        passwordHash: input.passwordHash,
        createdAt: new Date(now.getTime() - (12 - n) * HOUR),
      });
    }
  }
  const zhangjiang = input.parks.find((p) => p.code === 'zhangjiang');
  if (zhangjiang) await seedDecidedRegistrations(tx, input, zhangjiang, codeOf('310101'));

  await seedInvitations(tx, input.enterpriseId, 'enterprise_user', input.inviterId, input, [
    { email: 'colleague@enterprise.kejin.demo' },
    { email: 'qianfang@enterprise.kejin.demo', displayName: '财务主管 钱芳' },
  ]);
  await seedInvitations(tx, input.bankId, 'institution_officer', input.bankInviterId, input, [
    { email: 'analyst@bank.kejin.demo' },
    { email: 'risk@bank.kejin.demo', displayName: '风控经理 冯涛' },
  ]);
}

function registrationFacts(a: Applicant, creditCode: string) {
  return { creditCode, phone: a.phone, enterpriseName: a.name, industryCode: a.industry, foundedOn: a.foundedOn, registeredCapitalFen: a.capitalFen, employees: a.employees, legalRepresentative: a.contact, address: a.address, contactName: a.contact };
}

async function seedDecidedRegistrations(tx: Tx, input: AccountFlowInput, park: { id: string }, rejectedCode: string): Promise<void> {
  const { now } = input;
  const decidedBy = input.parkAdmins.get('zhangjiang') ?? null;
  const admitted = input.admittedEnterprise;
  if (admitted) {
    const user = await insertUser(tx, { id: newId(), email: DEMO_ADMITTED_EMAIL, passwordHash: input.passwordHash, displayName: '何婧', phone: '13524417830', createdAt: new Date(now.getTime() - 5 * DAY), updatedAt: now });
    await insertMembership(tx, { id: newId(), userId: user.id, organisationId: admitted.id, role: 'enterprise_user', createdAt: new Date(now.getTime() - 5 * DAY) });
    await insertRegistration(tx, {
      id: newId(now.getTime()),
      parkId: park.id,
      creditCode: admitted.creditCode,
      enterpriseName: admitted.name,
      industryCode: admitted.industryCode,
      foundedOn: admitted.foundedOn,
      registeredCapitalFen: admitted.registeredCapitalFen,
      employees: admitted.employees,
      legalRepresentative: admitted.legalRepresentative,
      address: admitted.address,
      contactName: '何婧',
      email: DEMO_ADMITTED_EMAIL,
      phone: '13524417830',
      passwordHash: input.passwordHash,
      status: 'admitted',
      createdAt: new Date(now.getTime() - 6 * DAY),
      decidedAt: new Date(now.getTime() - 5 * DAY),
      decidedBy,
      organisationId: admitted.id,
      userId: user.id,
    });
  }
  await insertRegistration(tx, {
    ...registrationFacts(REJECTED, rejectedCode),
    id: newId(now.getTime()),
    parkId: park.id,
    email: 'machao@hengyu-trade.kejin.demo',
    passwordHash: input.passwordHash,
    status: 'rejected',
    reason: DEMO_REJECTION_REASON,
    createdAt: new Date(now.getTime() - 4 * DAY),
    decidedAt: new Date(now.getTime() - 3 * DAY),
    decidedBy,
  });
}

/**
 * An open invitation, and one accepted by a colleague who is now a member (with the demo password).
 * The colleagues' e-mails sort after the demo accounts', which act for their organisations in the seeded story.
 */
async function seedInvitations(tx: Tx, organisationId: string, role: Role, invitedBy: string, input: AccountFlowInput, people: [{ email: string }, { email: string; displayName: string }]): Promise<void> {
  const { now } = input;
  const [open, accepted] = people;
  const invitedAt = new Date(now.getTime() - 10 * DAY);
  const joinedAt = new Date(now.getTime() - 9 * DAY);
  const user = await insertUser(tx, { id: newId(), email: accepted.email, passwordHash: input.passwordHash, displayName: accepted.displayName, createdAt: joinedAt, updatedAt: joinedAt });
  await insertMembership(tx, { id: newId(), userId: user.id, organisationId, role, createdAt: joinedAt });
  await insertInvitation(tx, { id: newId(invitedAt.getTime()), organisationId, email: accepted.email, role, tokenHash: hashToken(newToken()), invitedBy, status: 'accepted', createdAt: invitedAt, expiresAt: new Date(invitedAt.getTime() + INVITATION_TTL_MS), decidedAt: joinedAt, userId: user.id });
  const sentAt = new Date(now.getTime() - DAY);
  await insertInvitation(tx, { id: newId(sentAt.getTime()), organisationId, email: open.email, role, tokenHash: hashToken(newToken()), invitedBy, createdAt: sentAt, expiresAt: new Date(sentAt.getTime() + INVITATION_TTL_MS) });
}
