/**
 * The breathing break and the water reminder: off by default; switched on, each comes after its
 * interval of active time and is stored as a break of its kind (the breathing break with the
 * seconds it ran); the breathing pace is 4 s in, 6 s out.
 */
import { describe, expect, it } from 'vitest';
import { breathPhase } from '../../utils/core/content/breathing';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import { at, Sim, settingsWith } from './scheduler-harness';

const MON = '2026-11-23';
const only = (kind: 'breathing' | 'water', everyMin: number) =>
  settingsWith((s) => {
    s.posture.enabled = false;
    s.stretch.enabled = false;
    s.pain.enabled = false;
    s[kind] = { enabled: true, everySec: everyMin * 60 };
  });

describe('breathing break and water reminder in the schedule', () => {
  it('are off by default, every 120 and 90 minutes when on', () => {
    expect(DEFAULT_SETTINGS.breathing).toEqual({ enabled: false, everySec: 7200 });
    expect(DEFAULT_SETTINGS.water).toEqual({ enabled: false, everySec: 5400 });
    const sim = new Sim(settingsWith((s) => (s.pain.enabled = false)));
    sim.send({ type: 'start' }, at(`${MON} 08:00`));
    const kinds = sim.runUntil(at(`${MON} 18:00`)).flatMap((p) => p.show!.kinds);
    expect(kinds).not.toContain('breathing');
    expect(kinds).not.toContain('water');
  });

  it('a breathing break after its interval of active time, stored with the seconds it ran', () => {
    const sim = new Sim(only('breathing', 120));
    sim.send({ type: 'start' }, at(`${MON} 08:00`));
    expect(sim.state.wakeAt).toBe(at(`${MON} 10:00`));
    const p = sim.send({ type: 'alarm' }, at(`${MON} 10:00`));
    expect(p.show?.kinds).toEqual(['breathing']);
    const done = sim.send(
      { type: 'answer', promptId: p.show!.id, kind: 'breathing', answer: { action: 'done', seconds: 60 } },
      at(`${MON} 10:01`),
    );
    expect(done.records).toEqual([
      expect.objectContaining({ type: 'break', kind: 'breathing', outcome: 'done', seconds: 60 }),
    ]);
    expect(done.wakeAt).toBe(at(`${MON} 12:01`));
  });

  it('a water reminder, done in one click; time away long enough for a natural break starts its clock again', () => {
    const sim = new Sim(only('water', 90));
    sim.send({ type: 'start' }, at(`${MON} 08:00`));
    sim.send({ type: 'idle', state: 'locked' }, at(`${MON} 08:30`));
    sim.send({ type: 'idle', state: 'active' }, at(`${MON} 09:00`));
    expect(sim.state.wakeAt).toBe(at(`${MON} 10:30`));
    const p = sim.send({ type: 'alarm' }, at(`${MON} 10:30`));
    expect(p.show?.kinds).toEqual(['water']);
    const done = sim.send(
      { type: 'answer', promptId: p.show!.id, kind: 'water', answer: { action: 'done' } },
      at(`${MON} 10:30`) + 5000,
    );
    expect(done.records).toEqual([expect.objectContaining({ type: 'break', kind: 'water', outcome: 'done' })]);
  });
});

describe('the breathing pace', () => {
  it.each([
    [0, { phase: 'in', secondsLeft: 4, progress: 0, breath: 1 }],
    [3999, { phase: 'in', secondsLeft: 1, breath: 1 }],
    [4000, { phase: 'out', secondsLeft: 6, progress: 0, breath: 1 }],
    [9999, { phase: 'out', secondsLeft: 1, breath: 1 }],
    [10_000, { phase: 'in', secondsLeft: 4, breath: 2 }],
    [59_000, { phase: 'out', secondsLeft: 1, breath: 6 }],
  ])('%i ms in: %j', (ms, expected) => {
    expect(breathPhase(ms)).toMatchObject(expected);
  });
});
