/**
 * Entries read a chunk of days at a time, handed on oldest first across the chunks, as one sort
 * of the whole history would order them. A day's bucket holds the entries of one local date, and
 * a local date runs at most 14 hours ahead of UTC (the furthest offset a record may carry), so an
 * entry of a later date is never earlier than that date's midnight UTC less 14 hours: what lies
 * before that moment is final, the rest waits for the next chunk. Pure.
 */
import type { LocalDate } from '../time/local-time';

const MAX_AHEAD_MS = 14 * 3_600_000;

/** The earliest moment an entry of `date` can carry. */
export function earliestAt(date: LocalDate): number {
  return Date.parse(`${date}T00:00:00Z`) - MAX_AHEAD_MS;
}

/**
 * An entry earlier than one already handed on: its date does not match its time (a stored entry
 * changed by hand), so only a sort of everything at once can place it.
 */
export class OutOfOrderError extends Error {
  constructor(id: string) {
    super(`entry ${id} is earlier than entries of earlier days`);
    this.name = 'OutOfOrderError';
  }
}

/** Keeps back what a later chunk could still precede; see the file's comment. */
export class TimeOrder<T extends { id: string; at: number }> {
  private held: T[] = [];
  private last = Number.NEGATIVE_INFINITY;

  /**
   * Takes a chunk's entries (oldest dates first from chunk to chunk; within one, any order) and
   * returns those no later chunk can precede, oldest first; ties keep the order they came in.
   * `next` is the first date a later chunk holds, null after the last chunk (everything is
   * returned). An entry earlier than one already returned is an OutOfOrderError.
   */
  take(list: readonly T[], next: LocalDate | null): T[] {
    const early = list.find((e) => e.at < this.last);
    if (early) throw new OutOfOrderError(early.id);
    const all = [...this.held, ...list].sort((a, b) => a.at - b.at);
    const cut = next === null ? Number.POSITIVE_INFINITY : earliestAt(next);
    let n = 0;
    while (n < all.length && all[n]!.at < cut) n++;
    this.held = all.slice(n);
    const ready = all.slice(0, n);
    if (n) this.last = ready[n - 1]!.at;
    return ready;
  }
}
