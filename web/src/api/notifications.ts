// In-app notifications to the user's organisation, and the user's own notification settings (docs/notifications.md).
import { client, ok } from './client';
import { withLang, type Answer, type Body, type ItemOf, type QueryOf, type WithLang } from './types';

export type NotificationPage = Answer<'/api/v1/notifications', 'get'>;
export type Notification = ItemOf<NotificationPage>;
export type NotificationQuery = WithLang<QueryOf<'/api/v1/notifications', 'get'>>;

export const listNotifications = (query: NotificationQuery, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/notifications', { params: { query: withLang(query) }, signal }));
export const markNotificationRead = async (id: string): Promise<void> => {
  await ok(client.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }));
};
export const markAllNotificationsRead = async (): Promise<void> => {
  await ok(client.POST('/api/v1/notifications/read-all'));
};

export type NotificationPreferences = Answer<'/api/v1/me/notification-preferences', 'get'>;
export type TopicPreference = NotificationPreferences['topics'][number];
/** What a notification is about; each user chooses per topic (docs/notifications.md). */
export type NotificationTopic = TopicPreference['topic'];
export { NOTIFICATION_TOPICS } from '../../../shared/notifications.ts';

export const getNotificationPreferences = (signal?: AbortSignal) => ok(client.GET('/api/v1/me/notification-preferences', { signal }));
/** Stores the given topics' choices; the others keep theirs. */
export const setNotificationPreferences = (topics: Body<'/api/v1/me/notification-preferences', 'put'>['topics']) =>
  ok(client.PUT('/api/v1/me/notification-preferences', { body: { topics } }));
