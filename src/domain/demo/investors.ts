// The demo investors: profiles for the investor institutions (those of the base list and the
// organisations only investors need), and individual angels. Registration numbers and teams depend
// on the investor's key alone; portfolios are drawn, with the seed, from the data set's enterprises
// in the investor's parks and industries, so the same seed gives the same investors.
import type { InvestmentStage, InvestorKind } from '../../../shared/investors.ts';
import { makeUniqueCreditCode } from './credit-codes.ts';
import { toDayNumber, toIsoDate } from './dates.ts';
import { ANGEL_SPECS, INVESTOR_ORGANISATION_SPECS, INVESTOR_SPECS, type AngelSpec, type InvestorSpec } from './investor-data.ts';
import { makePersonName } from './person-names.ts';
import { createRandom, hashSeed, type Random } from './random.ts';
import type { DemoData, DemoInstitution } from './types.ts';

export interface DemoTeamMember {
  name: string;
  title: string;
  bio: string | null;
  email: string | null;
}

export interface DemoPortfolioCompany {
  /** Position of the enterprise in the data set. */
  enterpriseIndex: number;
  round: InvestmentStage;
  investedOn: string;
  amountFen: bigint;
}

export interface DemoInvestor {
  key: string;
  kind: InvestorKind;
  /** The institution's key (base list or `organisations`); null for an angel. */
  institutionKey: string | null;
  angel: AngelSpec | null;
  thesis: string;
  stages: InvestmentStage[];
  industryCodes: string[];
  parkCodes: string[];
  regionCodes: string[];
  ticketMinFen: bigint;
  ticketMaxFen: bigint;
  fundSizeFen: bigint | null;
  managerRegistrationNo: string | null;
  fundRecordCodes: string[];
  team: DemoTeamMember[];
  portfolio: DemoPortfolioCompany[];
}

export interface DemoInvestors {
  /** Investor organisations to create besides the base institutions. */
  organisations: DemoInstitution[];
  investors: DemoInvestor[];
}

/** The fund the demo investor account (investor@vc.kejin.demo) is an officer of. */
export const DEMO_INVESTOR_FUND = 'pujiang-frontier-vc';

const WAN = 1_000_000n; // fen in 10,000 yuan
const YI = 10_000_000_000n; // fen in 100 million yuan
const TITLES = ['创始合伙人', '合伙人', '投资总监', '投资经理'] as const;
const TITLE_MAILS = ['founding.partner', 'partner', 'director', 'associate'] as const;
const BIOS = ['十五年产业与投资经验，曾任上市公司战略投资部负责人。', '理工科博士，长期跟踪硬科技赛道。', '曾任券商投行部执行董事，主导多家科创板企业上市。', null] as const;
const CODE_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function generateDemoInvestors(data: DemoData, options: { seed: number; today: string }): DemoInvestors {
  const taken = new Set([...data.institutions, ...data.enterprises].map((o) => o.creditCode));
  const organisations = INVESTOR_ORGANISATION_SPECS.map((spec): DemoInstitution => {
    const rng = createRandom(hashSeed(spec.key));
    const creditCode = makeUniqueCreditCode(rng, { regionCode: spec.regionCode, foundedDay: toDayNumber(`${spec.founded}-06-30`), authorityAndType: spec.authorityAndType ?? '91' }, taken);
    return { key: spec.key, type: spec.type, name: spec.name, nameEn: spec.nameEn, creditCode, regionCode: spec.regionCode };
  });
  const known = new Set([...data.institutions.map((i) => i.key), ...organisations.map((o) => o.key)]);
  const angels = new Map(ANGEL_SPECS.map((a) => [a.key, a]));
  const registrations = new Set<string>();
  const investors = INVESTOR_SPECS.flatMap((spec) => {
    const angel = angels.get(spec.key) ?? null;
    if (!angel && !known.has(spec.key)) return [];
    return [toInvestor(spec, angel, data, options, registrations)];
  });
  return { organisations, investors };
}

function toInvestor(spec: InvestorSpec, angel: AngelSpec | null, data: DemoData, options: { seed: number; today: string }, registrations: Set<string>): DemoInvestor {
  const rng = createRandom(hashSeed(spec.key));
  const fundManager = spec.kind !== 'individual_angel' && spec.registered;
  return {
    key: spec.key,
    kind: spec.kind,
    institutionKey: angel ? null : spec.key,
    angel,
    thesis: spec.thesis,
    stages: spec.stages,
    industryCodes: spec.industryCodes,
    parkCodes: spec.parkCodes,
    regionCodes: spec.regionCodes,
    ticketMinFen: BigInt(spec.ticketWan[0]) * WAN,
    ticketMaxFen: BigInt(spec.ticketWan[1]) * WAN,
    fundSizeFen: spec.fundSizeYi === null ? null : BigInt(spec.fundSizeYi) * YI,
    managerRegistrationNo: fundManager ? registrationNo(rng, registrations) : null,
    fundRecordCodes: fundManager ? Array.from({ length: rng.int(1, 3) }, () => recordCode(rng, registrations)) : [],
    team: angel ? [] : team(rng, spec),
    portfolio: portfolio(createRandom(hashSeed(`${options.seed}:${spec.key}`)), spec, data, options.today),
  };
}

function registrationNo(rng: Random, taken: Set<string>): string {
  let number: string;
  do number = `P10${String(rng.int(0, 99_999)).padStart(5, '0')}`;
  while (taken.has(number));
  taken.add(number);
  return number;
}

function recordCode(rng: Random, taken: Set<string>): string {
  let code: string;
  do code = `S${Array.from({ length: 5 }, () => rng.pick([...CODE_CHARS])).join('')}`;
  while (taken.has(code));
  taken.add(code);
  return code;
}

function team(rng: Random, spec: InvestorSpec): DemoTeamMember[] {
  const city = spec.parkCodes.includes('qingdao') ? '青岛' : '上海';
  const size = rng.int(2, 4);
  return Array.from({ length: size }, (_, i) => ({
    name: makePersonName(rng, city),
    title: TITLES[i]!,
    bio: BIOS[i] ?? null,
    email: `${TITLE_MAILS[i]}@${spec.key}.kejin.demo`,
  }));
}

/** Enterprises of the investor's parks in an industry its thesis covers, a few drawn at random. */
function portfolio(rng: Random, spec: InvestorSpec, data: DemoData, today: string): DemoPortfolioCompany[] {
  const fits = data.enterprises.flatMap((e, index) =>
    spec.parkCodes.includes(e.parkCode) && spec.industryCodes.some((code) => e.industryCode.startsWith(code)) && index > 0 ? [index] : [],
  );
  const chosen: number[] = [];
  while (chosen.length < Math.min(spec.portfolioSize, fits.length)) {
    const index = rng.pick(fits);
    if (!chosen.includes(index)) chosen.push(index);
  }
  const todayDay = toDayNumber(today);
  const [minWan, maxWan] = spec.ticketWan;
  return chosen.sort((a, b) => a - b).map((enterpriseIndex) => ({
    enterpriseIndex,
    round: rng.pick(spec.stages),
    investedOn: toIsoDate(todayDay - rng.int(60, 6 * 365)),
    amountFen: BigInt(Math.round(rng.int(minWan, maxWan) / 10) * 10) * WAN,
  }));
}
