// Account flows: change password, reset by e-mail, enterprise self-registration and its review, invitations.
import { api } from './client';

export const changePassword = (currentPassword: string, newPassword: string) => api.post<void>('/me/password', { currentPassword, newPassword });
export const requestPasswordReset = (email: string) => api.post<{ accepted: true; message: string }>('/auth/password-reset', { email });
export const confirmPasswordReset = (token: string, newPassword: string) => api.post<void>('/auth/password-reset/confirm', { token, newPassword });

export interface RegistrationPark {
  code: string;
  name: string;
  nameEn: string;
}
export const listRegistrationParks = (signal?: AbortSignal) => api.get<{ items: RegistrationPark[] }>('/registration/parks', undefined, signal);

export interface RegistrationInput {
  creditCode: string;
  enterpriseName: string;
  parkCode: string;
  industryCode: string;
  foundedOn: string;
  registeredCapitalFen: number;
  employees: number;
  legalRepresentative: string;
  address: string;
  contactName: string;
  email: string;
  password: string;
  locale?: 'zh-CN' | 'en';
}
export const registerEnterprise = (input: RegistrationInput) => api.post<{ id: string; status: 'pending' }>('/registrations', input);

export interface Registration extends Omit<RegistrationInput, 'parkCode' | 'password' | 'locale'> {
  id: string;
  park: RegistrationPark;
  status: 'pending' | 'admitted' | 'rejected';
  reason: string | null;
  createdAt: string;
  decidedAt: string | null;
  organisationId: string | null;
}
export const listRegistrations = (query: { status?: string; page?: number; pageSize?: number }, signal?: AbortSignal) =>
  api.get<{ items: Registration[]; total: number; page: number; pageSize: number }>('/registrations', query, signal);
export const admitRegistration = (id: string) => api.post<{ id: string; status: 'admitted'; organisationId: string }>(`/registrations/${id}/admit`);
export const rejectRegistration = (id: string, reason: string) => api.post<{ id: string; status: 'rejected' }>(`/registrations/${id}/reject`, { reason });

export interface Invitation {
  id: string;
  organisationId: string;
  organisationName: string;
  email: string;
  role: string;
  status: 'open' | 'accepted' | 'revoked';
  expired: boolean;
  invitedByName: string | null;
  createdAt: string;
  expiresAt: string;
}
export const listInvitations = (organisationId: string, signal?: AbortSignal) =>
  api.get<{ items: Invitation[]; total: number }>(`/organisations/${organisationId}/invitations`, { pageSize: 100 }, signal);
export const inviteColleague = (organisationId: string, email: string, role: string) => api.post<{ id: string }>(`/organisations/${organisationId}/invitations`, { email, role });
export const revokeInvitation = (id: string) => api.post<{ id: string }>(`/invitations/${id}/revoke`);
export const previewInvitation = (token: string) => api.post<{ organisationName: string; email: string; role: string; expiresAt: string }>('/invitations/preview', { token });
export const acceptInvitation = (token: string, displayName: string, password: string) => api.post<{ email: string }>('/invitations/accept', { token, displayName, password });
