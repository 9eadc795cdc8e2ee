// What a notification is about: each user chooses, per topic, whether it shows in the app and whether
// it comes by e-mail. Which kinds belong to which topic is decided in src/domain/notifications/topics.ts.

export const NOTIFICATION_TOPICS = ['applications', 'decisions', 'deadlines', 'signals', 'marketplace'] as const;
export type NotificationTopic = (typeof NOTIFICATION_TOPICS)[number];
