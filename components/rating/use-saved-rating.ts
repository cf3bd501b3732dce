import { useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { userError } from '../../utils/user-error';
import type { RatingRecord, RatingSource } from '../../utils/core/data/records';
import type { LocalDate } from '../../utils/core/time/local-time';

/** The rating this view saved a moment ago: it can be changed, taken back and given again. */
export interface SavedRating {
  id: string;
  date: LocalDate;
  score: number;
  /** When it was made (its Undo window is this rating's); a change keeps it. */
  at: number;
  source: RatingSource;
}

export interface SavedRatingControl {
  /** The rating saved here; kept while taken back, so it can be given again under its id. */
  rating: SavedRating | null;
  /** Undone (or deleted elsewhere meanwhile): nothing of it is stored now. */
  takenBack: boolean;
  /** Taken back because it was found deleted elsewhere (in the diary) when changed here. */
  deletedElsewhere: boolean;
  /** A change, an Undo or a new try is on its way. */
  busy: boolean;
  /** Why the last of those failed, in plain words. */
  error: string | null;
  /** A rating just stored by this view: shown as saved, with its Undo. */
  saved(record: RatingRecord): void;
  /** Nothing saved here (a new prompt replaced the old one). */
  clear(): void;
  /** Another score for the saved rating: the same rating changed, not a second one. */
  change(score: number): Promise<void>;
  /** Takes the rating back; resolves to whether nothing of it is stored now. */
  undo(): Promise<boolean>;
  /** After an Undo: a score given again, stored under the same id. */
  giveAgain(score: number): Promise<void>;
}

// Loaded on first use: a page's first script does not carry the record store.
const entries = (): Promise<typeof import('../../utils/storage/entries')> => import('../../utils/storage/entries');
const records = (): Promise<typeof import('../../utils/core/data/records')> => import('../../utils/core/data/records');

const fromRecord = (r: RatingRecord): SavedRating => ({
  id: r.id,
  date: r.date,
  score: r.score,
  at: r.at,
  source: r.source,
});

/** The Undo and "change" right after a one-click rating, for the popup and the prompt. */
export function useSavedRating(): SavedRatingControl {
  const [rating, setRating] = useState<SavedRating | null>(null);
  const [ended, setEnded] = useState<'undone' | 'deleted' | null>(null);
  const takenBack = ended !== null;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Two clicks within one render would both see busy false: one step at a time, by this ref.
  const working = useRef(false);

  const run = async <T>(fallback: T, work: () => Promise<T>): Promise<T> => {
    if (working.current) return fallback;
    working.current = true;
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (err) {
      setError(userError(err));
      return fallback;
    } finally {
      working.current = false;
      setBusy(false);
    }
  };
  const show = (r: RatingRecord): void => {
    setRating(fromRecord(r));
    setEnded(null);
  };

  return {
    rating,
    takenBack,
    deletedElsewhere: ended === 'deleted',
    busy,
    error,
    saved: (r) => {
      show(r);
      setError(null);
    },
    clear: () => {
      setRating(null);
      setEnded(null);
      setError(null);
    },
    change: (score) => {
      const r = rating;
      if (!r || takenBack || score === r.score) return Promise.resolve();
      return run(undefined, async () => {
        // A correction where it was given: marked as edited only after CORRECTION_MS.
        const stored = await (await entries()).changeRating(r.date, r.id, { score }, Date.now(), true);
        if (stored) {
          show(stored);
          return;
        }
        // Deleted elsewhere meanwhile (in the diary): nothing is stored, as after an Undo.
        setEnded('deleted');
      });
    },
    undo: () => {
      const r = rating;
      if (!r || takenBack) return Promise.resolve(false);
      return run(false, async () => {
        // False: no rating is stored under its id any more (deleted elsewhere), which is the same end.
        await (await entries()).takeBack(r.date, r.id);
        setEnded('undone');
        return true;
      });
    },
    giveAgain: (score) => {
      const r = rating;
      if (!r || !takenBack) return Promise.resolve();
      return run(undefined, async () => {
        const [{ putRating }, { makeRating }] = await Promise.all([entries(), records()]);
        const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        const make = (id: string, now: number): RatingRecord =>
          makeRating({ id, at: now, source: r.source, score }, timeZone);
        const now = Date.now();
        // Its id is free after an Undo; a deletion elsewhere leaves its mark there: then a new id.
        const stored =
          (await putRating(make(r.id, now), now)) ?? (await putRating(make(crypto.randomUUID(), now), now));
        if (stored) show(stored);
        else setError(t('errOther'));
      });
    },
  };
}
