// Each user's choice, per topic, of notifications in the app and by e-mail. Only their own.
import type { Executor } from '../../db/client.ts';
import { preferencesOf, upsertPreferences } from '../../db/repositories/notification-preferences.ts';
import { authorize } from '../../domain/access/policy.ts';
import { effectivePreferences, isTopic, TOPICS, type TopicPreference } from '../../domain/notifications/topics.ts';
import { fail, invalidFields, problem } from '../../domain/shared/errors.ts';
import { mutate, type ServiceContext } from '../shared/context.ts';
import { emailConfigured } from './delivery.ts';

export interface NotificationPreferences {
  /** Whether e-mail is set up on this platform; without it the e-mail choices are kept but unused. */
  emailConfigured: boolean;
  /** Every topic, with the user's choice or the default. */
  topics: TopicPreference[];
}

/** The topics a user has chosen channels for (rows of topics no longer known are ignored). */
export async function storedPreferences(db: Executor, userId: string): Promise<TopicPreference[]> {
  return (await preferencesOf(db, userId)).flatMap(({ topic, inApp, email }) => (isTopic(topic) ? [{ topic, inApp, email }] : []));
}

const userOf = (ctx: ServiceContext): string => {
  authorize(ctx.actor, 'notification.read');
  if (!ctx.actor.userId) throw fail('user.signed_in_only');
  return ctx.actor.userId;
};

export async function getNotificationPreferences(ctx: ServiceContext): Promise<NotificationPreferences> {
  const userId = userOf(ctx);
  return { emailConfigured: emailConfigured(), topics: effectivePreferences(await storedPreferences(ctx.database.db, userId)) };
}

/** Stores the given topics' choices (others keep theirs) in one transaction, with its audit record. */
export async function setNotificationPreferences(ctx: ServiceContext, topics: TopicPreference[]): Promise<NotificationPreferences> {
  const userId = userOf(ctx);
  const problems = topics.flatMap((p, i) => {
    if (!isTopic(p.topic)) return [problem(`topics.${i}.topic`, 'field.invalid_enum', { values: TOPICS })];
    return topics.findIndex((q) => q.topic === p.topic) < i ? [problem(`topics.${i}.topic`, 'field.duplicate', { value: p.topic })] : [];
  });
  if (problems.length) throw invalidFields(problems);
  await mutate(ctx, async (tx) => {
    await upsertPreferences(tx, topics.map((p) => ({ userId, topic: p.topic, inApp: p.inApp, email: p.email })));
    return { result: null, audit: { action: 'notification.preferences', targetType: 'user', targetId: userId, details: { topics } } };
  });
  return getNotificationPreferences(ctx);
}
