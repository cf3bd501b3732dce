import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyPlan } from '../../entrypoints/background/apply-plan';
import { createEngine } from '../../entrypoints/background/engine';
import { flareActive, suggestFlare, withFlare } from '../../utils/core/settings/flare';
import { setFlare } from '../../utils/storage/flare';
import { makeRating } from '../../utils/core/data/records';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import { pickStretches, STRETCHES } from '../../utils/core/content/stretches';
import { at } from '../core/scheduler-harness';

const rating = (score: number, minute: number) =>
  makeRating({ id: `r${minute}`, at: Date.UTC(2026, 10, 23, 9, minute), source: 'prompt', score }, 'UTC');

describe('flare mode', () => {
  it('is suggested after two high ratings in a row, not after one', () => {
    expect(suggestFlare([rating(8, 1), rating(7, 2)])).toBe(true);
    expect(suggestFlare([rating(8, 1), rating(3, 2)])).toBe(false);
    expect(suggestFlare([rating(3, 1), rating(8, 2), rating(9, 3)])).toBe(true);
    expect(suggestFlare([rating(9, 1)])).toBe(false);
  });

  it('gives shorter, gentler breaks, only on the day it was switched on', () => {
    expect(flareActive({ date: '2026-11-23' }, '2026-11-23')).toBe(true);
    expect(flareActive({ date: '2026-11-23' }, '2026-11-24')).toBe(false);
    expect(withFlare(DEFAULT_SETTINGS, true).stretch).toEqual({ enabled: true, everySec: 1800, lengthSec: 120 });
    expect(withFlare(DEFAULT_SETTINGS, false)).toBe(DEFAULT_SETTINGS);
    expect(pickStretches([], 0, 3, { gentleOnly: true }).every((s) => s.gentle)).toBe(true);
  });

  it('moves the running schedule: a stretch break within 30 minutes, and the day after it is off', async () => {
    let now = at('2026-11-23 09:00');
    const engine = createEngine({ now: () => now, timeZone: () => 'Europe/Berlin', apply: applyPlan });
    await engine.dispatch({ type: 'start', idle: 'active' });
    await setFlare('2026-11-23');
    await engine.dispatch({ type: 'start', idle: 'active' });
    const alarm = async () => (await fakeBrowser.alarms.get('limber-wake'))?.scheduledTime;
    expect(await alarm()).toBe(at('2026-11-23 09:30'));
    now = at('2026-11-23 09:30');
    const plan = await engine.dispatch({ type: 'alarm', idle: 'active' });
    expect(plan.show?.kinds).toEqual(['posture', 'stretch']);
    now = at('2026-11-24 09:00');
    const next = await engine.dispatch({ type: 'start', idle: 'active' });
    expect(next.wakeAt).toBe(at('2026-11-24 09:30'));
    expect(next.state.active.stretch).toBe(0);
  });
});

describe('stretch preferences', () => {
  it('puts favourites first and never offers hidden ones', () => {
    const picked = pickStretches([], 0, 3, { favourites: ['standing-quad'], hidden: ['neck-tilt'] });
    expect(picked[0]!.id).toBe('standing-quad');
    expect(picked.map((s) => s.id)).not.toContain('neck-tilt');
    expect(picked).toHaveLength(3);
    expect(pickStretches([], 0, 3, { hidden: STRETCHES.map((s) => s.id) })).toEqual([]);
  });
});
