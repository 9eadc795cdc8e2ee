// Equity investors (股权投资方): the kinds of investor, the rounds they invest in, and the form of
// the numbers the Asset Management Association of China (中国证券投资基金业协会) gives private fund
// managers and their funds. Both the server's validation and the web's forms read these.

/** Institutions that invest (their organisation's type) plus individual angels, who are users. */
export const INVESTOR_KINDS = ['vc_fund', 'angel_fund', 'corporate_vc', 'guidance_fund', 'individual_angel'] as const;
export type InvestorKind = (typeof INVESTOR_KINDS)[number];

/** The organisation types that may carry an investor profile (every kind but the individual angel). */
export const INVESTOR_ORGANISATION_TYPES = ['vc_fund', 'angel_fund', 'corporate_vc', 'guidance_fund'] as const;
export type InvestorOrganisationType = (typeof INVESTOR_ORGANISATION_TYPES)[number];

/** Financing rounds, earliest first: an investor's stages and a portfolio company's round. */
export const INVESTMENT_STAGES = ['seed', 'angel', 'pre_a', 'series_a', 'series_b', 'series_c', 'pre_ipo', 'strategic'] as const;
export type InvestmentStage = (typeof INVESTMENT_STAGES)[number];

/** A private fund manager's registration number: P and seven digits (e.g. P1001234). */
export const MANAGER_REGISTRATION_PATTERN = /^P\d{7}$/;
/** A private fund's record code: S and five capital letters or digits (e.g. SX1234). */
export const FUND_RECORD_PATTERN = /^S[0-9A-Z]{5}$/;

/** Where the form of a number is checked against the truth: the association's public register. */
export const AMAC_REGISTER_URL = 'https://gs.amac.org.cn/';

export const isManagerRegistrationNo = (value: string) => MANAGER_REGISTRATION_PATTERN.test(value);
export const isFundRecordCode = (value: string) => FUND_RECORD_PATTERN.test(value);

/** How many of each list a profile holds at most. */
export const INVESTOR_LIMITS = { stages: INVESTMENT_STAGES.length, industries: 30, regions: 20, parks: 20, fundRecords: 50, team: 30, portfolio: 100 } as const;
