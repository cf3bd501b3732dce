import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyPlan } from '../../entrypoints/background/apply-plan';
import { createEngine } from '../../entrypoints/background/engine';
import { keptAsideReasonText } from '../../components/common/kept-aside-notice';
import { isKeptAsideReason, keepAside, listKeptAside } from '../../utils/storage/problems';
import { saveSettings } from '../../utils/storage/settings';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import de from '../../assets/public/_locales/de/messages.json';
import { addRecords, readDaysChecked } from '../../utils/storage/records';
import { makeRating } from '../../utils/core/data/records';
import { initialState } from '../../utils/core/scheduler/state';
import { at } from '../core/scheduler-harness';

const TZ = 'Europe/Berlin';
const rating = (id: string, when: string) => makeRating({ id, at: at(when), source: 'manual', score: 5 }, TZ);
const { version: _v, ...truncatedState } = initialState();

/** For each stored key: garbage, a wrong type, an older or newer version, a truncated object. */
const BAD_STATE: [string, unknown][] = [
  ['garbage', 'ÿ\u0000not json at all'],
  ['a wrong type', [1, 2, 3]],
  ['a newer version', { ...initialState(), version: 9 }],
  ['a truncated object', truncatedState],
];
const BAD_BUCKET: [string, unknown][] = [
  ['garbage', '%%%'],
  ['a wrong type', 42],
  ['a newer version', { v: 2, records: [] }],
  ['a truncated object', { v: 1 }],
];

let now = at('2026-11-23 09:00');
const engine = () => createEngine({ now: () => now, timeZone: () => TZ, apply: applyPlan });

describe('corrupt and foreign data in storage', () => {
  beforeEach(() => {
    now = at('2026-11-23 09:00');
  });

  it.each(BAD_STATE)(
    'the schedule: %s is kept aside, the schedule starts afresh, records untouched',
    async (_name, bad) => {
      await fakeBrowser.storage.local.set({
        scheduler: bad,
        'rec:2026-11-20': { v: 1, records: [rating('old', '2026-11-20 10:00')] },
      });
      const plan = await engine().dispatch({ type: 'start', idle: 'active' });
      expect(plan.wakeAt).toBe(at('2026-11-23 09:30'));
      const kept = await listKeptAside();
      expect(kept).toEqual([expect.objectContaining({ key: 'scheduler', value: bad, reason: 'scheduleUnreadable' })]);
      expect((await readDaysChecked(['2026-11-20'])).records.map((r) => r.id)).toEqual(['old']);
    },
  );

  it('the schedule of the first release (version 1) is migrated, not set aside', async () => {
    const { peg: _peg, ...v2 } = initialState();
    await fakeBrowser.storage.local.set({ scheduler: { ...v2, version: 1, active: { posture: 0, stretch: 0 } } });
    await engine().dispatch({ type: 'start', idle: 'active' });
    expect(await listKeptAside()).toEqual([]);
  });

  it.each(BAD_BUCKET)(
    'a day of records: %s is counted as unreadable, kept aside on the next write, other days untouched',
    async (_name, bad) => {
      await fakeBrowser.storage.local.set({
        'rec:2026-11-23': bad,
        'rec:2026-11-24': { v: 1, records: [rating('b', '2026-11-24 10:00')] },
      });
      expect(await readDaysChecked(['2026-11-23', '2026-11-24'])).toMatchObject({
        unreadable: 1,
        records: [expect.objectContaining({ id: 'b' })],
      });
      expect(await addRecords([rating('a', '2026-11-23 11:00')])).toBe(1);
      expect(await listKeptAside()).toEqual([
        expect.objectContaining({ key: 'rec:2026-11-23', value: bad, reason: 'dayUnreadable' }),
      ]);
      expect((await readDaysChecked(['2026-11-23', '2026-11-24'])).records.map((r) => r.id)).toEqual(['a', 'b']);
    },
  );

  it('unreadable settings are kept aside with their code before new ones are saved', async () => {
    const bad = { version: 2, posture: 'often' };
    await fakeBrowser.storage.sync.set({ settings: bad });
    await saveSettings(DEFAULT_SETTINGS);
    expect(await listKeptAside()).toEqual([
      expect.objectContaining({ key: 'settings', value: bad, reason: 'settingsUnreadable' }),
    ]);
  });

  it('garbage in the flare switch reads as "off" and changes nothing else', async () => {
    await fakeBrowser.storage.local.set({ flare: 'garbage' });
    const plan = await engine().dispatch({ type: 'start', idle: 'active' });
    expect(plan.state.active).toEqual({ posture: 0, stretch: 0, eyes: 0, breathing: 0, water: 0 });
    expect(plan.wakeAt).toBe(at('2026-11-23 09:30'));
  });

  it('a write refused by storage (quota full) is reported, and nothing stored is lost', async () => {
    const e = engine();
    await e.dispatch({ type: 'start', idle: 'active' });
    await addRecords([rating('kept', '2026-11-23 08:30')]);
    const before = await fakeBrowser.storage.local.get(null);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(e.dispatch({ type: 'rate', id: 'new', score: 3, source: 'manual' })).rejects.toThrow('QUOTA_BYTES');
    set.mockRestore();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    // And the next event works again.
    await e.dispatch({ type: 'rate', id: 'new', score: 3, source: 'manual' });
    expect((await readDaysChecked(['2026-11-23'])).records.map((r) => r.id)).toEqual(['kept', 'new']);
  });
});

