// The server's contract (base /api/v1): aliases of the types generated from its OpenAPI document
// (schema.gen.ts, `npm run gen:api`), never copied by hand. The lists behind the enums live in shared/.
import type { components, paths } from './schema.gen';

export { INSTITUTION_TYPES, ORG_TYPES, ROLES } from '../../../shared/organisations.ts';

type Schemas = components['schemas'];
/** The JSON a path's method answers with 200. */
export type Answer<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;
type ItemOf<T> = T extends { items: (infer I)[] } ? I : never;

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

