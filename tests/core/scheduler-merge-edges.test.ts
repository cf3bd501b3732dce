/**
 * The exact edges of the merge window (`prompt.mergeSec`): a kind due exactly at the horizon joins
 * the prompt, one due a millisecond later does not; a new prompt may open exactly `mergeSec` after
 * the last one, not a millisecond before.
 */
import { describe, expect, it } from 'vitest';
import { at, Sim, settingsWith } from './scheduler-harness';
import type { Plan } from '../../utils/core/scheduler';

const MON = '2026-11-23';

describe('scheduler: the edges of the merge window', () => {
  /** Posture and stretch only; the posture check at 09:30 answered "good" `afterMs` after 09:32. */
  function stretchAtTenWithPostureAnswered(afterMs: number): Plan {
    const sim = new Sim(settingsWith((s) => (s.pain.enabled = false)));
    const merge = sim.settings.prompt.mergeSec * 1000;
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    const first = sim.send({ type: 'alarm' }, at(`${MON} 09:30`));
    expect(first.show?.kinds).toEqual(['posture']);
    // Posture comes next 30 min after the answer; stretch is due at 10:00 (60 min of active time).
    const answeredAt = at(`${MON} 10:00`) + merge - 30 * 60_000 + afterMs;
    sim.send({ type: 'answer', promptId: first.show!.id, kind: 'posture', answer: { action: 'good' } }, answeredAt);
    expect(sim.state.wakeAt).toBe(at(`${MON} 10:00`));
    return sim.send({ type: 'alarm' }, at(`${MON} 10:00`));
  }

  it('merges a kind due exactly mergeSec after now into the prompt', () => {
    expect(stretchAtTenWithPostureAnswered(0).show?.kinds).toEqual(['posture', 'stretch']);
  });

  it('leaves out a kind due 1 ms after the merge horizon', () => {
    expect(stretchAtTenWithPostureAnswered(1).show?.kinds).toEqual(['stretch']);
  });

  /** Posture only, snoozed for 1 min right after the 09:30 check: due again before the gap is over. */
  function snoozedPosture() {
    const sim = new Sim(
      settingsWith((s) => {
        s.stretch.enabled = false;
        s.pain.enabled = false;
        s.snooze.sec = 60;
      }),
    );
    const merge = sim.settings.prompt.mergeSec * 1000;
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    const first = sim.send({ type: 'alarm' }, at(`${MON} 09:30`));
    const shownAt = first.show!.shownAt;
    sim.send(
      { type: 'answer', promptId: first.show!.id, kind: 'posture', answer: { action: 'snooze' } },
      shownAt + 1000,
    );
    return { sim, gateOpens: shownAt + merge };
  }

  it('opens a new prompt exactly mergeSec after the last one', () => {
    const { sim, gateOpens } = snoozedPosture();
    expect(sim.state.wakeAt).toBe(gateOpens);
    expect(sim.send({ type: 'alarm' }, gateOpens).show?.kinds).toEqual(['posture']);
  });

  it('refuses a new prompt 1 ms before mergeSec after the last one', () => {
    const { sim, gateOpens } = snoozedPosture();
    expect(sim.send({ type: 'alarm' }, gateOpens - 1).show).toBeNull();
  });
});
