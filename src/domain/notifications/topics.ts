// What a notification is about (its topic) decides who receives it and how: each user chooses,
// per topic, whether it shows in the app and whether it comes by e-mail.
import { NOTIFICATION_TOPICS, type NotificationTopic } from '../../../shared/notifications.ts';

/** Every notification kind the services send. A kind outside this list has no topic. */
export const NOTIFICATION_KINDS = [
  'application.submitted',
  'application.accepted',
  'application.info_requested',
  'application.answered',
  'application.withdrawn',
  'application.decided',
  'application.contract_signed',
  'loan.disbursed',
  'application.deadline_near',
  'application.deadline_missed',
  'signal.raised',
  'loan.overdue',
  'loan.defaulted',
  'need.taken_up',
  'product.decided',
  'product.pending',
  'pool.loan_proposed',
] as const;
export type KnownNotificationKind = (typeof NOTIFICATION_KINDS)[number];
/** A known kind, or any other string (shown in the app to everyone, never e-mailed). */
export type NotificationKind = KnownNotificationKind | (string & {});

/** The topics themselves are shared with the web (shared/notifications.ts). */
export const TOPICS = NOTIFICATION_TOPICS;
export type Topic = NotificationTopic;

export const TOPIC_OF_KIND: Record<KnownNotificationKind, Topic> = {
  'application.submitted': 'applications',
  'application.accepted': 'applications',
  'application.info_requested': 'applications',
  'application.answered': 'applications',
  'application.withdrawn': 'applications',
  'application.decided': 'decisions',
  'application.contract_signed': 'decisions',
  'loan.disbursed': 'decisions',
  'application.deadline_near': 'deadlines',
  'application.deadline_missed': 'deadlines',
  'signal.raised': 'signals',
  'loan.overdue': 'signals',
  'loan.defaulted': 'signals',
  'need.taken_up': 'marketplace',
  'product.decided': 'marketplace',
  'product.pending': 'marketplace',
  // The bank has a registration to confirm or decline.
  'pool.loan_proposed': 'decisions',
};

export interface Channels {
  inApp: boolean;
  email: boolean;
}

export interface TopicPreference extends Channels {
  topic: Topic;
}

/**
 * Until a user chooses: everything shows in the app. E-mail goes out for what is final or needs
 * acting on soon — decisions and disbursements, deadlines, risk signals and overdue loans — and
 * not for the day-to-day traffic of applications and the marketplace, which the app shows anyway.
 */
export const DEFAULT_CHANNELS: Record<Topic, Channels> = {
  applications: { inApp: true, email: false },
  decisions: { inApp: true, email: true },
  deadlines: { inApp: true, email: true },
  signals: { inApp: true, email: true },
  marketplace: { inApp: true, email: false },
};

export const isTopic = (value: string): value is Topic => (TOPICS as readonly string[]).includes(value);

export function topicOf(kind: string): Topic | null {
  return Object.hasOwn(TOPIC_OF_KIND, kind) ? TOPIC_OF_KIND[kind as KnownNotificationKind] : null;
}

export function kindsOf(topic: Topic): KnownNotificationKind[] {
  return NOTIFICATION_KINDS.filter((kind) => TOPIC_OF_KIND[kind] === topic);
}

/** Every topic in order, with the user's stored choice or the default. */
export function effectivePreferences(stored: readonly TopicPreference[]): TopicPreference[] {
  return TOPICS.map((topic) => {
    const chosen = stored.find((p) => p.topic === topic);
    return { topic, inApp: chosen?.inApp ?? DEFAULT_CHANNELS[topic].inApp, email: chosen?.email ?? DEFAULT_CHANNELS[topic].email };
  });
}

/** The kinds a user has turned off in the app: left out of their list and unread count. */
export function hiddenKinds(stored: readonly TopicPreference[]): KnownNotificationKind[] {
  return effectivePreferences(stored)
    .filter((p) => !p.inApp)
    .flatMap((p) => kindsOf(p.topic));
}

/** Whether a kind goes by e-mail to a user who chose this for its topic (null: never chose). Kinds without a topic never do. */
export function wantsEmail(kind: string, chosen: boolean | null): boolean {
  const topic = topicOf(kind);
  if (!topic) return false;
  return chosen ?? DEFAULT_CHANNELS[topic].email;
}
