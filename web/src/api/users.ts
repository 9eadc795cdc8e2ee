import { api } from './client';
import type { ListQuery, Locale, Page, Role, User } from './types';

export interface UserQuery extends ListQuery {
  role?: Role;
}

export interface UserInput {
  email: string;
  displayName: string;
  password: string;
  role: Role;
  /** The organisation the membership belongs to; park admins may send parkId instead. */
  organisationId?: string;
  parkId?: string;
}

export const listUsers = (query: UserQuery = {}, signal?: AbortSignal) =>
  api.get<Page<User>>('/users', { ...query }, signal);
export const createUser = (input: UserInput) => api.post<User>('/users', input);
export const updateUser = (id: string, input: { displayName?: string; locale?: Locale }) =>
  api.patch<User>(`/users/${encodeURIComponent(id)}`, input);
export const deactivateUser = (id: string) => api.post<User>(`/users/${encodeURIComponent(id)}/deactivate`);
