/** The scheduler when a prompt is put off or left alone: snooze, skip, pause, expiry, gaps and sleep. */
import { describe, expect, it } from 'vitest';
import { at, MIN, Sim, settingsWith } from './scheduler-harness';

const MON = '2026-11-23';

describe('scheduler: snooze, skip, pause', () => {
  it('brings a snoozed part back after the snooze and stops offering snooze after the limit', () => {
    const sim = new Sim(settingsWith((s) => (s.posture.enabled = false)));
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    let plan = sim.send({ type: 'alarm' }, at(`${MON} 10:00`));
    const seen: number[] = [];
    for (let i = 0; i < 3; i++) {
      expect(plan.show?.kinds).toEqual(['stretch']);
      seen.push(plan.show!.snoozesLeft.stretch!);
      sim.send(
        { type: 'answer', promptId: plan.show!.id, kind: 'stretch', answer: { action: 'snooze' } },
        plan.show!.shownAt + 1000,
      );
      expect(sim.state.wakeAt).toBe(plan.show!.shownAt + 1000 + 5 * MIN);
      plan = sim.send({ type: 'alarm' }, sim.state.wakeAt!);
    }
    expect(seen).toEqual([3, 2, 1]);
    expect(plan.show?.snoozesLeft.stretch).toBe(0);
    const over = sim.send(
      { type: 'answer', promptId: plan.show!.id, kind: 'stretch', answer: { action: 'snooze' } },
      plan.show!.shownAt + 1000,
    );
    expect(over.records).toEqual([expect.objectContaining({ outcome: 'skipped', reason: 'snooze-limit' })]);
    expect(sim.records.filter((r) => r.type === 'break' && r.outcome === 'snoozed')).toHaveLength(3);
  });

  it('records a skip with its reason and restarts that interval', () => {
    const sim = new Sim(settingsWith((s) => (s.posture.enabled = false)));
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    const plan = sim.send({ type: 'alarm' }, at(`${MON} 10:00`));
    const res = sim.send(
      { type: 'answer', promptId: plan.show!.id, kind: 'stretch', answer: { action: 'skip', reason: 'meeting' } },
      at(`${MON} 10:01`),
    );
    expect(res.records).toEqual([expect.objectContaining({ kind: 'stretch', outcome: 'skipped', reason: 'meeting' })]);
    expect(res.wakeAt).toBe(at(`${MON} 11:00`));
  });

  it.each([
    ['30m', `${MON} 09:40`],
    ['1h', `${MON} 10:10`],
    ['2h', `${MON} 11:10`],
  ] as const)('pauses for %s: no prompt, and the interval waits for the pause', (choice, resumesAt) => {
    const sim = new Sim(
      settingsWith((s) => {
        s.stretch.enabled = false;
        s.pain.enabled = false;
      }),
    );
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    sim.send({ type: 'pause', choice }, at(`${MON} 09:10`));
    // 10 of 30 minutes done before the pause; 20 left after it.
    expect(sim.state.wakeAt).toBe(at(resumesAt) + 20 * MIN);
    const shown = sim.runUntil(at(resumesAt) + 20 * MIN);
    expect(shown.map((p) => p.show!.shownAt)).toEqual([at(resumesAt) + 20 * MIN]);
  });

  it('pauses until tomorrow and until resumed', () => {
    const sim = new Sim();
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    sim.send({ type: 'pause', choice: 'tomorrow' }, at(`${MON} 09:10`));
    expect(sim.runUntil(at(`${MON} 23:59`))).toEqual([]);
    expect(sim.state.wakeAt).toBe(at('2026-11-24 08:30'));
    // "Until I resume" ends at the latest at the next work day's start (Wednesday 08:00): the
    // alarm is set for the first prompt after it, never cleared.
    sim.send({ type: 'pause', choice: 'indefinite' }, at('2026-11-24 08:10'));
    expect(sim.state.pause).toEqual({ since: at('2026-11-24 08:10'), until: at('2026-11-25 08:00'), resume: true });
    expect(sim.state.wakeAt).toBe(at('2026-11-25 08:30'));
    sim.send({ type: 'resume' }, at('2026-11-24 09:00'));
    expect(sim.state.wakeAt).toBe(at('2026-11-24 09:20'));
  });

  it('closes a waiting prompt when the user pauses, recorded as skipped for the pause', () => {
    const sim = new Sim();
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    sim.send({ type: 'alarm' }, at(`${MON} 09:30`));
    const res = sim.send({ type: 'pause', choice: '1h' }, at(`${MON} 09:31`));
    expect(res.state.pending).toBeNull();
    expect(res.records).toEqual([expect.objectContaining({ kind: 'posture', outcome: 'skipped', reason: 'pause' })]);
  });
});

describe('scheduler: expiry, gaps and sleep', () => {
  it('records an unanswered prompt as missed when it expires', () => {
    const sim = new Sim();
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    const plan = sim.send({ type: 'alarm' }, at(`${MON} 09:30`));
    expect(plan.wakeAt).toBe(at(`${MON} 09:45`));
    const res = sim.send({ type: 'alarm' }, at(`${MON} 09:45`));
    expect(res.records).toEqual([expect.objectContaining({ kind: 'posture', outcome: 'missed', item: 0 })]);
    expect(res.state.pending).toBeNull();
  });

  it('after a long sleep shows at most one prompt, and only what is still relevant', () => {
    const sim = new Sim();
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    // Asleep from before the 09:30 wake-up until 11:45: posture, stretch and the 11:00 rating all passed.
    const woke = sim.send({ type: 'alarm' }, at(`${MON} 11:45`));
    expect(woke.records).toEqual([expect.objectContaining({ kind: 'natural', seconds: (2 * 60 + 15) * 60 })]);
    expect(woke.show?.kinds).toEqual(['pain']);
    const after = sim.runUntil(at(`${MON} 11:45`) + 20 * MIN);
    expect(after.filter((p) => p.show)).toHaveLength(0);
  });

  it('after days away drops stale pain times instead of asking for them all', () => {
    const sim = new Sim();
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    const back = sim.send({ type: 'start', idle: 'active' }, at('2026-11-26 15:00'));
    // 14:30 is still relevant (until 16:30, before 17:00): exactly one prompt.
    expect(back.show?.kinds).toEqual(['pain']);
    expect(back.records.filter((r) => r.type === 'break' && r.kind === 'natural')).toEqual([]);
  });
});
