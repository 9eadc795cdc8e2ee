// An organisation's or account's status as a tag shows it: its colour and its words (shared by the
// antd StatusTag and the plain cards on the homes).
import type { TFunction } from 'i18next';
import type { TagColor } from './plain';

const KNOWN = ['active', 'deactivated', 'pending', 'closed'] as const;
type KnownStatus = (typeof KNOWN)[number];
const COLORS: Record<KnownStatus, TagColor> = { active: 'green', deactivated: 'default', pending: 'gold', closed: 'default' };

const isKnown = (status: string): status is KnownStatus => (KNOWN as readonly string[]).includes(status);

export function statusColor(status: string): TagColor {
  return isKnown(status) ? COLORS[status] : 'default';
}

export function statusLabel(t: TFunction, status: string): string {
  return isKnown(status) ? t(`statuses.${status}`) : status;
}
