// Account flows: change password, reset by e-mail, enterprise self-registration and its review, invitations.
import { client, ok } from './client';
import type { Answer, Body, ItemOf, QueryOf } from './types';

export const changePassword = async (currentPassword: string, newPassword: string): Promise<void> => {
  await ok(client.POST('/api/v1/me/password', { body: { currentPassword, newPassword } }));
};
export const requestPasswordReset = (email: string) => ok(client.POST('/api/v1/auth/password-reset', { body: { email } }));
export const confirmPasswordReset = async (token: string, newPassword: string): Promise<void> => {
  await ok(client.POST('/api/v1/auth/password-reset/confirm', { body: { token, newPassword } }));
};

export type RegistrationPark = ItemOf<Answer<'/api/v1/registration/parks', 'get'>>;
export const listRegistrationParks = (signal?: AbortSignal) => ok(client.GET('/api/v1/registration/parks', { signal }));

export type RegistrationInput = Body<'/api/v1/registrations', 'post'>;
export const registerEnterprise = (input: RegistrationInput) => ok(client.POST('/api/v1/registrations', { body: input }));

export type Registration = ItemOf<Answer<'/api/v1/registrations', 'get'>>;
export type RegistrationQuery = QueryOf<'/api/v1/registrations', 'get'>;
export const listRegistrations = (query: RegistrationQuery, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/registrations', { params: { query }, signal }));
export const admitRegistration = (id: string) => ok(client.POST('/api/v1/registrations/{id}/admit', { params: { path: { id } } }));
export const rejectRegistration = (id: string, reason: string) =>
  ok(client.POST('/api/v1/registrations/{id}/reject', { params: { path: { id } }, body: { reason } }));

export type Invitation = ItemOf<Answer<'/api/v1/organisations/{id}/invitations', 'get'>>;
export type InvitationRole = Body<'/api/v1/organisations/{id}/invitations', 'post'>['role'];
export const listInvitations = (organisationId: string, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/organisations/{id}/invitations', { params: { path: { id: organisationId }, query: { pageSize: 100 } }, signal }));
export const inviteColleague = (organisationId: string, email: string, role: InvitationRole) =>
  ok(client.POST('/api/v1/organisations/{id}/invitations', { params: { path: { id: organisationId } }, body: { email, role } }));
export const revokeInvitation = (id: string) => ok(client.POST('/api/v1/invitations/{id}/revoke', { params: { path: { id } } }));
export const previewInvitation = (token: string) => ok(client.POST('/api/v1/invitations/preview', { body: { token } }));
export const acceptInvitation = (token: string, displayName: string, password: string) =>
  ok(client.POST('/api/v1/invitations/accept', { body: { token, displayName, password } }));
