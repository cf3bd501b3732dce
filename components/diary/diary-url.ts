/**
 * The diary's address: `?week=YYYY-MM-DD` is the week shown (any date in it), so a reload keeps it;
 * `?date=YYYY-MM-DD&edit=<id>` opens that date's week with that rating's edit form (the popup's
 * "edit" link).
 */
import { isLocalDate } from '../../utils/core/time/local-time';
import type { LocalDate } from '../../utils/core/time/local-time';

export interface DiaryAddress {
  /** A date in the week asked for, or null for this week. */
  week: LocalDate | null;
  /** The rating whose edit form opens. */
  edit: { date: LocalDate; id: string } | null;
}

export function readDiaryAddress(search: string): DiaryAddress {
  const params = new URLSearchParams(search);
  const date = params.get('date');
  const week = params.get('week');
  const id = params.get('edit');
  const day = date && isLocalDate(date) ? date : null;
  return {
    week: day ?? (week && isLocalDate(week) ? week : null),
    edit: day && id ? { date: day, id } : null,
  };
}

/** Puts the week shown in the address (null: this week), dropping an edit link's parameters. */
export function writeDiaryWeek(week: LocalDate | null): void {
  const url = new URL(location.href);
  if (week) url.searchParams.set('week', week);
  else url.searchParams.delete('week');
  url.searchParams.delete('date');
  url.searchParams.delete('edit');
  history.replaceState(null, '', url);
}
