import type { Messages } from '../zh-CN';

export const accounts: Pick<Messages, 'accounts'> = {
  accounts: {
    forgotLink: 'Forgot password?',
    registerLink: 'Register an enterprise',
    backToLogin: 'Back to sign-in',
    forgotTitle: 'Reset your password',
    forgotHint: 'Enter the e-mail of your account: we send a link that works once, within 30 minutes.',
    email: 'E-mail',
    send: 'Send the link',
    sent: 'If this e-mail has an account, a link to set a new password is on its way.',
    resetTitle: 'Set a new password',
    newPassword: 'New password',
    confirmPassword: 'New password again',
    passwordRule: 'At least 10 characters',
    mismatch: 'The two passwords differ',
    save: 'Save',
    resetDone: 'Your password is reset and every session has been signed out. Sign in with the new password.',
    noToken: 'This link is incomplete; ask for a new one.',
    changeTitle: 'Change password',
    currentPassword: 'Current password',
    changed: 'Your password is changed; your other sessions have been signed out.',
  },
};
