import { client, ok } from './client';

export const login = (email: string, password: string) => ok(client.POST('/api/v1/auth/login', { body: { email, password } }));
export const logout = () => ok(client.POST('/api/v1/auth/logout', { body: {} as never }));
/**
 * Who is signed in, or null: the start-up check, which a signed-out visitor passes without a 401.
 * `early`: the answer to the same request, started by index.html before the scripts loaded.
 */
export const getSession = (signal?: AbortSignal, early?: Promise<Response>) =>
  ok(client.GET('/api/v1/auth/session', { signal, ...(early ? { fetch: () => early } : {}) })).then((answer) => answer.user);
export const getMyOrganisation = (signal?: AbortSignal) => ok(client.GET('/api/v1/me/organisation', { signal }));
