import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../utils/core/settings/settings';
import { workIntervals } from '../../utils/core/time/work-hours';
import { at } from './scheduler-harness';

describe('settings', () => {
  it('has the brief’s defaults', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      posture: { enabled: true, everySec: 1800 },
      stretch: { enabled: true, everySec: 3600, lengthSec: 300 },
      pain: { enabled: true, times: [660, 870, 1020] },
      work: { days: [1, 2, 3, 4, 5], ranges: [{ start: 480, end: 1080 }] },
      snooze: { sec: 300, limit: 3 },
      prompt: { mergeSec: 120 },
    });
  });

  it('uses the defaults for nothing stored, and reports what is wrong with a bad value', () => {
    expect(parseSettings(undefined)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    const bad = parseSettings({ ...DEFAULT_SETTINGS, posture: { enabled: true, everySec: -5 } });
    expect(bad).toMatchObject({ ok: false, settings: DEFAULT_SETTINGS });
    expect(bad.ok ? [] : bad.issues).toEqual([expect.stringContaining('posture.everySec')]);
    expect(parseSettings({ ...DEFAULT_SETTINGS, idle: { detectionSec: 5, naturalBreakSec: 60 } }).ok).toBe(false);
    expect(parseSettings('garbage').ok).toBe(false);
  });
});

describe('work intervals', () => {
  it('merges overlapping ranges and follows ranges past midnight', () => {
    const hours = {
      days: [1],
      ranges: [
        { start: 8 * 60, end: 12 * 60 },
        { start: 11 * 60, end: 13 * 60 },
        { start: 23 * 60, end: 60 },
      ],
    };
    expect(workIntervals(hours, at('2026-11-23 00:00'), at('2026-11-24 12:00'), 'Europe/Berlin')).toEqual([
      { start: at('2026-11-23 08:00'), end: at('2026-11-23 13:00') },
      { start: at('2026-11-23 23:00'), end: at('2026-11-24 01:00') },
    ]);
  });

  it('keeps wall-clock hours across the autumn DST change', () => {
    const hours = { days: [0], ranges: [{ start: 8 * 60, end: 18 * 60 }] };
    const [w] = workIntervals(hours, at('2026-10-25 00:00'), at('2026-10-25 23:00'), 'Europe/Berlin');
    expect(w!.end - w!.start).toBe(10 * 3600_000);
    expect(new Date(w!.start).toISOString()).toBe('2026-10-25T07:00:00.000Z');
  });
});

describe('settings migrations', () => {
  // Exactly what the first release (version 1) stored.
  const FIRST_RELEASE = {
    version: 1,
    posture: { enabled: true, everySec: 2700 },
    stretch: { enabled: false, everySec: 3600, lengthSec: 120 },
    pain: { enabled: true, times: [600, 900], afterBreak: true },
    work: { days: [1, 2, 3, 4], ranges: [{ start: 540, end: 1020 }] },
    snooze: { sec: 600, limit: 2 },
    idle: { detectionSec: 30, naturalBreakSec: 420 },
    prompt: { expireSec: 900, mergeSec: 120 },
    weekStart: 0,
    regions: ['neck', 'wrists'],
  };

  it('keeps every value of the first release and adds the new settings with their defaults', () => {
    const read = parseSettings(structuredClone(FIRST_RELEASE));
    expect(read).toMatchObject({ ok: true, migratedFrom: 1 });
    expect(read.settings).toEqual({
      ...FIRST_RELEASE,
      version: 4,
      hold: { fullscreen: true, audible: true },
      morning: { enabled: false },
      breathing: DEFAULT_SETTINGS.breathing,
      water: DEFAULT_SETTINGS.water,
      context: DEFAULT_SETTINGS.context,
      idle: { mode: 'natural', detectionSec: 30, naturalBreakSec: 420 },
      eyes: DEFAULT_SETTINGS.eyes,
      peg: DEFAULT_SETTINGS.peg,
      delivery: DEFAULT_SETTINGS.delivery,
      stretches: { ...DEFAULT_SETTINGS.stretches, onlyOwn: false },
    });
  });

  it('falls back to the defaults, saying why, for a corrupt, foreign, truncated or newer object', () => {
    const truncated = { ...FIRST_RELEASE } as Record<string, unknown>;
    delete truncated.work;
    for (const raw of [42, 'x', [1, 2], { theme: 'dark' }, truncated, { ...DEFAULT_SETTINGS, version: 9 }]) {
      const read = parseSettings(raw);
      expect(read.ok, JSON.stringify(raw)).toBe(false);
      expect(read.settings).toEqual(DEFAULT_SETTINGS);
      expect(read.ok ? [] : read.issues.length).toBeGreaterThan(0);
    }
  });
});
