import { client, ok } from './client';

export const login = (email: string, password: string) => ok(client.POST('/api/v1/auth/login', { body: { email, password } }));
export const logout = () => ok(client.POST('/api/v1/auth/logout', { body: {} as never }));
/** `early`: the answer to the same request, started by index.html before the scripts loaded. */
export const getMe = (signal?: AbortSignal, early?: Promise<Response>) => ok(client.GET('/api/v1/me', { signal, ...(early ? { fetch: () => early } : {}) }));
export const getMyOrganisation = (signal?: AbortSignal) => ok(client.GET('/api/v1/me/organisation', { signal }));
