import { describe, expect, it } from 'vitest';
import { parseState } from '../../utils/core/scheduler/schema';
import { at, Sim, settingsWith } from './scheduler-harness';

const MON = '2026-11-23';
const FRI = '2026-11-27';

describe('eye breaks, the weekly PEG check, idle modes, rate now', () => {
  it('prompts an eye break every 20 minutes of active time when switched on, recorded when done', () => {
    const sim = new Sim(
      settingsWith((s) => {
        s.eyes.enabled = true;
        s.posture.enabled = false;
        s.stretch.enabled = false;
        s.pain.enabled = false;
      }),
    );
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    const p = sim.send({ type: 'alarm' }, at(`${MON} 09:20`));
    expect(p.show?.kinds).toEqual(['eyes']);
    const done = sim.send(
      { type: 'answer', promptId: p.show!.id, kind: 'eyes', answer: { action: 'done' } },
      at(`${MON} 09:20`) + 20_000,
    );
    expect(done.records).toEqual([expect.objectContaining({ type: 'break', kind: 'eyes', outcome: 'done' })]);
    expect(done.wakeAt).toBe(at(`${MON} 09:40`) + 20_000);
  });

  it('asks the PEG check once a week at its time and stores the three answers', () => {
    const sim = new Sim(
      settingsWith((s) => {
        s.peg.enabled = true;
        s.posture.enabled = false;
        s.stretch.enabled = false;
        s.pain.enabled = false;
      }),
    );
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    expect(sim.state.wakeAt).toBe(at(`${FRI} 16:00`));
    const p = sim.send({ type: 'alarm' }, at(`${FRI} 16:00`));
    expect(p.show?.kinds).toEqual(['peg']);
    const done = sim.send(
      {
        type: 'answer',
        promptId: p.show!.id,
        kind: 'peg',
        answer: { action: 'peg', pain: 5, enjoyment: 3, activity: 4 },
      },
      at(`${FRI} 16:01`),
    );
    expect(done.records).toEqual([
      expect.objectContaining({ type: 'peg', pain: 5, enjoyment: 3, activity: 4, date: FRI }),
    ]);
    expect(done.wakeAt).toBe(at('2026-12-04 16:00'));
  });

  it('"pauses the timers": time away stops the clock but is not recorded as a break', () => {
    const sim = new Sim(settingsWith((s) => (s.idle.mode = 'pause')));
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    sim.send({ type: 'idle', state: 'locked' }, at(`${MON} 09:10`));
    const back = sim.send({ type: 'idle', state: 'active' }, at(`${MON} 09:40`));
    expect(back.records).toEqual([]);
    expect(back.wakeAt).toBe(at(`${MON} 10:00`));
  });

  it('"ignored": reading or a video call does not stop the timers', () => {
    const sim = new Sim(settingsWith((s) => (s.idle.mode = 'ignore')));
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    sim.send({ type: 'idle', state: 'idle' }, at(`${MON} 09:10`));
    expect(sim.state.idleSince).toBeNull();
    const p = sim.send({ type: 'alarm' }, at(`${MON} 09:30`));
    expect(p.show?.kinds).toEqual(['posture']);
  });

  it('"rate now" opens a pain prompt whose answer is a manual rating', () => {
    const sim = new Sim();
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    const p = sim.send({ type: 'rate-now' }, at(`${MON} 09:05`));
    expect(p.show).toMatchObject({ kinds: ['pain'], manual: true });
    const r = sim.send(
      { type: 'answer', promptId: p.show!.id, kind: 'pain', answer: { action: 'rated', score: 3 } },
      at(`${MON} 09:06`),
    );
    expect(r.records).toEqual([expect.objectContaining({ type: 'rating', source: 'manual', score: 3 })]);
  });

  it('reads scheduler state stored by the first release (version 1)', () => {
    const v1 = {
      version: 1,
      lastTick: 1,
      wakeAt: 2,
      idleSince: null,
      pause: null,
      active: { posture: 60_000, stretch: 120_000 },
      workStart: 0,
      snooze: { stretch: { count: 1, until: null } },
      pain: { date: '2026-11-23', done: [660] },
      pending: null,
      lastPromptAt: null,
      postureItem: 3,
    };
    const { ok, state } = parseState(v1);
    expect(ok).toBe(true);
    expect(state).toMatchObject({
      version: 4,
      active: { posture: 60_000, stretch: 120_000, eyes: 0 },
      peg: { done: '' },
      morning: { done: '' },
      postureItem: 3,
      busy: { fullscreen: false, audible: false },
      meeting: null,
      held: null,
    });
  });

  it('"take a break now" after skipping the break in the same prompt opens a new prompt, so no record id repeats', () => {
    const sim = new Sim(
      settingsWith((s) => {
        s.pain.enabled = false;
        s.posture.everySec = 3600;
      }),
    );
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    const p = sim.send({ type: 'alarm' }, at(`${MON} 10:00`));
    expect(p.show?.kinds).toEqual(['posture', 'stretch']);
    sim.send({ type: 'answer', promptId: p.show!.id, kind: 'stretch', answer: { action: 'skip' } }, at(`${MON} 10:01`));
    const again = sim.send({ type: 'break-now' }, at(`${MON} 10:01`));
    expect(again.show).toMatchObject({ kinds: ['posture', 'stretch'], manual: true });
    expect(again.show!.id).not.toBe(p.show!.id);
    sim.send({ type: 'alarm' }, at(`${MON} 10:30`));
    const ids = sim.records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
