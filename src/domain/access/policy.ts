// The one module that decides every access. Routes ask `mayAttempt` before doing anything
// (role level); services ask `authorize` once they know the resource (scope level).
import { type DomainError, fail } from '../shared/errors.ts';
import { administeredParks, hasRole, isOperator, ownOrganisations, type Actor, type Role } from './actor.ts';

export const ACTIONS = [
  'organisation.read_own',
  'park.list',
  'park.create',
  'park.update',
  'institution.list',
  'institution.read',
  'institution.create',
  'institution.update',
  'user.list',
  'user.create',
  'user.update',
  'enterprise.list',
  'enterprise.read',
  'enterprise.create',
  'enterprise.update',
  'audit.read',
  'profile.read',
  'profile.update',
  'grant.manage',
  'grant.list',
  'access_log.read',
  'import.run',
  'directory.list',
  'rating.run',
  'model.manage',
  'rule_set.manage',
  'product.list',
  'product.manage',
  'product.approve',
  'need.manage',
  'need.list',
  'need.take_up',
  'match.read',
  'lead.read',
  'match.run',
  'marketplace.stats',
  'notification.read',
  'application.create',
  'application.read',
  'application.move',
  'loan.read',
  'loan.manage',
  'signal.read',
  'signal.manage',
  'workflow.stats',
  'calendar.manage',
  'lpr.manage',
  'workflow.sweep',
  'jobs.read',
  'registration.review',
  'invitation.manage',
  'home.read',
  'programme.read',
  'programme.manage',
  'subsidy.run',
  'claim.read',
  'claim.move',
  'claim.document_add',
  'claim.document_read',
  'policy_payment.submit',
  'policy_payment.read',
  'pool.read',
  'pool.manage',
  'pool.claim',
  'pool.move',
  'pool.confirm',
  'fundraising.read',
  'fundraising.manage',
  'fundraising.browse',
  'investor.list',
  'investor.read',
  'investor.update',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Which roles may attempt an action at all. The operator may attempt everything. */
const ROLES_FOR: Record<Action, readonly Role[]> = {
  'organisation.read_own': ['park_admin', 'institution_officer', 'enterprise_user'],
  'park.list': ['park_admin', 'institution_officer', 'enterprise_user'],
  'park.create': [],
  'park.update': [],
  'institution.list': ['park_admin', 'institution_officer', 'enterprise_user'],
  'institution.read': ['park_admin', 'institution_officer', 'enterprise_user'],
  'institution.create': [],
  'institution.update': [],
  'user.list': [],
  'user.create': [],
  'user.update': [],
  'enterprise.list': ['park_admin'],
  'enterprise.read': ['park_admin', 'institution_officer', 'enterprise_user'],
  'enterprise.create': ['park_admin'],
  'enterprise.update': ['park_admin', 'enterprise_user'],
  // Park administrators read their parks' trail (src/domain/access/audit-access.ts).
  'audit.read': ['park_admin'],
  'profile.read': ['park_admin', 'institution_officer', 'enterprise_user'],
  'profile.update': ['park_admin', 'enterprise_user'],
  'grant.manage': ['enterprise_user'],
  'grant.list': ['park_admin', 'institution_officer', 'enterprise_user'],
  'access_log.read': ['park_admin', 'enterprise_user'],
  'import.run': ['park_admin'],
  'directory.list': ['park_admin', 'institution_officer', 'enterprise_user'],
  'rating.run': [],
  'model.manage': [],
  // New versions of stored rule sets (criteria, STAR Market rules): the platform operator only.
  'rule_set.manage': [],
  // Marketplace: institutions publish, parks approve, enterprises post needs and see matches.
  'product.list': ['park_admin', 'institution_officer', 'enterprise_user'],
  'product.manage': ['institution_officer'],
  'product.approve': ['park_admin'],
  'need.manage': ['enterprise_user'],
  'need.list': ['park_admin', 'institution_officer', 'enterprise_user'],
  'need.take_up': ['institution_officer'],
  'match.read': ['park_admin', 'enterprise_user'],
  'lead.read': ['institution_officer'],
  'match.run': [],
  'marketplace.stats': ['park_admin'],
  'notification.read': ['park_admin', 'institution_officer', 'enterprise_user'],
  // Financing workflow: enterprises apply, the product's institution decides and lends; parks watch.
  'application.create': ['enterprise_user'],
  'application.read': ['park_admin', 'institution_officer', 'enterprise_user'],
  'application.move': ['institution_officer', 'enterprise_user'],
  'loan.read': ['park_admin', 'institution_officer', 'enterprise_user'],
  'loan.manage': ['institution_officer'],
  'signal.read': ['park_admin', 'institution_officer'],
  'signal.manage': ['park_admin', 'institution_officer'],
  'workflow.stats': ['park_admin'],
  'calendar.manage': [],
  'lpr.manage': [],
  'workflow.sweep': [],
  'jobs.read': [],
  // Accounts: a park's administrator admits its enterprises' registrations; members invite colleagues.
  'registration.review': ['park_admin'],
  'invitation.manage': ['park_admin', 'institution_officer', 'enterprise_user'],
  // Each role's own home (src/domain/access/home-access.ts decides which).
  'home.read': ['park_admin', 'institution_officer', 'enterprise_user'],
  // Policy instruments: parks run programmes; enterprises see and confirm their claims; lenders see their loans' claims.
  'programme.read': ['park_admin', 'institution_officer', 'enterprise_user'],
  'programme.manage': ['park_admin'],
  'subsidy.run': ['park_admin'],
  'claim.read': ['park_admin', 'institution_officer', 'enterprise_user'],
  'claim.move': ['park_admin', 'enterprise_user'],
  // Proofs: the enterprise and the institution upload the kinds they provide; whoever reads the claim reads them.
  'claim.document_add': ['institution_officer', 'enterprise_user'],
  'claim.document_read': ['park_admin', 'institution_officer', 'enterprise_user'],
  // Guarantors, insurers and lenders submit fee and premium payments (免申即享).
  'policy_payment.submit': ['institution_officer'],
  'policy_payment.read': ['park_admin', 'institution_officer', 'enterprise_user'],
  // Risk compensation pools: the park runs the pool and reviews claims; partner institutions register loans and claim.
  'pool.read': ['park_admin', 'institution_officer'],
  'pool.manage': ['park_admin'],
  'pool.claim': ['institution_officer'],
  'pool.move': ['park_admin', 'institution_officer'],
  // A registration the platform proposed at disbursement: the lending bank's officers confirm or decline it.
  'pool.confirm': ['institution_officer'],
  // Fundraising: the enterprise keeps its profile and documents; investors browse and, once granted, read them (src/domain/access/fundraising-access.ts).
  'fundraising.read': ['park_admin', 'institution_officer', 'enterprise_user'],
  'fundraising.manage': ['enterprise_user'],
  'fundraising.browse': ['institution_officer'],
  // Equity investors: everyone signed in with a role reads the directory; an investor's own officers
  // keep its profile (an individual angel, who has no membership, keeps theirs: investor-access.ts).
  'investor.list': ['park_admin', 'institution_officer', 'enterprise_user'],
  'investor.read': ['park_admin', 'institution_officer', 'enterprise_user'],
  'investor.update': ['institution_officer'],
};

/** The resource an action touches, as far as access is concerned. */
export interface Resource {
  parkId?: string | null;
  organisationId?: string | null;
  /** The organisations party to an application or loan (enterprise, institution). */
  parties?: readonly string[];
}

export interface Decision {
  allowed: boolean;
  reason: string;
  /** Why not, as the error to throw (a catalogue code with its parameters). */
  refusal?: DomainError;
}

const allow = (reason: string): Decision => ({ allowed: true, reason });
const deny = (refusal: DomainError): Decision => ({ allowed: false, reason: refusal.message, refusal });

/** The forbidden error of a refused decision. */
export const refusalOf = (decision: Decision): DomainError => decision.refusal ?? fail('access.denied');

export function mayAttempt(actor: Actor, action: Action): Decision {
  if (action === 'grant.manage' && !hasRole(actor, 'enterprise_user')) return deny(fail('access.enterprise_grants_only'));
  if (isOperator(actor)) return allow('platform operator');
  const role = ROLES_FOR[action].find((r) => hasRole(actor, r));
  return role ? allow(role) : deny(fail('access.role_may_not', { action: action.replace('.', ' ') }));
}

export function decide(actor: Actor, action: Action, resource: Resource = {}): Decision {
  // Consent is the enterprise's alone: not even the operator grants or revokes on its behalf.
  if (action === 'grant.manage') {
    return hasRole(actor, 'enterprise_user') ? ownsOrganisation(actor, resource) : deny(fail('access.enterprise_grants_only'));
  }
  const attempt = mayAttempt(actor, action);
  if (!attempt.allowed || isOperator(actor)) return attempt;
  switch (action) {
    case 'enterprise.create':
    case 'enterprise.list':
      return inAdministeredPark(actor, resource);
    case 'import.run':
      return inAdministeredPark(actor, resource);
    case 'product.approve':
    case 'marketplace.stats':
      return inAdministeredPark(actor, resource);
    case 'product.manage':
    case 'lead.read':
    case 'need.take_up':
      return ownsOrganisation(actor, resource);
    case 'need.manage':
    case 'application.create':
    case 'loan.manage':
      return ownsOrganisation(actor, resource);
    case 'application.read':
    case 'loan.read':
    case 'signal.read':
    case 'signal.manage':
      return partyOrPark(actor, resource);
    case 'application.move':
      return partyTo(actor, resource);
    case 'workflow.stats':
    case 'registration.review':
    case 'audit.read':
      return inAdministeredPark(actor, resource);
    case 'invitation.manage':
    case 'investor.update':
      return ownsOrganisation(actor, resource);
    case 'programme.manage':
    case 'subsidy.run':
      return inAdministeredPark(actor, resource);
    case 'claim.read':
    case 'claim.document_read':
      return partyOrPark(actor, resource);
    case 'claim.document_add':
      return partyTo(actor, resource);
    case 'claim.move':
      return partyTo(actor, resource).allowed ? allow('party to it') : inAdministeredPark(actor, resource);
    case 'pool.read':
    case 'pool.move':
      return partyOrPark(actor, resource);
    case 'pool.manage':
      return inAdministeredPark(actor, resource);
    case 'pool.claim':
    case 'pool.confirm':
      return partyTo(actor, resource);
    case 'match.read':
      return ownsOrganisation(actor, resource).allowed ? allow('own enterprise') : inAdministeredPark(actor, resource);
    case 'fundraising.manage':
      return ownsOrganisation(actor, resource);
    case 'enterprise.update':
    case 'profile.update':
    case 'access_log.read':
      return ownsOrganisation(actor, resource).allowed ? allow('own enterprise') : inAdministeredPark(actor, resource);
    default:
      return attempt;
  }
}

/** Throws `forbidden` unless the actor may do the action on the resource. */
export function authorize(actor: Actor, action: Action, resource: Resource = {}): void {
  const decision = decide(actor, action, resource);
  if (!decision.allowed) throw refusalOf(decision);
}

function inAdministeredPark(actor: Actor, resource: Resource): Decision {
  const parks = administeredParks(actor);
  if (parks === 'all') return allow('all parks');
  if (!resource.parkId) return parks.length > 0 ? allow('own parks') : deny(fail('access.no_park'));
  return parks.includes(resource.parkId) ? allow('own park') : deny(fail('access.not_your_park'));
}

/** A party to an application or loan: the enterprise or the institution (resource.parties). */
function partyTo(actor: Actor, resource: Resource): Decision {
  const own = ownOrganisations(actor);
  return resource.parties?.some((p) => own.includes(p)) ? allow('party to it') : deny(fail('access.not_a_party'));
}

function partyOrPark(actor: Actor, resource: Resource): Decision {
  return partyTo(actor, resource).allowed ? allow('party to it') : inAdministeredPark(actor, resource);
}

function ownsOrganisation(actor: Actor, resource: Resource): Decision {
  const own = resource.organisationId ? ownOrganisations(actor).includes(resource.organisationId) : false;
  return own ? allow('own organisation') : deny(fail('access.not_your_organisation'));
}

