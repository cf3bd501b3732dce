import { readFileSync } from 'node:fs';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// fakeBrowser has no i18n; answer from the real English messages so components render real text.
const messages = JSON.parse(
  readFileSync(new URL('../assets/public/_locales/en/messages.json', import.meta.url), 'utf8'),
) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

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

beforeEach(() => {
  fakeBrowser.reset();
});
