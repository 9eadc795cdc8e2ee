// The investor profile editor's form values and their translation to and from the API: amounts are
// typed in 万元 and sent as fen; the server's field paths are put on the form's fields.
import type { NamePath } from 'antd/es/form/interface';
import type { InvestmentStage, InvestorDetail, InvestorProfileInput } from '../../api/investors';
import { fenToWanInput, parseWanToFen } from '../../lib/money';

export interface CompanyValues {
  enterpriseId: string | null;
  companyName: string;
  industryCode: string | null;
  round: InvestmentStage | null;
  investedOn: string | null;
  amountWan: string | null;
}

export interface ProfileValues {
  thesis: string;
  stages: InvestmentStage[];
  industryCodes: string[];
  regionCodes: string[];
  parkIds: string[];
  ticketMinWan: string;
  ticketMaxWan: string;
  fundSizeWan: string | null;
  managerRegistrationNo: string | null;
  fundRecordCodes: string[];
  website: string | null;
  team: { name: string; title: string; bio: string | null; email: string | null }[];
  portfolio: CompanyValues[];
}

const wan = (fen: number | null) => (fen === null ? null : fenToWanInput(fen));
const fen = (text: string | null | undefined) => (text === null || text === undefined || text === '' ? null : (parseWanToFen(text) ?? -1));
const orNull = (text: string | null | undefined) => (text === undefined || text === '' ? null : text);

export const EMPTY_PROFILE: ProfileValues = {
  thesis: '',
  stages: [],
  industryCodes: [],
  regionCodes: [],
  parkIds: [],
  ticketMinWan: '',
  ticketMaxWan: '',
  fundSizeWan: null,
  managerRegistrationNo: null,
  fundRecordCodes: [],
  website: null,
  team: [],
  portfolio: [],
};

export function valuesOf(d: InvestorDetail): ProfileValues {
  return {
    thesis: d.thesis,
    stages: d.stages,
    industryCodes: d.industryCodes,
    regionCodes: d.regionCodes,
    parkIds: d.parkIds,
    ticketMinWan: wan(d.ticketMinFen)!,
    ticketMaxWan: wan(d.ticketMaxFen)!,
    fundSizeWan: wan(d.fundSizeFen),
    managerRegistrationNo: d.managerRegistrationNo,
    fundRecordCodes: d.fundRecordCodes,
    website: d.website,
    team: d.team.map((m) => ({ name: m.name, title: m.title, bio: m.bio, email: m.email })),
    portfolio: d.portfolio.map((c) => ({ enterpriseId: c.enterpriseId, companyName: c.companyName, industryCode: c.industryCode, round: c.round, investedOn: c.investedOn, amountWan: wan(c.amountFen) })),
  };
}

/** The body to send; an amount that is not a number of 万元 goes as -1 fen, which the server names by its field. */
export function inputOf(v: ProfileValues): InvestorProfileInput {
  return {
    thesis: v.thesis,
    stages: v.stages,
    industryCodes: v.industryCodes,
    regionCodes: v.regionCodes,
    parkIds: v.parkIds,
    ticketMinFen: fen(v.ticketMinWan) ?? 0,
    ticketMaxFen: fen(v.ticketMaxWan) ?? 0,
    fundSizeFen: fen(v.fundSizeWan),
    managerRegistrationNo: orNull(v.managerRegistrationNo),
    fundRecordCodes: v.fundRecordCodes,
    website: orNull(v.website),
    team: (v.team ?? []).map((m) => ({ name: m.name, title: m.title, bio: orNull(m.bio), email: orNull(m.email) })),
    portfolio: (v.portfolio ?? []).map((c) => ({ enterpriseId: c.enterpriseId ?? null, companyName: c.companyName, industryCode: orNull(c.industryCode), round: c.round ?? null, investedOn: orNull(c.investedOn), amountFen: fen(c.amountWan) })),
  };
}

const LIST_FIELDS = new Set(['stages', 'industryCodes', 'regionCodes', 'parkIds', 'fundRecordCodes']);
const RENAMED: Record<string, string> = { ticketMinFen: 'ticketMinWan', ticketMaxFen: 'ticketMaxWan', fundSizeFen: 'fundSizeWan', amountFen: 'amountWan' };

/** The form field a server path names: a list entry's problem goes on the list's select. */
export function formPathOf(field: string): NamePath {
  const parts = field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : (RENAMED[p] ?? p)));
  return LIST_FIELDS.has(String(parts[0])) ? [parts[0]!] : parts;
}
