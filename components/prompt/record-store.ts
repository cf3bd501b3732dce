/**
 * The record store, loaded after the prompt is on screen: answering never waits for it, and the
 * popup's first script stays small (it loads the prompt only when one waits).
 */
export const recordStore = (): Promise<typeof import('../../utils/storage/records')> =>
  import('../../utils/storage/records');
