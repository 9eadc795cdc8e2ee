// In-app notifications to the user's organisation (docs/marketplace-api.md).
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
