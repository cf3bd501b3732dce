/**
 * The browser's own extension API, for a page's first script: Firefox's `browser` and Chrome's
 * `chrome` both return promises in Manifest V3, so the one-click rating need not wait for
 * webextension-polyfill to load. Everything else uses `wxt/browser` (the polyfill).
 */
import type { StorageLocal } from './storage/store-rating';

export interface NativeApi {
  /** storage.session: Chrome 102+, Firefox 115+; absent in older browsers. */
  storage: { local: StorageLocal; session?: StorageLocal };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
  tabs: { create(props: { url: string }): Promise<unknown> };
  runtime: { getURL(path: string): string; openOptionsPage(): Promise<void> };
}

export function nativeApi(): NativeApi {
  const g = globalThis as unknown as { browser?: NativeApi; chrome?: NativeApi };
  return (g.browser ?? g.chrome) as NativeApi;
}
