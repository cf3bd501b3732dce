import en from '../assets/public/_locales/en/messages.json';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// fakeBrowser has no i18n; answer from the real English messages so components render real text.

const messages = en as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function getMessage(key: string, subs?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return entry.message.replace(/\$([A-Z_]+)\$/gi, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => list[Number(n) - 1] ?? '');
  });
}

Object.assign(fakeBrowser, {
  i18n: { getMessage, getUILanguage: () => 'en-GB' },
});
// The fake has no commands list; Chrome's has these (and no commands.update, unlike Firefox).
Object.assign(fakeBrowser.commands, {
  getAll: async () => [
    { name: 'rate-pain', description: 'Rate pain now', shortcut: 'Alt+Shift+Y' },
    { name: 'break-now', description: 'Take a break now', shortcut: 'Alt+Shift+K' },
    { name: 'toggle-pause', description: 'Pause or resume reminders', shortcut: '' },
    { name: 'meeting', description: 'I’m in a meeting: hold reminders, or end the hold', shortcut: 'Alt+Shift+H' },
  ],
  update: undefined,
});

/**
 * Every test starts on one fixed clock, not the machine's: Monday 23 November 2026, 07:00 local
 * time, before the default work hours, so nothing the tests did not set up falls due (within work
 * hours the scheduler rightly opens the day's pain prompts over a test's own). The clock runs on
 * from there in real time. A test that needs another time sets it (vi.setSystemTime) or its own fake
 * timers; the core and the engine take `now` as data anyway.
 */
export const TEST_START = new Date(2026, 10, 23, 7, 0).getTime();

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(TEST_START);
});

// Testing Library cleans up by itself only when test globals are on; they are off here.
afterEach(async () => {
  vi.useRealTimers();
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/preact');
    cleanup();
  }
});
