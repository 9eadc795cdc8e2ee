// Enterprise self-registration and its admission by the park, an organisation's members and the
// invitations of colleagues: calls of the typed client, answers typed by the server's OpenAPI.
import type { RegistrationStatus } from '../../../shared/organisations.ts';
import { client, ok } from './client';
import type { paths } from './schema.gen';
import type { Answer } from './types';

type Body<P extends keyof paths> = paths[P] extends { post: { requestBody?: { content: { 'application/json': infer B } } } } ? B : never;
type ItemOf<T> = T extends { items: (infer I)[] } ? I : never;

export type RegistrationPark = ItemOf<Answer<'/api/v1/registration/parks', 'get'>>;
export type RegistrationInput = Body<'/api/v1/registrations'>;
export { REGISTRATION_STATUSES } from '../../../shared/organisations.ts';
export type { RegistrationStatus };
export type Registration = ItemOf<Answer<'/api/v1/registrations', 'get'>>;
export type Member = ItemOf<Answer<'/api/v1/organisations/{id}/members', 'get'>>;
export type Invitation = ItemOf<Answer<'/api/v1/organisations/{id}/invitations', 'get'>>;
export type InvitationPreview = Answer<'/api/v1/invitations/preview', 'post'>;
export type InvitableRole = Body<'/api/v1/organisations/{id}/invitations'>['role'];

export const listRegistrationParks = (signal?: AbortSignal) => ok(client.GET('/api/v1/registration/parks', { signal }));

export const registerEnterprise = (body: RegistrationInput) => ok(client.POST('/api/v1/registrations', { body }));

export interface RegistrationQuery {
  status?: RegistrationStatus;
  parkId?: string;
  page?: number;
  pageSize?: number;
}
export const listRegistrations = (query: RegistrationQuery, signal?: AbortSignal) => ok(client.GET('/api/v1/registrations', { params: { query }, signal }));
export const admitRegistration = (id: string) => ok(client.POST('/api/v1/registrations/{id}/admit', { params: { path: { id } } }));
export const rejectRegistration = (id: string, reason: string) => ok(client.POST('/api/v1/registrations/{id}/reject', { params: { path: { id } }, body: { reason } }));

export const listMembers = (organisationId: string, signal?: AbortSignal) => ok(client.GET('/api/v1/organisations/{id}/members', { params: { path: { id: organisationId } }, signal }));
export const listInvitations = (organisationId: string, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/organisations/{id}/invitations', { params: { path: { id: organisationId }, query: { pageSize: 100 } }, signal }));
export const inviteColleague = (organisationId: string, email: string, role: InvitableRole) =>
  ok(client.POST('/api/v1/organisations/{id}/invitations', { params: { path: { id: organisationId } }, body: { email, role } }));
export const revokeInvitation = (id: string) => ok(client.POST('/api/v1/invitations/{id}/revoke', { params: { path: { id } } }));
export const previewInvitation = (token: string, signal?: AbortSignal) => ok(client.POST('/api/v1/invitations/preview', { body: { token }, signal }));
export const acceptInvitation = (token: string, displayName: string, password: string) => ok(client.POST('/api/v1/invitations/accept', { body: { token, displayName, password } }));

/** Where an invitation's link leads (the page the invitation e-mail links to). */
export const invitationLink = (token: string) => `${location.origin}/accept-invitation?token=${encodeURIComponent(token)}`;
