// The server's contract (base /api/v1): aliases of the types generated from its OpenAPI document
// (schema.gen.ts, `npm run gen:api`), never copied by hand. The lists behind the enums live in shared/.
import type { components, paths } from './schema.gen';

export { INSTITUTION_TYPES, ORG_TYPES, ROLES } from '../../../shared/organisations.ts';

type Schemas = components['schemas'];
type Op<P extends keyof paths, M extends keyof paths[P]> = paths[P][M];
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
/** The JSON a path's method answers with on success (200, else 201). */
export type Answer<P extends keyof paths, M extends keyof paths[P]> = Op<P, M> extends { responses: infer R }
  ? R extends { 200: infer A }
    ? JsonOf<A>
    : R extends { 201: infer A }
      ? JsonOf<A>
      : never
  : never;
/** The JSON body a path's method takes. */
export type Body<P extends keyof paths, M extends keyof paths[P]> = Op<P, M> extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
/** The query a path's method takes (every parameter optional where the server defaults it). */
export type QueryOf<P extends keyof paths, M extends keyof paths[P]> = Op<P, M> extends { parameters: { query?: infer Q } }
  ? NonNullable<Q>
  : never;
/** One item of a list answer. */
export type ItemOf<T> = T extends { items: (infer I)[] } ? I : never;

export type Role = Schemas['Role'];
export type OrgType = Schemas['OrgType'];
export type InstitutionType = Schemas['InstitutionType'];

export type Locale = Me['user']['locale'];
export type Status = Park['status'];

export type Me = Answer<'/api/v1/me', 'get'>;
export type ParkRef = Me['parkScope']['parks'][number];
export type MyOrganisation = Answer<'/api/v1/me/organisation', 'get'>;
export type Park = ItemOf<Answer<'/api/v1/parks', 'get'>>;
export type Institution = ItemOf<Answer<'/api/v1/institutions', 'get'>>;
export type User = ItemOf<Answer<'/api/v1/users', 'get'>>;
export type Membership = User['memberships'][number];
export type Enterprise = ItemOf<Answer<'/api/v1/enterprises', 'get'>>;
export type AuditEvent = ItemOf<Answer<'/api/v1/audit', 'get'>>;

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


/** The languages the server answers in (`lang` parameters). */
export type Lang = Locale;
/** The UI's language as a `lang` parameter. */
export const langOf = (language: string): Lang => (language === 'en' ? 'en' : 'zh-CN');
/** A query whose `lang` is the UI's language as it stands (sent as one of the server's languages). */
export type WithLang<Q> = Omit<Q, 'lang'> & { lang?: string };
/** `query` with its `lang` made one of the server's languages. */
export function withLang<Q extends { lang?: string }>(query: Q): Omit<Q, 'lang'> & { lang?: Lang } {
  const { lang, ...rest } = query;
  return lang === undefined ? rest : { ...rest, lang: langOf(lang) };
}

type FlagText = 'true' | 'false';
/** A query as the web writes it: the server's yes/no parameters ("true" / "false") as booleans. */
export type Flags<Q> = { [K in keyof Q]: [Exclude<Q[K], undefined>] extends [FlagText] ? boolean | Q[K] : Q[K] };
/** `query` with its booleans written as the server reads them. */
export function flagged<Q>(query: Flags<Q>): Q {
  return Object.fromEntries(Object.entries(query).map(([key, value]) => [key, typeof value === 'boolean' ? String(value) : value])) as Q;
}
