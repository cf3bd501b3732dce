import { readFileSync } from 'node:fs';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const cache = new Map<string, Messages>();

/** A message as the extension shows it in `lang`, for finding controls by their real names. */
export function msg(lang: 'en' | 'de', key: string, subs: string[] = []): string {
  let m = cache.get(lang);
  if (!m) {
    m = JSON.parse(
      readFileSync(new URL(`../../assets/public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'),
    ) as Messages;
    cache.set(lang, m);
  }
  const entry = m[key];
  if (!entry) throw new Error(`no message ${key} in ${lang}`);
  return entry.message.replace(/\$([A-Za-z_][A-Za-z0-9_]*)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, i: string) => subs[Number(i) - 1] ?? '');
  });
}
