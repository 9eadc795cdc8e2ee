import { client, ok } from './client';

export const login = (email: string, password: string) => ok(client.POST('/api/v1/auth/login', { body: { email, password } }));
export const logout = () => ok(client.POST('/api/v1/auth/logout', { body: {} as never }));
export const getMe = (signal?: AbortSignal) => ok(client.GET('/api/v1/me', { signal }));
export const getMyOrganisation = (signal?: AbortSignal) => ok(client.GET('/api/v1/me/organisation', { signal }));
