/**
 * Imports a file's records all or nothing. Adding them a day at a time (addRecords) leaves part of
 * a file stored when storage refuses a later day, so an import writes every day in one batch and,
 * if that batch is refused, puts back what it replaced.
 */
import { browser } from 'wxt/browser';
import { withLock } from './lock';
import { dayLock, planAdd } from './records';
import { errorMessage } from '../core/error-message';
import type { LimberRecord } from '../core/data/records';

/** An import was refused and what it had written could not be taken back: part of it may be stored. */
export class ImportNotUndoneError extends Error {
  override name = 'ImportNotUndoneError';
  constructor(refusal: unknown, undoFailure: unknown) {
    super(`import refused (${errorMessage(refusal)}) and not undone (${errorMessage(undoFailure)})`, {
      cause: refusal,
    });
  }
}

/** Holds every named lock, taken one by one in sorted order so two holders of several never deadlock. */
function withLocks<T>(names: readonly string[], fn: () => Promise<T>): Promise<T> {
  const [first, ...rest] = [...names].sort();
  return first === undefined ? fn() : withLock(first, () => withLocks(rest, fn));
}

/**
 * Puts back what a refused batch may have replaced: keys it created are removed, the others get
 * their old values. Removing first frees room, so the old values fit where the batch did not.
 */
async function undo(replaced: Record<string, unknown>): Promise<void> {
  const created = Object.keys(replaced).filter((k) => replaced[k] === undefined);
  const old = Object.fromEntries(Object.entries(replaced).filter(([, v]) => v !== undefined));
  if (created.length) await browser.storage.local.remove(created);
  if (Object.keys(old).length) await browser.storage.local.set(old);
}

/**
 * Adds every record, or none: records already stored (same id) are kept as they are. Returns how
 * many were new and how many were already here. Rejects with storage's own error when the records
 * do not fit (nothing then changed), or with ImportNotUndoneError when even the undo failed.
 */
export async function importRecords(records: readonly LimberRecord[]): Promise<{ added: number; present: number }> {
  const dates = [...new Set(records.map((r) => r.date))];
  return withLocks(dates.map(dayLock), async () => {
    const { writes, replaced, added } = await planAdd(records);
    if (added > 0) {
      // One set for every day: Chromium checks the quota for the whole batch and writes all of it or
      // none (seen in Chromium 156); the undo covers a store that writes part before refusing.
      try {
        await browser.storage.local.set(writes);
      } catch (refusal) {
        await undo(replaced).catch((undoFailure: unknown) => {
          throw new ImportNotUndoneError(refusal, undoFailure);
        });
        throw refusal;
      }
    }
    return { added, present: records.length - added };
  });
}
