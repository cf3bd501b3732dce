import { browser } from 'wxt/browser';

function locale(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** A clock time in the user's locale; with the weekday when it is not today. */
export function formatTime(at: number, now: number): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  const key = `${locale()}|${sameDay}`;
  let f = timeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(), sameDay ? { timeStyle: 'short' } : { weekday: 'short', hour: 'numeric', minute: '2-digit' });
    timeFormats.set(key, f);
  }
  return f.format(at);
}

/** "in 12 minutes", "in 2 hours", in the user's locale. */
export function formatRelative(at: number, now: number): string {
  const rtf = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });
  const min = Math.round((at - now) / 60_000);
  if (Math.abs(min) < 90) return rtf.format(min, 'minute');
  const h = Math.round(min / 60);
  if (Math.abs(h) < 36) return rtf.format(h, 'hour');
  return rtf.format(Math.round(h / 24), 'day');
}
