import { describe, expect, it } from 'vitest';
import { HOLD_RECHECK_MS } from '../../utils/core/scheduler';
import { at, MIN, Sim, settingsWith } from './scheduler-harness';
import type { Busy } from '../../utils/core/scheduler';

/** Monday 23 November 2026; default settings: work 08:00–18:00, posture every 30 min, stretch every 60. */
const MON = '2026-11-23';
const FULL: Busy = { fullscreen: true, audible: false };
const SOUND: Busy = { fullscreen: false, audible: true };
const NONE: Busy = { fullscreen: false, audible: false };
const noPain = settingsWith((s) => {
  s.pain.enabled = false;
});

describe('holds: fullscreen, sound, the meeting hold', () => {
  it('holds a posture check while a window is fullscreen, looks again every 30 s, and shows it once when fullscreen ends', () => {
    const sim = new Sim(noPain);
    sim.send({ type: 'start', busy: NONE }, at(`${MON} 09:00`));
    sim.send({ type: 'busy', busy: FULL }, at(`${MON} 09:20`));
    const due = sim.send({ type: 'alarm', busy: FULL }, at(`${MON} 09:30`));
    expect(due.show).toBeNull();
    expect(due.holding).toEqual(['fullscreen']);
    expect(due.state.held).toEqual({ since: at(`${MON} 09:30`), reasons: ['fullscreen'], kinds: ['posture'] });
    expect(due.wakeAt).toBe(at(`${MON} 09:30`) + HOLD_RECHECK_MS);
    const again = sim.send({ type: 'alarm', busy: FULL }, due.wakeAt!);
    expect(again.show).toBeNull();
    expect(again.records).toEqual([]);
    // Every look while still fullscreen holds on: 19 alarms in all, none shows anything.
    expect(sim.runUntil(at(`${MON} 09:39`) + 59_000)).toEqual([]);
    expect(sim.plans.filter((p) => p.event.type === 'alarm')).toHaveLength(20);
    const after = sim.send({ type: 'busy', busy: NONE }, at(`${MON} 09:40`));
    expect(after.show?.kinds).toEqual(['posture']);
    expect(after.holding).toEqual([]);
    expect(after.records).toEqual([
      expect.objectContaining({
        type: 'hold',
        at: at(`${MON} 09:30`),
        ms: 10 * MIN,
        reasons: ['fullscreen'],
        kinds: ['posture'],
        shown: ['posture'],
      }),
    ]);
    expect(after.state.held).toBeNull();
    // Once: the next alarm is the prompt's expiry, and nothing else opens.
    expect(sim.send({ type: 'alarm', busy: NONE }, at(`${MON} 09:41`)).show).toBeNull();
  });

  it('where the browser reports fullscreen ending (Chrome), looks again only every 5 minutes, in case the event is missed', () => {
    const sim = new Sim(noPain);
    const CHROME_FULL: Busy = { ...FULL, fullscreenEvents: true };
    sim.send({ type: 'start', busy: NONE }, at(`${MON} 09:00`));
    const due = sim.send({ type: 'alarm', busy: CHROME_FULL }, at(`${MON} 09:30`));
    expect(due.show).toBeNull();
    expect(due.wakeAt).toBe(at(`${MON} 09:35`));
    // With sound too, the 30-s look is back (no event says a tab fell silent).
    const both = sim.send({ type: 'alarm', busy: { ...CHROME_FULL, audible: true } }, due.wakeAt!);
    expect(both.wakeAt).toBe(at(`${MON} 09:35`) + HOLD_RECHECK_MS);
    expect(sim.send({ type: 'busy', busy: { ...NONE, fullscreenEvents: true } }, at(`${MON} 09:36`)).show).toBeNull();
  });

  it('keeps the clocks counting through a hold: what fell due comes as one merged prompt after it', () => {
    const sim = new Sim(noPain);
    sim.send({ type: 'start', busy: NONE }, at(`${MON} 09:00`));
    sim.send({ type: 'meeting', choice: '90m' }, at(`${MON} 09:20`));
    const shown = sim.runUntil(at(`${MON} 10:49`));
    expect(shown).toEqual([]);
    expect(sim.state.held?.kinds).toEqual(['posture']);
    // The meeting ends at 10:50; its alarm (the only one since 09:30) brings both parts in one prompt.
    expect(sim.state.wakeAt).toBe(at(`${MON} 10:50`));
    const end = sim.send({ type: 'alarm', busy: NONE }, at(`${MON} 10:50`));
    expect(end.state.active.stretch).toBe(110 * MIN);
    expect(end.show?.kinds).toEqual(['posture', 'stretch']);
    expect(end.records).toEqual([
      expect.objectContaining({ type: 'hold', reasons: ['meeting'], kinds: ['posture', 'stretch'], ms: 80 * MIN }),
    ]);
    expect(sim.records.filter((r) => r.type === 'break' && r.outcome === 'missed')).toEqual([]);
  });

  it('wakes for a held meeting at its end, not every 30 s, and "until I end it" ends at the end of work', () => {
    const sim = new Sim(noPain);
    sim.send({ type: 'start', busy: NONE }, at(`${MON} 09:00`));
    const m = sim.send({ type: 'meeting', choice: '30m' }, at(`${MON} 09:20`));
    expect(m.state.meeting).toEqual({ since: at(`${MON} 09:20`), until: at(`${MON} 09:50`), open: false });
    expect(sim.send({ type: 'alarm', busy: NONE }, at(`${MON} 09:30`)).wakeAt).toBe(at(`${MON} 09:50`));
    const open = sim.send({ type: 'meeting', choice: 'open' }, at(`${MON} 09:35`));
    expect(open.state.meeting).toEqual({ since: at(`${MON} 09:20`), until: at(`${MON} 18:00`), open: true });
    expect(open.wakeAt).toBe(at(`${MON} 18:00`));
    const ended = sim.send({ type: 'meeting-end' }, at(`${MON} 09:55`));
    expect(ended.state.meeting).toBeNull();
    expect(ended.show?.kinds).toEqual(['posture']);
  });

  it('a prompt shown before a hold and left unanswered through it is held, never missed, and comes again after', () => {
    const sim = new Sim(noPain);
    sim.send({ type: 'start', busy: NONE }, at(`${MON} 09:00`));
    const first = sim.send({ type: 'alarm', busy: NONE }, at(`${MON} 09:30`));
    expect(first.show?.kinds).toEqual(['posture']);
    sim.send({ type: 'busy', busy: FULL }, at(`${MON} 09:35`));
    const expiry = sim.send({ type: 'alarm', busy: FULL }, at(`${MON} 09:45`));
    expect(expiry.records).toEqual([]);
    expect(expiry.state.pending).toBeNull();
    expect(expiry.state.held?.kinds).toEqual(['posture']);
    expect(sim.runUntil(at(`${MON} 09:59`) + 59_000)).toEqual([]);
    // At 10:00 the stretch break is due too: one prompt with both.
    const back = sim.send({ type: 'busy', busy: NONE }, at(`${MON} 10:00`));
    expect(back.show?.kinds).toEqual(['posture', 'stretch']);
    expect(back.show?.id).not.toBe(first.show?.id);
    expect(sim.records.some((r) => r.type === 'break' && r.outcome === 'missed')).toBe(false);
  });

  it('while a tab plays sound, idle time is not a natural break and the clocks keep counting', () => {
    const sim = new Sim(noPain);
    sim.send({ type: 'start', busy: NONE }, at(`${MON} 09:00`));
    sim.send({ type: 'idle', state: 'idle', busy: SOUND }, at(`${MON} 09:10`));
    sim.send({ type: 'alarm', busy: SOUND }, at(`${MON} 09:30`));
    sim.send({ type: 'idle', state: 'active', busy: SOUND }, at(`${MON} 09:40`));
    expect(sim.records.filter((r) => r.type === 'break' && r.kind === 'natural')).toEqual([]);
    expect(sim.state.active.posture).toBe(40 * MIN);
    expect(sim.state.held?.reasons).toEqual(['audible']);
    expect(sim.runUntil(at(`${MON} 09:44`) + 59_000)).toEqual([]);
    // Silence: maybe a pause in the call. One more look 30 s later; still silent, the prompt comes.
    const quiet = sim.send({ type: 'busy', busy: NONE }, at(`${MON} 09:45`));
    expect(quiet.show).toBeNull();
    expect(quiet.holding).toEqual(['audible']);
    expect(quiet.wakeAt).toBe(at(`${MON} 09:45`) + HOLD_RECHECK_MS);
    expect(sim.send({ type: 'alarm', busy: NONE }, quiet.wakeAt!).show?.kinds).toEqual(['posture']);
  });

  it('a pause in a call does not let a prompt through: sound again at the next look keeps holding', () => {
    const sim = new Sim(noPain);
    sim.send({ type: 'start', busy: SOUND }, at(`${MON} 09:00`));
    expect(sim.send({ type: 'alarm', busy: SOUND }, at(`${MON} 09:30`)).show).toBeNull();
    const silence = sim.send({ type: 'alarm', busy: NONE }, at(`${MON} 09:30`) + HOLD_RECHECK_MS);
    expect(silence.show).toBeNull();
    const talking = sim.send({ type: 'alarm', busy: SOUND }, silence.wakeAt!);
    expect(talking.show).toBeNull();
    expect(talking.state.busy.quietSince).toBeUndefined();
  });

  it('back at the desk as a call starts: the absence before it ends, the call is counted as work, not a break', () => {
    const sim = new Sim(noPain);
    sim.send({ type: 'start', busy: NONE }, at(`${MON} 09:00`));
    sim.send({ type: 'idle', state: 'idle', busy: NONE }, at(`${MON} 09:10`));
    const back = sim.send({ type: 'idle', state: 'active', busy: SOUND }, at(`${MON} 09:30`));
    // Away from 09:09 (the detection interval before "idle") to 09:30: a natural break, then work.
    expect(back.records).toEqual([expect.objectContaining({ kind: 'natural', seconds: 21 * 60 })]);
    expect(back.state.idleSince).toBeNull();
    sim.send({ type: 'idle', state: 'idle', busy: SOUND }, at(`${MON} 09:40`));
    sim.runUntil(at(`${MON} 10:00`));
    const end = sim.send({ type: 'busy', busy: NONE }, at(`${MON} 10:00`));
    expect(end.state.active.posture).toBe(30 * MIN);
    expect(sim.records.filter((r) => r.type === 'break' && r.kind === 'natural')).toHaveLength(1);
  });

  it('with the holds switched off in the settings, fullscreen and sound change nothing', () => {
    const sim = new Sim(
      settingsWith((s) => {
        s.pain.enabled = false;
        s.hold = { fullscreen: false, audible: false };
      }),
    );
    sim.send({ type: 'start', busy: NONE }, at(`${MON} 09:00`));
    sim.send({ type: 'idle', state: 'idle', busy: SOUND }, at(`${MON} 09:10`));
    const back = sim.send(
      { type: 'idle', state: 'active', busy: { fullscreen: true, audible: true } },
      at(`${MON} 09:20`),
    );
    expect(back.records).toEqual([expect.objectContaining({ kind: 'natural', outcome: 'done' })]);
    expect(sim.send({ type: 'alarm', busy: FULL }, at(`${MON} 09:50`)).show?.kinds).toEqual(['posture']);
  });

  it('the user may still ask for a break or a rating while held', () => {
    const sim = new Sim(noPain);
    sim.send({ type: 'start', busy: FULL }, at(`${MON} 09:00`));
    expect(sim.send({ type: 'break-now' }, at(`${MON} 09:10`)).show?.kinds).toEqual(['stretch']);
  });

  it('a hold that outlasts the work period ends with it: recorded with nothing shown, no prompt in the evening, none owed the next morning', () => {
    const sim = new Sim();
    sim.send({ type: 'start', busy: NONE }, at(`${MON} 16:30`));
    sim.send({ type: 'busy', busy: FULL }, at(`${MON} 16:40`));
    const shown = sim.runUntil(at(`${MON} 18:30`));
    expect(shown).toEqual([]);
    const holds = sim.records.filter((r) => r.type === 'hold');
    expect(holds).toEqual([
      expect.objectContaining({
        at: at(`${MON} 17:00`),
        ms: 60 * MIN,
        kinds: ['pain', 'posture', 'stretch'],
        shown: [],
      }),
    ]);
    sim.send({ type: 'busy', busy: NONE }, at(`${MON} 20:00`));
    expect(sim.state.held).toBeNull();
    // Tuesday: the new work period starts the interval clocks afresh; Monday's pain time is gone.
    const next = sim.runUntil(at('2026-11-24 08:29'));
    expect(next).toEqual([]);
    expect(sim.records.some((r) => r.type === 'break' && r.outcome === 'missed')).toBe(false);
  });
});

describe('pauses that end', () => {
  it('"until I resume" on a Friday afternoon ends at the latest on Monday at the start of work', () => {
    const sim = new Sim(noPain);
    sim.send({ type: 'start' }, at('2026-11-27 14:00'));
    const p = sim.send({ type: 'pause', choice: 'indefinite' }, at('2026-11-27 15:00'));
    expect(p.state.pause).toEqual({ since: at('2026-11-27 15:00'), until: at('2026-11-30 08:00'), resume: true });
    const shown = sim.runUntil(at('2026-11-30 09:00'));
    expect(shown[0]?.state.pause).toBeNull();
    expect(shown[0]?.show?.shownAt).toBe(at('2026-11-30 08:30'));
  });

  it('a pause "until I resume" stored by an earlier version gets the same latest end', () => {
    const sim = new Sim(noPain);
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    sim.state = { ...sim.state, pause: { since: at(`${MON} 09:05`), until: null } };
    const p = sim.send({ type: 'alarm' }, at(`${MON} 10:00`));
    expect(p.state.pause).toEqual({ since: at(`${MON} 09:05`), until: at('2026-11-24 08:00'), resume: true });
    expect(p.wakeAt).not.toBeNull();
  });
});
