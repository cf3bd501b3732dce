import { browser } from 'wxt/browser';
import type { MessageKey } from './core/content/message-key';

export type { MessageKey };

/** A user-facing string from `_locales`; the key itself when a locale lacks it (never blank). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
