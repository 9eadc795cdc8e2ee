import { api } from './client';
import type { Me, MyOrganisation } from './types';

export const login = (email: string, password: string) => api.post<Me>('/auth/login', { email, password });
export const logout = () => api.post<void>('/auth/logout');
export const getMe = (signal?: AbortSignal) => api.get<Me>('/me', undefined, signal);
export const getMyOrganisation = (signal?: AbortSignal) =>
  api.get<MyOrganisation>('/me/organisation', undefined, signal);
