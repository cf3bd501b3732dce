/**
 * The very first step (a fresh install, or a schedule that had to start afresh): the pain times and
 * the PEG check already reached that day came before Limber was there, so they are not asked; the
 * ones still ahead are (docs/clinical-basis.md, "Pain rating times").
 */
import { describe, expect, it } from 'vitest';
import { upcoming } from '../../utils/core/scheduler';
import { initialState } from '../../utils/core/scheduler/state';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import { at, Sim, settingsWith, TZ } from './scheduler-harness';
import type { Plan } from '../../utils/core/scheduler';

const MON = '2026-11-23';
const FRI = '2026-11-27';

const onlyPain = () =>
  settingsWith((s) => {
    s.posture.enabled = false;
    s.stretch.enabled = false;
  });

const answerAll = (sim: Sim) => (p: Plan, now: number) => {
  for (const kind of p.show!.kinds) {
    const answer = kind === 'pain' ? { action: 'rated' as const, score: 2 } : { action: 'skip' as const };
    sim.send({ type: 'answer', promptId: p.show!.id, kind, answer }, now);
  }
};

describe('the first step of a schedule', () => {
  it.each([
    ['11:30', '14:30'],
    ['11:00', '14:30'],
    ['15:10', '17:00'],
  ])('installed at %s on a work day: no pain prompt at once; the next one at %s', (time, next) => {
    const sim = new Sim(onlyPain());
    const first = sim.send({ type: 'start' }, at(`${MON} ${time}`));
    expect(first.show).toBeNull();
    expect(first.wakeAt).toBe(at(`${MON} ${next}`));
    const shown = sim.runUntil(at(`${MON} 18:00`), answerAll(sim));
    expect(shown[0]?.show?.kinds).toEqual(['pain']);
    expect(sim.plans.find((p) => p.plan.show)?.now).toBe(at(`${MON} ${next}`));
  });

  it('installed before the first pain time: that one is asked, at its time', () => {
    const sim = new Sim(onlyPain());
    expect(sim.send({ type: 'start' }, at(`${MON} 10:30`)).show).toBeNull();
    const shown = sim.runUntil(at(`${MON} 12:00`), answerAll(sim));
    expect(shown.map((p) => p.show?.kinds)).toEqual([['pain']]);
    expect(sim.plans.find((p) => p.plan.show)?.now).toBe(at(`${MON} 11:00`));
  });

  it('only the first step skips: a schedule already running still asks a pain time it reached late', () => {
    const sim = new Sim(onlyPain());
    sim.send({ type: 'start' }, at(`${MON} 10:30`));
    expect(sim.send({ type: 'start' }, at(`${MON} 11:30`)).show?.kinds).toEqual(['pain']);
  });

  it('installed on the PEG day after its time: asked the next week, not at once', () => {
    const settings = settingsWith((s) => {
      s.posture.enabled = false;
      s.stretch.enabled = false;
      s.pain.enabled = false;
      s.peg.enabled = true;
    });
    const sim = new Sim(settings);
    expect(sim.send({ type: 'start' }, at(`${FRI} 16:30`)).show).toBeNull();
    const shown = sim.runUntil(at('2026-12-04 18:00'), answerAll(sim));
    expect(shown.map((p) => p.show?.kinds)).toEqual([['peg']]);
    expect(sim.plans.find((p) => p.plan.show)?.now).toBe(at('2026-12-04 16:00'));
  });

  it('the popup’s "coming up" of a schedule never stepped agrees: the next pain time, not now', () => {
    const view = upcoming(DEFAULT_SETTINGS, initialState(), { now: at(`${MON} 11:30`), timeZone: TZ });
    expect(view.next.pain).toBe(at(`${MON} 14:30`));
  });
});
