/**
 * The first day of the week people in a locale expect, from `Intl` (CLDR week data), as Limber's
 * setting: 1 = Monday, 0 = Sunday. Locales whose week starts on Saturday get Sunday, the nearer of
 * the two Limber offers to how their calendars read.
 */
interface WeekInfo {
  firstDay: number;
}
type LocaleWithWeek = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

export function localeWeekStart(locale: string): 0 | 1 {
  let info: WeekInfo | undefined;
  try {
    const l = new Intl.Locale(locale) as LocaleWithWeek;
    info = typeof l.getWeekInfo === 'function' ? l.getWeekInfo() : l.weekInfo;
  } catch {
    return 1;
  }
  if (!info) return 1;
  // CLDR: 1 = Monday … 7 = Sunday.
  return info.firstDay === 7 || info.firstDay === 6 ? 0 : 1;
}