describe('finding what was kept aside', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads only the kept-aside keys where the browser can list keys (years of records stay unread)', async () => {
    await fakeBrowser.storage.local.set({
      'rec:2026-11-23': { v: 1, records: [] },
      'unreadable:scheduler': { key: 'scheduler', at: 1, reason: 'x', value: 'ÿ' },
    });
    const local = fakeBrowser.storage.local as unknown as { getKeys?: () => Promise<string[]> };
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    local.getKeys = async () => keys;
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    try {
      expect(await listKeptAside()).toEqual([expect.objectContaining({ key: 'scheduler', reason: 'x' })]);
      expect(get.mock.calls.map((c) => c[0])).toEqual([['unreadable:scheduler']]);
    } finally {
      delete local.getKeys;
      get.mockRestore();
    }
  });

  it('falls back to reading everything where it cannot (Firefox before 143)', async () => {
    await fakeBrowser.storage.local.set({ 'unreadable:settings': { key: 'settings', at: 2, reason: 'y', value: 1 } });
    expect(await listKeptAside()).toEqual([expect.objectContaining({ key: 'settings' })]);
  });
});

describe('kept-aside copies are never overwritten, and reading them is always safe', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the same day corrupted twice keeps two copies, with both values', async () => {
    await fakeBrowser.storage.local.set({ 'rec:2026-11-23': '%%% first' });
    await addRecords([rating('a', '2026-11-23 10:00')]);
    await fakeBrowser.storage.local.set({ 'rec:2026-11-23': 42 });
    await addRecords([rating('b', '2026-11-23 11:00')]);
    const kept = await listKeptAside();
    expect(kept).toHaveLength(2);
    expect(kept.map((k) => k.value)).toEqual(expect.arrayContaining(['%%% first', 42]));
    expect(kept.every((k) => k.key === 'rec:2026-11-23' && k.reason === 'dayUnreadable')).toBe(true);
  });

  it('copies kept in the same millisecond each get their own key', async () => {
    await keepAside('scheduler', 'one', 'scheduleUnreadable', 5);
    await keepAside('scheduler', 'two', 'scheduleUnreadable', 5);
    await keepAside('scheduler', 'three', 'scheduleUnreadable', 5);
    expect((await listKeptAside()).map((k) => k.value).sort()).toEqual(['one', 'three', 'two']);
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(keys.filter((k) => k.startsWith('unreadable:'))).toHaveLength(3);
  });

  it('copies kept at the same moment from two places are both kept', async () => {
    await Promise.all([
      keepAside('settings', 'one', 'settingsUnreadable', 9),
      keepAside('settings', 'two', 'settingsUnreadable', 9),
    ]);
    expect((await listKeptAside()).map((k) => k.value).sort()).toEqual(['one', 'two']);
  });

  it('an entry under the fixed key of earlier versions is still listed, next to newer copies', async () => {
    const legacy = { key: 'scheduler', at: 3, reason: 'scheduleUnreadable', value: 'old' };
    await fakeBrowser.storage.local.set({ 'unreadable:scheduler': legacy });
    await keepAside('scheduler', 'new', 'scheduleUnreadable', 4);
    expect(await listKeptAside()).toEqual([
      legacy,
      { key: 'scheduler', at: 4, reason: 'scheduleUnreadable', value: 'new' },
    ]);
    expect((await fakeBrowser.storage.local.get('unreadable:scheduler'))['unreadable:scheduler']).toEqual(legacy);
  });

  /** Storage as read back with a stored `null` as well (the fake drops nulls on write; Chrome keeps them). */
  function withStoredNull(key: string): () => void {
    const local = fakeBrowser.storage.local;
    const get = local.get.bind(local);
    const spy = vi.spyOn(local, 'get').mockImplementation((async (keys: unknown) => {
      const items = await get(keys as string[] | null);
      const asked = keys === null || keys === undefined || (Array.isArray(keys) && keys.includes(key));
      return asked ? { ...items, [key]: null } : items;
    }) as typeof local.get);
    return () => spy.mockRestore();
  }

  it('malformed entries are listed as something kept aside, with no time and an unknown reason', async () => {
    await fakeBrowser.storage.local.set({
      'unreadable:b': 5,
      'unreadable:c': 'x',
      'unreadable:d': [],
      'unreadable:e': {},
      'unreadable:f': { key: 7, at: 'yesterday', reason: 42, value: 1 },
      'unreadable:g': { key: 'settings', at: Number.NaN },
    });
    await keepAside('scheduler', 'ÿ', 'scheduleUnreadable', 5);
    const restore = withStoredNull('unreadable:a');
    try {
      const kept = await listKeptAside();
      expect(kept).toHaveLength(8);
      // The well-formed entry first; those without a time after it.
      expect(kept[0]).toEqual({ key: 'scheduler', at: 5, reason: 'scheduleUnreadable', value: 'ÿ' });
      for (const k of kept.slice(1)) {
        expect(k.at).toBeNull();
        expect(k.key === null || typeof k.key === 'string').toBe(true);
        expect(keptAsideReasonText(k.reason)).toBe('stored data could not be read');
      }
      expect(kept.map((k) => k.value)).toEqual(expect.arrayContaining([null, 5, 'x', []]));
    } finally {
      restore();
    }
  });

  it('a single malformed entry is listed too', async () => {
    const restore = withStoredNull('unreadable:x');
    try {
      expect(await listKeptAside()).toEqual([{ key: null, at: null, reason: undefined, value: null }]);
    } finally {
      restore();
    }
  });
});

