// Equity investors: the directory, one investor, and the investor's own profile.
import { client, ok } from './client';
import type { Answer, Body, ItemOf, QueryOf } from './types';

export type InvestorListed = ItemOf<Answer<'/api/v1/investors', 'get'>>;
export type InvestorDetail = Answer<'/api/v1/investors/{id}', 'get'>;
export type InvestorProfileInput = Body<'/api/v1/me/investor-profile', 'put'>;
export type InvestorQuery = Omit<QueryOf<'/api/v1/investors', 'get'>, 'page' | 'pageSize'>;
export type InvestorKind = InvestorListed['kind'];
export type InvestmentStage = InvestorListed['stages'][number];

export { AMAC_REGISTER_URL, FUND_RECORD_PATTERN, INVESTMENT_STAGES, INVESTOR_KINDS, MANAGER_REGISTRATION_PATTERN } from '../../../shared/investors.ts';

export const listInvestors = (query: InvestorQuery & { page: number; pageSize: number }, signal?: AbortSignal) => ok(client.GET('/api/v1/investors', { params: { query }, signal }));
export const getInvestor = (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/investors/{id}', { params: { path: { id } }, signal }));
export const getOwnInvestor = (signal?: AbortSignal) => ok(client.GET('/api/v1/me/investor-profile', { signal }));
export const saveOwnInvestor = (body: InvestorProfileInput) => ok(client.PUT('/api/v1/me/investor-profile', { body }));
