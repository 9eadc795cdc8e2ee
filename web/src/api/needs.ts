// Enterprises' financing needs, institutions' take-ups, and the matching that reads both
// (docs/marketplace-api.md).
import { client, ok } from './client';
import { flagged, withLang, type Answer, type Body, type Flags, type ItemOf, type QueryOf, type WithLang } from './types';

export type Need = ItemOf<Answer<'/api/v1/needs', 'get'>>;
export { NEED_STATUSES } from '../../../shared/marketplace.ts';
export type { NeedStatus } from '../../../shared/marketplace.ts';
export type TakeUp = Need['takeUps'][number];
type ServerNeedQuery = QueryOf<'/api/v1/needs', 'get'>;
export type NeedQuery = Flags<ServerNeedQuery>;
export type NeedInput = Body<'/api/v1/needs', 'post'>;
export type TakeUpInput = Body<'/api/v1/needs/{id}/take-up', 'post'>;

export type MatchPage = Answer<'/api/v1/enterprises/{creditCode}/matches', 'get'>;
export type MatchItem = ItemOf<MatchPage>;
export type UnmetRule = MatchItem['unmet'][number];
type ServerMatchQuery = QueryOf<'/api/v1/enterprises/{creditCode}/matches', 'get'>;
export type MatchQuery = WithLang<Flags<ServerMatchQuery>>;

export const listNeeds = (query: NeedQuery = {}, signal?: AbortSignal) => ok(client.GET('/api/v1/needs', { params: { query: flagged<ServerNeedQuery>(query) }, signal }));
export const createNeed = (input: NeedInput) => ok(client.POST('/api/v1/needs', { body: input }));
export const withdrawNeed = (id: string) => ok(client.POST('/api/v1/needs/{id}/withdraw', { params: { path: { id } } }));
export const takeUpNeed = (id: string, body: TakeUpInput) => ok(client.POST('/api/v1/needs/{id}/take-up', { params: { path: { id } }, body }));

export const getEnterpriseMatches = (creditCode: string, query: MatchQuery, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/enterprises/{creditCode}/matches', { params: { path: { creditCode }, query: flagged<ServerMatchQuery>(withLang(query)) }, signal }));
export const getNeedMatches = (id: string, query: MatchQuery, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/needs/{id}/matches', { params: { path: { id }, query: flagged<ServerMatchQuery>(withLang(query)) }, signal }));
