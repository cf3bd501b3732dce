import { browser } from 'wxt/browser';

/** The "When to seek help" page (entrypoints/help/), opened in a new tab. */
export const HELP_PAGE = '/help.html';

export function openHelp(): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(HELP_PAGE) });
}
