// In-app notifications of the user's organisation (filtered by the user's own choices), and each
// user's choice per topic of notifications in the app and by e-mail. See docs/notifications.md.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TOPICS } from '../../../domain/notifications/topics.ts';
import { getNotificationPreferences, setNotificationPreferences } from '../../../services/notifications/preferences.ts';
import { markAllRead, markRead, readNotifications } from '../../../services/notifications/read.ts';
import { contextOf } from '../../app.ts';
import { errorResponses, IdParams, iso, pageOf, PageQuery } from '../common.ts';

/** Absent: the language on the reader's account. */
const Lang = z.enum(['zh-CN', 'en']).optional();
const NotificationSchema = z.object({ id: z.string(), kind: z.string(), title: z.string(), link: z.string().nullable(), createdAt: z.string(), readAt: z.string().nullable() });
const TopicPreference = z.object({ topic: z.enum(TOPICS), inApp: z.boolean(), email: z.boolean() }).strict();
const PreferencesSchema = z.object({ emailConfigured: z.boolean(), topics: z.array(TopicPreference) });
const PreferencesBody = z
  .object({ topics: z.array(TopicPreference).min(1).max(TOPICS.length) })
  .strict()
  .superRefine((body, check) => {
    body.topics.forEach((p, i) => {
      if (body.topics.findIndex((q) => q.topic === p.topic) < i) check.addIssue({ code: 'custom', path: ['topics', i, 'topic'], message: `"${p.topic}" is given twice`, params: { code: 'field.duplicate', params: { value: p.topic } } });
    });
  });

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['notifications'];

  app.get(
    '/notifications',
    {
      config: { access: 'notification.read' },
      schema: {
        tags,
        summary: "Your organisation's notifications you chose to see in the app, newest first, with the unread count (title in lang, else in the language on the reader's account)",
        querystring: PageQuery.omit({ q: true }).extend({ lang: Lang }),
        response: { 200: pageOf(NotificationSchema).extend({ unread: z.number().int() }), ...errorResponses },
      },
    },
    async (request) => {
      const { lang, ...page } = request.query;
      const result = await readNotifications(contextOf(request), page, lang);
      return { ...result, items: result.items.map((n) => ({ ...n, createdAt: iso(n.createdAt)!, readAt: iso(n.readAt) })) };
    },
  );
  app.post(
    '/notifications/:id/read',
    { config: { access: 'notification.read' }, schema: { tags, summary: "Mark one of your organisation's notifications read", params: IdParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await markRead(contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/notifications/read-all',
    { config: { access: 'notification.read' }, schema: { tags, summary: "Mark all the notifications you see read", response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await markAllRead(contextOf(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me/notification-preferences',
    {
      config: { access: 'notification.read' },
      schema: { tags, summary: 'Your choice, per topic, of notifications in the app and by e-mail (defaults where you made none), and whether e-mail is set up', response: { 200: PreferencesSchema, ...errorResponses } },
    },
    async (request) => getNotificationPreferences(contextOf(request)),
  );
  app.put(
    '/me/notification-preferences',
    {
      config: { access: 'notification.read' },
      schema: { tags, summary: 'Set your choice for the given topics (the others keep theirs)', body: PreferencesBody, response: { 200: PreferencesSchema, ...errorResponses } },
    },
    async (request) => setNotificationPreferences(contextOf(request), request.body.topics),
  );
};
