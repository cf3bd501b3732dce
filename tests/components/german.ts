/** Switching the fake browser's messages to German for one test, and back. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import de from '../../assets/public/_locales/de/messages.json';

type I18n = { getMessage: (key: string, subs?: string | string[]) => string; getUILanguage: () => string };
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const i18n = fakeBrowser.i18n as unknown as I18n;
const english = { ...i18n };

/** Answers from the German messages, as a German browser would. */
export function speakGerman(): void {
  const messages = de as Messages;
  i18n.getMessage = (key, subs) => {
    const entry = messages[key];
    if (!entry) return '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return entry.message.replace(/\$([A-Z_]+)\$/gi, (_, name: string) =>
      (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(
        /\$(\d)/g,
        (_m, n: string) => list[Number(n) - 1] ?? '',
      ),
    );
  };
  i18n.getUILanguage = () => 'de-DE';
}

/** Back to the English messages of tests/setup.ts. */
export function speakEnglish(): void {
  Object.assign(i18n, english);
}
