/**
 * The record store, loaded after first paint: a one-click rating or answer never waits for it, and
 * the popup's and prompt window's first scripts stay small.
 */
export const recordStore = (): Promise<typeof import('../../utils/storage/records')> =>
  import('../../utils/storage/records');
