import { browser } from 'wxt/browser';

/**
 * The locale for dates and numbers: the browser's, so an English UI in Britain gets British dates,
 * unless Limber's text is shown in another language (no translation for the browser's language,
 * or a browser that reports its language apart from the one its extensions are shown in): then
 * the language of the text with the browser's region, so a German page never carries English
 * dates and an English page in France keeps French clock and calendar habits.
 */
let cachedLocale: string | undefined;
export function locale(): string {
  if (cachedLocale === undefined) cachedLocale = readLocale();
  return cachedLocale;
}

function readLocale(): string {
  let ui = 'en';
  let text = '';
  try {
    ui = browser.i18n.getUILanguage();
    text = browser.i18n.getMessage('locale');
  } catch {
    /* outside an extension page: the browser's language */
  }
  return pickLocale(ui, text);
}

export function pickLocale(ui: string, text: string): string {
  if (!text) return ui;
  const u = ui.toLowerCase();
  const x = text.toLowerCase();
  if (u === x || u.startsWith(`${x}-`)) return ui;
  // Text in another language than the browser's: that language with the browser's region, so an
  // English page in a French browser still gets 24-hour times and weeks that start on Monday.
  try {
    const region = new Intl.Locale(ui).maximize().region;
    if (region) return new Intl.Locale(text, { region }).toString();
  } catch {
    /* a tag Intl does not know: the text's language alone */
  }
  return text;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** A clock time in the user's locale; with the weekday when it is not today. */
export function formatTime(at: number, now: number): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  const key = `${locale()}|${sameDay}`;
  let f = timeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      locale(),
      sameDay ? { timeStyle: 'short' } : { weekday: 'short', hour: 'numeric', minute: '2-digit' },
    );
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

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale()}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) {
    // Local dates are calendar dates: format them as UTC midnight so no zone can shift the day.
    f = new Intl.DateTimeFormat(locale(), { ...options, timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f;
}

const utcOf = (date: string): Date => new Date(`${date}T00:00:00Z`);

/** "Mon 23 Nov" in the user's locale. */
export function formatDay(date: string, long = false): string {
  return dateFormat(
    long ? { weekday: 'long', day: 'numeric', month: 'long' } : { weekday: 'short', day: 'numeric', month: 'short' },
  ).format(utcOf(date));
}

/** "23–29 Nov 2026" in the user's locale. */
export function formatDateRange(from: string, to: string): string {
  return dateFormat({ day: 'numeric', month: 'short', year: 'numeric' }).formatRange(utcOf(from), utcOf(to));
}

export function formatShortDate(date: string): string {
  return dateFormat({ day: 'numeric', month: 'short' }).format(utcOf(date));
}

/** A clock time of a record, in its own zone (as the user saw it then). */
export function formatRecordTime(at: number, tz: number): string {
  return dateFormat({ hour: 'numeric', minute: '2-digit' }).format(new Date(at + tz * 60_000));
}

export function formatNumber(n: number, digits = 1): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(n);
}

export function formatSigned(n: number, digits = 1): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(n);
}

/** "Mon" in the user's locale. */
export function formatWeekday(date: string): string {
  return dateFormat({ weekday: 'short' }).format(utcOf(date));
}

/** The name of a weekday, 0 = Sunday, in the user's locale. */
export function weekdayName(day: number, style: 'long' | 'short' = 'long'): string {
  // 2026-11-22 was a Sunday.
  return dateFormat({ weekday: style }).format(new Date(Date.UTC(2026, 10, 22 + day)));
}

/** "11:00" (a minute of the day as the form holds it) as a clock time in the user's locale. */
export function formatClock(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  return dateFormat({ hour: 'numeric', minute: '2-digit' }).format(new Date(Date.UTC(2026, 0, 1, h, m)));
}

/** "a, b and c" in the user's locale. */
export function formatList(items: string[]): string {
  return new Intl.ListFormat(locale(), { style: 'long', type: 'conjunction' }).format(items);
}
