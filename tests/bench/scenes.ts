/// <reference types="chrome" />
/**
 * The pages the benchmark loads side by side, and the storage each needs: the floor, the bare
 * Preact page, Limber's popup (nothing scheduled, no prompt waiting) and its prompt window (a pain
 * prompt waiting, as the scheduler leaves it).
 */
import { fastSettings, setSettings, waitFor } from '../e2e/extension';
import type { Launched } from '../e2e/extension';

export interface Scene {
  name: string;
  path: string;
  /** Before each load: the storage this page needs; what follows the path in its address, if anything. */
  prepare?(l: Launched): Promise<string | undefined>;
  /** After a rating was clicked: storage as it was before. */
  after?(l: Launched): Promise<void>;
  /** The key a stored rating must appear under. */
  key: RegExp;
  /** Limber's own page, held to the budgets (the others are the reference). */
  limber?: boolean;
}

/** Nothing scheduled: the pages are measured on their own, no prompt comes in between. */
export const quietSettings = (l: Launched): Promise<void> => setSettings(l, fastSettings());

/**
 * Stores a waiting pain prompt (or none), and returns the prompt window's address after its path
 * as the background opens it (`promptSearch` in entrypoints/background/deliver.ts): `?p=…&k=pain`.
 */
export async function setPending(l: Launched, pain: boolean): Promise<string | undefined> {
  const id = await l.probe.evaluate(async (pain) => {
    const { scheduler } = await chrome.storage.local.get('scheduler');
    const now = Date.now();
    const pending = pain
      ? {
          id: `p${now}`,
          kinds: ['pain'],
          open: ['pain'],
          shownAt: now,
          expiresAt: now + 3600_000,
          manual: false,
          postureItem: 0,
          snoozesLeft: { pain: 3 },
        }
      : null;
    await chrome.storage.local.set({
      scheduler: { ...(scheduler as object), pending, wakeAt: pain ? now + 3600_000 : null },
    });
    return pending?.id;
  }, pain);
  return id ? `?${new URLSearchParams({ p: id, k: 'pain' })}` : undefined;
}

/** The ratings the benchmark stored, removed, so every load sees the same storage. */
export async function clearRatings(l: Launched): Promise<void> {
  await l.probe.evaluate(async () => {
    const today = new Date().toLocaleDateString('sv');
    await chrome.storage.local.remove(['bench:floor', 'bench:preact', `rec:${today}`]);
  });
}

/** Until the background has closed the answered prompt. */
async function answered(l: Launched): Promise<void> {
  await waitFor(
    () =>
      l.probe.evaluate(
        async () => (await chrome.storage.local.get('scheduler')).scheduler as { pending?: unknown } | undefined,
      ),
    (s) => !s?.pending,
    10_000,
  );
}

export const FLOOR: Scene = { name: 'floor', path: 'bench/floor.html', key: /^bench:floor$/ };
export const PREACT: Scene = { name: 'preact', path: 'bench/preact.html', key: /^bench:preact$/ };
export const POPUP: Scene = {
  name: 'popup',
  path: 'popup.html',
  prepare: async (l) => void (await setPending(l, false)),
  after: clearRatings,
  key: /^rec:\d{4}-\d{2}-\d{2}$/,
  limber: true,
};
export const PROMPT: Scene = {
  name: 'prompt window',
  path: 'prompt.html',
  prepare: (l) => setPending(l, true),
  after: async (l) => {
    await answered(l);
    await clearRatings(l);
  },
  key: /^rec:\d{4}-\d{2}-\d{2}$/,
  limber: true,
};
export const SCENES = [FLOOR, PREACT, POPUP, PROMPT];
