/**
 * The morning check in the scheduler (docs/clinical-basis.md, "Morning check"): off by default;
 * switched on, once a work day at the first moment of work hours the user is there (the start of
 * work hours, or their coming back later), never at a weekend, never twice a day; answered, it
 * stores one morning record; left, it is missed once and not asked again that day.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import { at, MIN, Sim, settingsWith } from './scheduler-harness';
import type { Plan } from '../../utils/core/scheduler';

const MON = '2026-11-23';
const TUE = '2026-11-24';
const SAT = '2026-11-28';

/** Only the morning check on: no other prompt gets in its way. */
const onlyMorning = () =>
  settingsWith((s) => {
    s.morning.enabled = true;
    s.posture.enabled = false;
    s.stretch.enabled = false;
    s.pain.enabled = false;
  });

const answer = (sim: Sim, p: Plan, now: number, answers: object) =>
  sim.send({ type: 'answer', promptId: p.show!.id, kind: 'morning', answer: { action: 'morning', ...answers } }, now);

describe('the morning check in the schedule', () => {
  it('is off by default', () => {
    expect(DEFAULT_SETTINGS.morning.enabled).toBe(false);
    const sim = new Sim(settingsWith((s) => (s.pain.enabled = false)));
    sim.send({ type: 'start' }, at(`${MON} 07:50`));
    const shown = sim.runUntil(at(`${TUE} 18:00`));
    expect(shown.flatMap((p) => p.show!.kinds)).not.toContain('morning');
  });

  it('comes at the start of work hours, is stored once answered, and comes again the next work day', () => {
    const sim = new Sim(onlyMorning());
    sim.send({ type: 'start' }, at(`${MON} 07:30`));
    expect(sim.state.wakeAt).toBe(at(`${MON} 08:00`));
    const p = sim.send({ type: 'alarm' }, at(`${MON} 08:00`));
    expect(p.show?.kinds).toEqual(['morning']);
    const done = answer(sim, p, at(`${MON} 08:01`), { sleep: 6, stiffness: '30to60', fatigue: 3 });
    expect(done.records).toEqual([
      expect.objectContaining({
        type: 'morning',
        id: `${p.show!.id}:morning`,
        date: MON,
        sleep: 6,
        stiffness: '30to60',
        fatigue: 3,
      }),
    ]);
    expect(done.wakeAt).toBe(at(`${TUE} 08:00`));
  });

  it('waits for the user: away at 8, it comes the first minute they are back', () => {
    const sim = new Sim(onlyMorning());
    sim.send({ type: 'start', idle: 'locked' }, at(`${MON} 07:30`));
    expect(sim.runUntil(at(`${MON} 09:40`))).toEqual([]);
    const back = sim.send({ type: 'idle', state: 'active' }, at(`${MON} 09:41`));
    expect(back.show?.kinds).toEqual(['morning']);
  });

  it('is asked once a day however it ends: missed, it is recorded once and not asked again that day', () => {
    const sim = new Sim(onlyMorning());
    sim.send({ type: 'start' }, at(`${MON} 07:59`));
    const shown = sim.runUntil(at(`${MON} 18:00`));
    expect(shown).toHaveLength(1);
    expect(sim.records).toEqual([expect.objectContaining({ type: 'break', kind: 'morning', outcome: 'missed' })]);
    expect(sim.state.wakeAt).toBe(at(`${TUE} 08:00`));
  });

  it('a snooze brings it back after the snooze, the same day', () => {
    const sim = new Sim(onlyMorning());
    sim.send({ type: 'start' }, at(`${MON} 07:59`));
    const p = sim.send({ type: 'alarm' }, at(`${MON} 08:00`));
    sim.send(
      { type: 'answer', promptId: p.show!.id, kind: 'morning', answer: { action: 'snooze' } },
      at(`${MON} 08:01`),
    );
    expect(sim.state.wakeAt).toBe(at(`${MON} 08:06`));
    const again = sim.send({ type: 'alarm' }, at(`${MON} 08:06`));
    expect(again.show?.kinds).toEqual(['morning']);
  });

  it('never at a weekend, nor outside work hours', () => {
    const sim = new Sim(onlyMorning());
    sim.send({ type: 'start' }, at(`${SAT} 09:00`));
    expect(sim.state.wakeAt).toBe(at('2026-11-30 08:00'));
    const late = new Sim(onlyMorning());
    late.send({ type: 'start' }, at(`${MON} 18:30`));
    expect(late.state.wakeAt).toBe(at(`${TUE} 08:00`));
  });

  it('an answer with nothing in it stores nothing and leaves the part open', () => {
    const sim = new Sim(onlyMorning());
    sim.send({ type: 'start' }, at(`${MON} 07:59`));
    const p = sim.send({ type: 'alarm' }, at(`${MON} 08:00`));
    const empty = answer(sim, p, at(`${MON} 08:01`), {});
    expect(empty.records).toEqual([]);
    expect(sim.pending?.open).toEqual(['morning']);
  });

  it('comes in one prompt with what else is due then, after the pain rating', () => {
    const sim = new Sim(
      settingsWith((s) => {
        s.morning.enabled = true;
        s.pain.times = [8 * 60 + 1];
        s.posture.enabled = false;
        s.stretch.enabled = false;
      }),
    );
    sim.send({ type: 'start' }, at(`${MON} 07:59`));
    const p = sim.send({ type: 'alarm' }, at(`${MON} 08:00`));
    expect(p.show?.kinds).toEqual(['pain', 'morning']);
    expect(at(`${MON} 08:01`) - at(`${MON} 08:00`)).toBe(MIN);
  });
});
