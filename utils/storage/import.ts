/**
 * Imports a file's records all or nothing. Adding them a day at a time (addRecords) leaves part of
 * a file stored when storage refuses a later day, so an import writes every day in one batch and,
 * if that batch is refused, puts back what it replaced.
 */
import { browser } from 'wxt/browser';
import { withLock } from './lock';
import { getValues } from './area';
import { bucketKey, dayLock, idOf, planAdd } from './records';
import { countMatches, importMatch, replacement } from '../core/data/import-plan';
import type { Bucket } from './records';
import type { ImportCounts } from '../core/data/import-plan';
import type { Entry } from '../core/data/tombstone';
import { errorMessage } from '../core/error-message';

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

/** What the import would do with each entry, counted (read without the locks: a preview). */
export async function previewImport(entries: readonly Entry[]): Promise<ImportCounts> {
  const stored = await storedById(entries);
  return countMatches(entries.map((e) => importMatch(e, stored.get(e.id))));
}

/** The stored entry under each id the file names, looked up in the bucket of the entry's own day. */
async function storedById(entries: readonly Entry[]): Promise<Map<string, unknown>> {
  const dates = [...new Set(entries.map((e) => e.date))];
  const buckets = await getValues('local', dates.map(bucketKey));
  const byId = new Map<string, unknown>();
  for (const value of Object.values(buckets)) {
    const list = (value as Bucket | undefined)?.records;
    if (Array.isArray(list)) for (const r of list) byId.set(String(idOf(r)), r);
  }
  return byId;
}

/** What an import did: entries added, stored ones replaced by the file's, and ones left as stored. */
export interface ImportResult {
  added: number;
  replaced: number;
  kept: number;
  /** Of the kept: entries that differ from the stored one (or were deleted here), kept as stored. */
  keptDiffering: number;
}

/**
 * Imports every entry, or none. New ones are added; where an entry differs from the stored one
 * (or was deleted here), `choice` says whether the file's replaces it ('replace') or the stored
 * one stays ('keep'). Rejects with storage's own error when the entries do not fit (nothing then
 * changed), or with ImportNotUndoneError when even the undo failed.
 */
export async function importEntries(
  entries: readonly Entry[],
  choice: 'replace' | 'keep',
  now: number,
): Promise<ImportResult> {
  const dates = [...new Set(entries.map((r) => r.date))];
  return withLocks(dates.map(dayLock), async () => {
    const fresh: Entry[] = [];
    const swaps = new Map<string, Entry>();
    const stored = await storedById(entries);
    let keptDiffering = 0;
    for (const e of entries) {
      const old = stored.get(e.id);
      const match = importMatch(e, old);
      if (match === 'fresh') fresh.push(e);
      else if (match === 'differ' || match === 'deletedHere') {
        if (choice === 'replace') swaps.set(e.id, replacement(e, old, now));
        else keptDiffering++;
      }
    }
    const { writes, replaced } = await planAdd(fresh, swaps);
    if (Object.keys(writes).length > 0) {
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
    return {
      added: fresh.length,
      replaced: swaps.size,
      kept: entries.length - fresh.length - swaps.size,
      keptDiffering,
    };
  });
}
