// English strings for the notification bell and each user's notification settings.
import type { Messages } from '../zh-CN';

export const notifications: Pick<Messages, 'notifications' | 'notificationSettings'> = {
  notifications: {
    title: 'Notifications',
    label: 'Notifications, {{count}} unread',
    markAll: 'Mark all read',
    empty: 'No notifications',
    settings: 'Notification settings',
  },
  notificationSettings: {
    title: 'Notification settings',
    description: 'Choose, topic by topic, which notifications you receive in the app and by e-mail. These are your own settings; other members of your organisation choose theirs.',
    topic: 'Topic',
    inApp: 'In the app',
    email: 'E-mail',
    saved: 'Notification settings saved',
    emailOff: 'E-mail is not set up on this platform yet, so no e-mail is sent. Your choices are kept and apply once it is.',
    emailOffHint: 'E-mail is not set up',
    opening: 'Opening…',
    topics: {
      applications: { name: 'Applications', description: 'Applications submitted, information requested and answered, withdrawals' },
      decisions: { name: 'Decisions and disbursements', description: 'Decisions on applications, loans disbursed' },
      deadlines: { name: 'Deadlines', description: 'Deadlines coming up or missed' },
      signals: { name: 'Risk signals', description: 'Early-warning signals, overdue loans' },
      marketplace: { name: 'Marketplace', description: 'Needs taken up, products awaiting or given a park decision' },
    },
  },
};
