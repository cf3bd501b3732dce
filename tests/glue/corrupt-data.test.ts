import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyPlan } from '../../entrypoints/background/apply-plan';
import { createEngine } from '../../entrypoints/background/engine';
import { listKeptAside } from '../../utils/storage/problems';
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

  it.each(BAD_STATE)('the schedule: %s is kept aside, the schedule starts afresh, records untouched', async (_name, bad) => {
    await fakeBrowser.storage.local.set({ scheduler: bad, 'rec:2026-11-20': { v: 1, records: [rating('old', '2026-11-20 10:00')] } });
    const plan = await engine().dispatch({ type: 'start', idle: 'active' });
    expect(plan.wakeAt).toBe(at('2026-11-23 09:30'));
    const kept = await listKeptAside();
    expect(kept).toEqual([expect.objectContaining({ key: 'scheduler', value: bad, reason: expect.stringContaining('schedule') })]);
    expect((await readDaysChecked(['2026-11-20'])).records.map((r) => r.id)).toEqual(['old']);
  });

  it('the schedule of the first release (version 1) is migrated, not set aside', async () => {
    const { peg: _peg, ...v2 } = initialState();
    await fakeBrowser.storage.local.set({ scheduler: { ...v2, version: 1, active: { posture: 0, stretch: 0 } } });
    await engine().dispatch({ type: 'start', idle: 'active' });
    expect(await listKeptAside()).toEqual([]);
  });

  it.each(BAD_BUCKET)('a day of records: %s is counted as unreadable, kept aside on the next write, other days untouched', async (_name, bad) => {
    await fakeBrowser.storage.local.set({ 'rec:2026-11-23': bad, 'rec:2026-11-24': { v: 1, records: [rating('b', '2026-11-24 10:00')] } });
    expect(await readDaysChecked(['2026-11-23', '2026-11-24'])).toMatchObject({ unreadable: 1, records: [expect.objectContaining({ id: 'b' })] });
    expect(await addRecords([rating('a', '2026-11-23 11:00')])).toBe(1);
    expect(await listKeptAside()).toEqual([expect.objectContaining({ key: 'rec:2026-11-23', value: bad })]);
    expect((await readDaysChecked(['2026-11-23', '2026-11-24'])).records.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('garbage in the flare switch reads as "off" and changes nothing else', async () => {
    await fakeBrowser.storage.local.set({ flare: 'garbage' });
    const plan = await engine().dispatch({ type: 'start', idle: 'active' });
    expect(plan.state.active).toEqual({ posture: 0, stretch: 0, eyes: 0 });
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
    await fakeBrowser.storage.local.set({ 'rec:2026-11-23': { v: 1, records: [] }, 'unreadable:scheduler': { key: 'scheduler', at: 1, reason: 'x', value: 'ÿ' } });
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
