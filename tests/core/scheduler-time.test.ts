import { describe, expect, it } from 'vitest';
import { wallTime } from '../../utils/core/time/local-time';
import { workIntervalAt } from '../../utils/core/time/work-hours';
import { at, MIN, Sim, settingsWith, TZ } from './scheduler-harness';

const MON = '2026-11-23';
const inWork = (sim: Sim, t: number) => workIntervalAt(sim.settings.work, t, sim.timeZone) !== undefined;

/** Every prompt the schedule showed (not asked for by the user) lies in work hours, ≥ 2 min apart. */
function expectCalm(sim: Sim): void {
  const shows = sim.plans.filter((p) => p.plan.show && !p.plan.show.manual);
  for (const { now } of shows) expect(inWork(sim, now), new Date(now).toISOString()).toBe(true);
  for (let i = 1; i < shows.length; i++) {
    // Across a clock set back the order of times is broken on purpose; compare only forward steps.
    if (shows[i]!.now > shows[i - 1]!.now) expect(shows[i]!.now - shows[i - 1]!.now).toBeGreaterThanOrEqual(2 * MIN);
  }
}

describe('clock jumps', () => {
  it.each([
    ['minutes', 20 * MIN],
    ['hours', 3 * 3600_000],
    ['days', 3 * 86_400_000],
  ])(
    'a sleep of %s: the missed checks are not replayed; at most one prompt, only what is still relevant',
    (_label, gap) => {
      const sim = new Sim(settingsWith((s) => (s.pain.enabled = false)));
      sim.send({ type: 'start', idle: 'active' }, at(`${MON} 09:00`));
      const wake = sim.state.wakeAt!;
      const woke = sim.send({ type: 'alarm' }, wake + gap);
      const burst = sim.runUntil(wake + gap + 10 * MIN);
      expect((woke.show ? 1 : 0) + burst.length).toBeLessThanOrEqual(1);
      // Away that long is a break taken: posture and stretch start their intervals again.
      expect(woke.show).toBeNull();
      expect(woke.state.active).toEqual({ posture: 0, stretch: 0, eyes: 0, breathing: 0, water: 0 });
      // Not stuck: a prompt comes within the next work day.
      const later = sim.runUntil(wake + gap + 2 * 86_400_000 + 10 * 3600_000, (p, t) => {
        for (const k of p.show!.open)
          sim.send({ type: 'answer', promptId: p.show!.id, kind: k, answer: { action: 'skip' } }, t + 1000);
      });
      expect(later.length).toBeGreaterThan(0);
      expectCalm(sim);
    },
  );

  it('the clock set back an hour: no storm, no stall', () => {
    const sim = new Sim();
    sim.send({ type: 'start', idle: 'active' }, at(`${MON} 10:00`));
    sim.runUntil(at(`${MON} 11:00`), (p, t) => {
      for (const k of p.show!.open)
        sim.send({ type: 'answer', promptId: p.show!.id, kind: k, answer: { action: 'skip' } }, t + 1000);
    });
    sim.send({ type: 'alarm' }, at(`${MON} 10:05`));
    const after = sim.runUntil(at(`${MON} 12:00`), (p, t) => {
      for (const k of p.show!.open)
        sim.send({ type: 'answer', promptId: p.show!.id, kind: k, answer: { action: 'skip' } }, t + 1000);
    });
    // Time counts again from the corrected clock: the next posture check within its 30 minutes.
    expect(after[0]!.show!.shownAt).toBeLessThanOrEqual(at(`${MON} 10:36`));
    expect(after.length).toBeLessThan(8);
    expectCalm(sim);
  });
});

describe('DST and midnight', () => {
  const allDay = settingsWith((s) => {
    s.work = { days: [0, 1, 2, 3, 4, 5, 6], ranges: [{ start: 0, end: 0 }] };
    s.pain.enabled = false;
  });

  it.each([
    ['spring forward', '2026-03-29 00:30', '2026-03-29 05:00'],
    ['fall back', '2026-10-25 00:30', '2026-10-25 05:00'],
  ])('%s: intervals keep real time, no burst and no gap', (_label, from, to) => {
    const sim = new Sim(allDay);
    sim.send({ type: 'start', idle: 'active' }, at(from));
    const shows = sim.runUntil(at(to), (p, t) => {
      for (const k of p.show!.open)
        sim.send(
          {
            type: 'answer',
            promptId: p.show!.id,
            kind: k,
            answer: k === 'posture' ? { action: 'good' } : { action: 'done' },
          },
          t,
        );
    });
    const gaps = shows.slice(1).map((p, i) => (p.show!.shownAt - shows[i]!.show!.shownAt) / MIN);
    expect(gaps.every((g) => g === 30)).toBe(true);
    expect(shows.length).toBe(Math.floor((at(to) - at(from)) / (30 * MIN)));
  });

  it('a pause "until tomorrow" ends at local midnight, and a range past midnight keeps prompting', () => {
    const sim = new Sim(
      settingsWith((s) => {
        s.work = { days: [1], ranges: [{ start: 22 * 60, end: 2 * 60 }] };
        s.pain.enabled = false;
        s.stretch.enabled = false;
      }),
    );
    sim.send({ type: 'start', idle: 'active' }, at(`${MON} 22:00`));
    const answerAll = (p: { show: { id: string } | null }, t: number) =>
      sim.send({ type: 'answer', promptId: p.show!.id, kind: 'posture', answer: { action: 'good' } }, t);
    expect(sim.runUntil(at(`${MON} 22:59`), answerAll)).toHaveLength(1);
    sim.send({ type: 'pause', choice: 'tomorrow' }, at(`${MON} 23:00`));
    const shows = sim.runUntil(at('2026-11-24 02:00'), answerAll);
    // 30 minutes were counted before the pause; after midnight the next is due at 00:00 + (30 - 30) → at once, then
    // every 30.
    expect(shows.map((p) => wallTime(p.show!.shownAt, TZ).minutes)).toEqual([0, 30, 60, 90]);
    expectCalm(sim);
  });
});