describe("why something was kept aside, in the user's language", () => {
  beforeEach(() => fakeBrowser.reset());

  it('is stored as a code and rendered from the messages', async () => {
    await keepAside('scheduler', 'ÿ', 'scheduleUnreadable', 5);
    const [kept] = await listKeptAside();
    expect(kept).toEqual({ key: 'scheduler', at: 5, reason: 'scheduleUnreadable', value: 'ÿ' });
    expect(isKeptAsideReason(kept!.reason)).toBe(true);
    expect(keptAsideReasonText(kept!.reason)).toBe('the schedule could not be read and was started afresh');
  });

  it('an entry kept by an older version, with an English sentence, is read as stored and shown with the general message', async () => {
    const sentence = 'the settings could not be read; defaults were used';
    const old = { key: 'settings', at: 7, reason: sentence, value: { version: 1 } };
    await fakeBrowser.storage.local.set({ 'unreadable:settings': old });
    const [kept] = await listKeptAside();
    expect(kept).toEqual(old);
    expect(isKeptAsideReason(kept!.reason)).toBe(false);
    expect(keptAsideReasonText(kept!.reason)).toBe('stored data could not be read');
    // On a German page: German, and never the stored English sentence.
    const messages = de as Record<string, { message: string }>;
    const i18n = fakeBrowser.i18n as unknown as { getMessage: (key: string) => string };
    const english = i18n.getMessage;
    i18n.getMessage = (key) => messages[key]?.message ?? '';
    try {
      expect(keptAsideReasonText(kept!.reason)).toBe('gespeicherte Daten konnten nicht gelesen werden');
      expect(keptAsideReasonText('scheduleUnreadable')).toBe(
        'der Zeitplan konnte nicht gelesen werden und wurde neu gestartet',
      );
    } finally {
      i18n.getMessage = english;
    }
  });

  it('a code this version does not know, or no reason at all, also gets the general message', () => {
    for (const reason of ['someFutureCode', undefined, 42, { en: 'text' }]) {
      expect(keptAsideReasonText(reason)).toBe('stored data could not be read');
    }
  });
});
