import { describe, expect, it } from 'vitest';
import { at, MIN, Sim, settingsWith } from './scheduler-harness';

/** Monday 23 November 2026; pain times 11:00, 14:30 and 17:00 by default. */
const MON = '2026-11-23';
const painOnly = settingsWith((s) => {
  s.posture.enabled = false;
  s.stretch.enabled = false;
});

describe('a rating a page stored itself ("rated")', () => {
  it('stands in for a pain time near it, and stores nothing (its record is stored already)', () => {
    const sim = new Sim(painOnly);
    sim.send({ type: 'start' }, at(`${MON} 10:30`));
    const rated = sim.send({ type: 'rated', at: at(`${MON} 10:40`) }, at(`${MON} 10:40`) + 50);
    expect(rated.records).toEqual([]);
    expect(rated.state.pain.done).toEqual([11 * 60]);
    expect(sim.send({ type: 'alarm' }, at(`${MON} 11:00`)).show).toBeNull();
  });

  it('answers a waiting pain prompt shown before it; settled twice, the second time changes nothing', () => {
    const sim = new Sim(painOnly);
    sim.send({ type: 'start' }, at(`${MON} 10:55`));
    const shown = sim.send({ type: 'alarm' }, at(`${MON} 11:00`));
    expect(shown.show?.kinds).toEqual(['pain']);
    const first = sim.send({ type: 'rated', at: at(`${MON} 11:01`) }, at(`${MON} 11:01`) + 30);
    expect(first.state.pending).toBeNull();
    const again = sim.send({ type: 'rated', at: at(`${MON} 11:01`) }, at(`${MON} 11:01`) + 60);
    const settled = (p: typeof first) => ({ pending: p.state.pending, pain: p.state.pain, snooze: p.state.snooze });
    expect(settled(again)).toEqual(settled(first));
    expect(again.show).toBeNull();
    expect(again.records).toEqual([]);
  });

  it('leaves a pain prompt shown after the rating open (a rating seen late answers nothing newer)', () => {
    const sim = new Sim(painOnly);
    sim.send({ type: 'start' }, at(`${MON} 14:00`));
    const shown = sim.send({ type: 'alarm' }, at(`${MON} 14:30`));
    expect(shown.show?.kinds).toEqual(['pain']);
    const late = sim.send({ type: 'rated', at: at(`${MON} 14:29`) }, at(`${MON} 14:31`));
    expect(late.state.pending?.open).toEqual(['pain']);
  });

  it("covers only its own day's pain times (a rating from before midnight, seen after, covers none today)", () => {
    const sim = new Sim(
      settingsWith((s) => {
        s.work = { days: [0, 1, 2, 3, 4, 5, 6], ranges: [{ start: 0, end: 0 }] };
        // Tuesday's 23:55 is 3 minutes from Monday's 23:58 on the clock, but not the same day.
        s.pain.times = [23 * 60 + 55];
      }),
    );
    sim.send({ type: 'start' }, at(`${MON} 23:50`));
    const next = sim.send({ type: 'rated', at: at(`${MON} 23:58`) }, at('2026-11-24 00:00') + MIN / 2);
    expect(next.state.pain).toEqual({ date: '2026-11-24', done: [] });
  });

  it('is a person at the desk: it ends an absence', () => {
    const sim = new Sim(painOnly);
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    sim.send({ type: 'idle', state: 'idle' }, at(`${MON} 09:10`));
    expect(sim.state.idleSince).not.toBeNull();
    sim.send({ type: 'rated', at: at(`${MON} 09:20`) }, at(`${MON} 09:20`) + 20);
    expect(sim.state.idleSince).toBeNull();
  });
});
