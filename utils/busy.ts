/**
 * What the browser shows right now, for holds (docs/clinical-basis.md, "Holds"): any window in
 * fullscreen, any tab playing sound. Only a window's `state` and a tab's `audible` flag are read:
 * `tabs.query({ audible: true })` needs no `tabs` permission, and no address or title is read.
 */
import { browser } from 'wxt/browser';
import type { Busy } from './core/scheduler';

/**
 * The window types a user watches or presents in: browser windows, popups, and installed web apps
 * (Chrome lists those as 'app' and leaves them out unless asked). Not 'devtools'.
 */
const WINDOW_TYPES: ('normal' | 'popup' | 'app')[] = ['normal', 'popup', 'app'];

export async function readBusy(): Promise<Busy> {
  const [windows, sounding] = await Promise.all([
    browser.windows.getAll({ windowTypes: WINDOW_TYPES }),
    browser.tabs.query({ audible: true }),
  ]);
  return {
    fullscreen: windows.some((w) => w.state === 'fullscreen'),
    audible: sounding.length > 0,
    // Chrome reports size changes (so fullscreen ending) by an event; Firefox 153 does not.
    fullscreenEvents: typeof browser.windows.onBoundsChanged?.addListener === 'function',
  };
}
