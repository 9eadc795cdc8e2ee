// In-app notifications to the user's organisation, and the user's own notification settings (docs/notifications.md).
import { api } from './client';
import type { Page } from './types';

export interface Notification {
  id: string;
  kind: string;
  title: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage extends Page<Notification> {
  unread: number;
}

export const listNotifications = (query: { page?: number; pageSize?: number; lang?: string }, signal?: AbortSignal) =>
  api.get<NotificationPage>('/notifications', { ...query }, signal);
export const markNotificationRead = (id: string) => api.post<void>(`/notifications/${encodeURIComponent(id)}/read`);
export const markAllNotificationsRead = () => api.post<void>('/notifications/read-all');

/** What a notification is about; each user chooses per topic (docs/notifications.md). */
export const NOTIFICATION_TOPICS = ['applications', 'decisions', 'deadlines', 'signals', 'marketplace'] as const;
export type NotificationTopic = (typeof NOTIFICATION_TOPICS)[number];

export interface TopicPreference {
  topic: NotificationTopic;
  inApp: boolean;
  email: boolean;
}

export interface NotificationPreferences {
  /** Whether the platform sends e-mail at all (KEJIN_SMTP_URL). */
  emailConfigured: boolean;
  topics: TopicPreference[];
}

export const getNotificationPreferences = (signal?: AbortSignal) => api.get<NotificationPreferences>('/me/notification-preferences', undefined, signal);
/** Stores the given topics' choices; the others keep theirs. */
export const setNotificationPreferences = (topics: TopicPreference[]) => api.put<NotificationPreferences>('/me/notification-preferences', { topics });
