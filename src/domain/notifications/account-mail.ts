// The e-mails of the account flows: a password reset link, an invitation, and the park's decision
// on a registration. Plain text, Chinese first then English, like notification e-mails.
import type { MailContent } from './mail.ts';

const origin = (webUrl: string) => webUrl.replace(/\/+$/, '');
const oneLine = (text: string) => text.replace(/[\r\n\t]+/g, ' ').trim();
const FOOTER_ZH = '此邮件由科金平台自动发送，请勿回复。';
const FOOTER_EN = 'This message was sent automatically by Kejin; please do not reply.';

const compose = (subjectZh: string, subjectEn: string, zh: string[], en: string[]): MailContent => ({
  subject: `【科金】${subjectZh} | Kejin: ${subjectEn}`,
  body: [...zh, '', FOOTER_ZH, '', '----', '', ...en, '', FOOTER_EN, ''].join('\n'),
});

export function passwordResetMail(input: { webUrl: string; token: string; recipientName: string; minutes: number }): MailContent {
  const link = `${origin(input.webUrl)}/reset-password?token=${encodeURIComponent(input.token)}`;
  const name = oneLine(input.recipientName);
  return compose(
    '重设密码',
    'Reset your password',
    [`${name}，您好：`, '', `请在 ${input.minutes} 分钟内打开以下链接设置新密码（仅可使用一次）：`, link, '', '如果这不是您本人的操作，请忽略此邮件，您的密码不会改变。'],
    [`Hello ${name},`, '', `Open this link within ${input.minutes} minutes to set a new password (it works once):`, link, '', 'If you did not ask for this, ignore this message: your password stays as it is.'],
  );
}

export function invitationMail(input: { webUrl: string; token: string; organisationName: string; inviterName: string; days: number }): MailContent {
  const link = `${origin(input.webUrl)}/accept-invitation?token=${encodeURIComponent(input.token)}`;
  const org = oneLine(input.organisationName);
  const inviter = oneLine(input.inviterName);
  return compose(
    `${org} 邀请您加入`,
    `${org} invites you`,
    ['您好：', '', `${inviter} 邀请您以同事身份加入科金平台上的“${org}”。请在 ${input.days} 天内打开以下链接设置密码（仅可使用一次）：`, link],
    ['Hello,', '', `${inviter} invites you to join ${org} on Kejin as a colleague. Open this link within ${input.days} days to set your password (it works once):`, link],
  );
}

export function registrationDecisionMail(input: { webUrl: string; admitted: boolean; enterpriseName: string; parkName: string; parkNameEn: string; contactName: string; reason: string | null }): MailContent {
  const name = oneLine(input.contactName);
  const firm = oneLine(input.enterpriseName);
  const login = `${origin(input.webUrl)}/login`;
  if (input.admitted) {
    return compose(
      '企业注册已通过',
      'Your registration is admitted',
      [`${name}，您好：`, '', `${input.parkName}已通过“${firm}”的注册申请。请用注册时的邮箱和密码登录：`, login],
      [`Hello ${name},`, '', `${input.parkNameEn} has admitted the registration of ${firm}. Sign in with the e-mail and password you registered with:`, login],
    );
  }
  const reason = input.reason ? oneLine(input.reason) : null;
  return compose(
    '企业注册未通过',
    'Your registration was not admitted',
    [`${name}，您好：`, '', `${input.parkName}未通过“${firm}”的注册申请。${reason ? `原因：${reason}` : ''}`],
    [`Hello ${name},`, '', `${input.parkNameEn} did not admit the registration of ${firm}.${reason ? ` Reason: ${reason}` : ''}`],
  );
}
