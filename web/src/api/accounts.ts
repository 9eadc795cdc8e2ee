// Account flows: change password and reset by e-mail (registrations and invitations: registrations.ts).
import { client, ok } from './client';

export const changePassword = async (currentPassword: string, newPassword: string): Promise<void> => {
  await ok(client.POST('/api/v1/me/password', { body: { currentPassword, newPassword } }));
};
export const requestPasswordReset = (email: string) => ok(client.POST('/api/v1/auth/password-reset', { body: { email } }));
export const confirmPasswordReset = async (token: string, newPassword: string): Promise<void> => {
  await ok(client.POST('/api/v1/auth/password-reset/confirm', { body: { token, newPassword } }));
};
