import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { memberships, notificationPreferences, users } from '../schema/index.ts';

export type PreferenceRow = typeof notificationPreferences.$inferSelect;

/** The topics a user has chosen channels for (topics never chosen have no row). */
export async function preferencesOf(db: Executor, userId: string): Promise<PreferenceRow[]> {
  return db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId)).orderBy(asc(notificationPreferences.topic));
}

export async function upsertPreferences(db: Executor, rows: PreferenceRow[]): Promise<void> {
  if (!rows.length) return;
  await db
    .insert(notificationPreferences)
    .values(rows)
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.topic],
      set: { inApp: sql.raw('excluded."in_app"'), email: sql.raw('excluded."email"') },
    });
}

export interface MemberChannels {
  userId: string;
  email: string;
  displayName: string;
  /** The language the member reads (their e-mails are written in it). */
  locale: 'zh-CN' | 'en';
  /** The member's stored choice of e-mail for the topic; null when never chosen. */
  emailChosen: boolean | null;
}

/** The active members of an organisation who have an e-mail address, with their e-mail choice for a topic. */
export async function membersWithEmailChoice(db: Executor, organisationId: string, topic: string): Promise<MemberChannels[]> {
  return db
    .selectDistinct({ userId: users.id, email: users.email, displayName: users.displayName, locale: users.locale, emailChosen: notificationPreferences.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(notificationPreferences, and(eq(notificationPreferences.userId, users.id), eq(notificationPreferences.topic, topic)))
    .where(and(eq(memberships.organisationId, organisationId), eq(users.status, 'active'), ne(users.email, '')))
    .orderBy(asc(users.id));
}
