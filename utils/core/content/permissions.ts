import type { MessageKey } from './message-key';

/** The permissions Limber asks for, each with the words that say why (welcome page, README). */
export const PERMISSION_REASONS: readonly (readonly [permission: string, why: MessageKey])[] = [
  ['alarms', 'welPermAlarms'],
  ['storage', 'welPermStorage'],
  ['unlimitedStorage', 'welPermUnlimitedStorage'],
  ['idle', 'welPermIdle'],
  ['notifications', 'welPermNotifications'],
];
