/** A failure in plain words from the i18n messages; the browser's own text goes to the console only. */
import { errorKind } from './core/error-kind';
import { t } from './i18n';
import type { MessageKey } from './i18n';

const KEYS: Record<ReturnType<typeof errorKind>, MessageKey> = {
  storageFull: 'errStorageFull',
  noAnswer: 'errNoAnswer',
  other: 'errOther',
};

export function userError(err: unknown): string {
  console.warn('Limber:', err);
  return t(KEYS[errorKind(err)]);
}
