import { describe, expect, it } from 'vitest';
import { wallTime } from '../../utils/core/time/local-time';
import { parseState } from '../../utils/core/scheduler/schema';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import { at, Sim, settingsWith, TZ } from './scheduler-harness';
import type { BreakRecord } from '../../utils/core/data/records';

const MON = '2026-11-23';

describe('scheduler: defaults and intervals of active time', () => {
  it('starts quietly and wakes at the first posture check 30 min into active work', () => {
    const sim = new Sim();
    const plan = sim.send({ type: 'start', idle: 'active' }, at(`${MON} 09:00`));
    expect(plan.show).toBeNull();
    expect(plan.wakeAt).toBe(at(`${MON} 09:30`));
  });

  it('shows a posture check when it is due, with the first checklist item', () => {
    const sim = new Sim();
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    const plan = sim.send({ type: 'alarm' }, at(`${MON} 09:30`));
    expect(plan.show?.kinds).toEqual(['posture']);
    expect(plan.show?.postureItem).toBe(0);
  });

  it('merges prompts due within two minutes into one', () => {
    const sim = new Sim();
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    const first = sim.send({ type: 'alarm' }, at(`${MON} 09:30`));
    // Answer at 09:31:30: posture is next due at 10:01:30, stretch at 10:00 → one prompt at 10:00.
    sim.send(
      { type: 'answer', promptId: first.show!.id, kind: 'posture', answer: { action: 'good' } },
      at(`${MON} 09:31`) + 30_000,
    );
    expect(sim.state.wakeAt).toBe(at(`${MON} 10:00`));
    const merged = sim.send({ type: 'alarm' }, at(`${MON} 10:00`));
    expect(merged.show?.kinds).toEqual(['posture', 'stretch']);
  });

  it('rotates posture items and records "Fixed it" with the item', () => {
    const sim = new Sim(
      settingsWith((s) => {
        s.stretch.enabled = false;
        s.pain.enabled = false;
      }),
    );
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    const items: number[] = [];
    sim.runUntil(at(`${MON} 11:00`), (p, now) => {
      items.push(p.show!.postureItem);
      sim.send({ type: 'answer', promptId: p.show!.id, kind: 'posture', answer: { action: 'fixed' } }, now);
    });
    expect(items).toEqual([0, 1, 2, 3]);
    const rec = sim.records[0] as BreakRecord;
    expect(rec).toMatchObject({ type: 'break', kind: 'posture', outcome: 'done', fixed: true, item: 0 });
  });

  it('stores a pain answer as a rating with local date and offset', () => {
    const sim = new Sim();
    sim.send({ type: 'start' }, at(`${MON} 10:45`));
    const plan = sim.send({ type: 'alarm' }, at(`${MON} 11:00`));
    expect(plan.show?.kinds).toContain('pain');
    const res = sim.send(
      { type: 'answer', promptId: plan.show!.id, kind: 'pain', answer: { action: 'rated', score: 6 } },
      at(`${MON} 11:00`) + 5000,
    );
    expect(res.records).toEqual([
      expect.objectContaining({
        type: 'rating',
        score: 6,
        source: 'prompt',
        date: MON,
        tz: 60,
        id: `${plan.show!.id}:pain`,
      }),
    ]);
  });
});

describe('scheduler: idle, absence and natural breaks', () => {
  it('does not count idle time', () => {
    const sim = new Sim();
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    // Chrome says "idle" one detection interval (60 s) after the last input.
    sim.send({ type: 'idle', state: 'idle' }, at(`${MON} 09:11`));
    expect(sim.state.idleSince).toBe(at(`${MON} 09:10`));
    const back = sim.send({ type: 'idle', state: 'active' }, at(`${MON} 09:13`));
    expect(back.records).toEqual([]);
    expect(back.wakeAt).toBe(at(`${MON} 09:33`));
  });

  it('never prompts while idle or locked, and resumes after', () => {
    const sim = new Sim();
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    sim.send({ type: 'idle', state: 'locked' }, at(`${MON} 09:29`));
    expect(sim.state.wakeAt).toBeNull();
    expect(sim.send({ type: 'alarm' }, at(`${MON} 09:30`)).show).toBeNull();
  });

  it('records an absence of at least a break length as a natural break and restarts the clocks', () => {
    const sim = new Sim();
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    sim.send({ type: 'idle', state: 'locked' }, at(`${MON} 09:10`));
    const back = sim.send({ type: 'idle', state: 'active' }, at(`${MON} 09:22`));
    expect(back.records).toEqual([
      expect.objectContaining({ kind: 'natural', outcome: 'done', seconds: 720, at: at(`${MON} 09:10`) }),
    ]);
    expect(back.wakeAt).toBe(at(`${MON} 09:52`));
  });

  it('does not call going home for the evening a break', () => {
    const sim = new Sim();
    sim.send({ type: 'start' }, at(`${MON} 17:30`));
    sim.send({ type: 'idle', state: 'locked' }, at(`${MON} 17:45`));
    const back = sim.send({ type: 'idle', state: 'active' }, at('2026-11-24 08:05'));
    expect(back.records).toEqual([]);
    expect(back.wakeAt).toBe(at('2026-11-24 08:35'));
  });
});

describe('scheduler: work hours and days', () => {
  it('shows nothing outside work hours and wakes at the next work period', () => {
    const sim = new Sim(settingsWith((s) => (s.pain.enabled = false)));
    const fri = sim.send({ type: 'start' }, at('2026-11-27 17:50'));
    expect(fri.wakeAt).toBe(at('2026-11-30 08:30'));
    expect(sim.send({ type: 'alarm' }, at('2026-11-28 10:00')).show).toBeNull();
  });

  it('still asks for a pain time missed earlier in the same work period', () => {
    const sim = new Sim();
    // Running since before 17:00; the browser was closed over it and opened again at 17:50.
    sim.send({ type: 'start' }, at('2026-11-27 16:40'));
    const late = sim.send({ type: 'start' }, at('2026-11-27 17:50'));
    expect(late.show?.kinds).toEqual(['pain']);
  });

  it('supports several ranges a day and ranges past midnight', () => {
    const sim = new Sim(
      settingsWith((s) => {
        s.work = {
          days: [1],
          ranges: [
            { start: 9 * 60, end: 12 * 60 },
            { start: 22 * 60, end: 2 * 60 },
          ],
        };
        s.pain.enabled = false;
        s.stretch.enabled = false;
      }),
    );
    sim.send({ type: 'start' }, at(`${MON} 11:50`));
    // 10 min left in the morning range, then the evening range starts afresh.
    expect(sim.state.wakeAt).toBe(at(`${MON} 22:30`));
    const shown = sim.runUntil(at('2026-11-24 03:00'), (p, now) =>
      sim.send({ type: 'answer', promptId: p.show!.id, kind: 'posture', answer: { action: 'good' } }, now),
    );
    expect(shown.map((p) => wallTime(p.show!.shownAt, TZ).minutes)).toEqual([
      22 * 60 + 30,
      23 * 60,
      23 * 60 + 30,
      0,
      30,
      60,
      90,
    ]);
  });
});

describe('scheduler: manual actions', () => {
  it('"take a break now" opens a stretch prompt at once, even outside the schedule', () => {
    const sim = new Sim();
    sim.send({ type: 'start' }, at(`${MON} 07:00`));
    const plan = sim.send({ type: 'break-now' }, at(`${MON} 07:05`));
    expect(plan.show).toMatchObject({ kinds: ['stretch'], manual: true });
  });

  it('a manual rating near a pain time stands in for it', () => {
    const sim = new Sim();
    sim.send({ type: 'start' }, at(`${MON} 10:30`));
    sim.send({ type: 'rate', id: 'u1', score: 3, source: 'manual' }, at(`${MON} 10:40`));
    const plan = sim.send({ type: 'alarm' }, at(`${MON} 11:00`));
    expect(plan.show?.kinds ?? []).not.toContain('pain');
  });

  it('ignores a stale or repeated answer', () => {
    const sim = new Sim();
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    const p = sim.send({ type: 'alarm' }, at(`${MON} 09:30`));
    const a = { type: 'answer', promptId: p.show!.id, kind: 'posture', answer: { action: 'good' } } as const;
    expect(sim.send(a, at(`${MON} 09:31`)).records).toHaveLength(1);
    expect(sim.send(a, at(`${MON} 09:31`) + 10).records).toHaveLength(0);
  });
});

describe('scheduler: clocks and zones', () => {
  it('keeps a rating made just after midnight on its own local day', () => {
    const sim = new Sim(
      settingsWith((s) => (s.work = { days: [0, 1, 2, 3, 4, 5, 6], ranges: [{ start: 0, end: 0 }] })),
    );
    sim.send({ type: 'start' }, at('2026-11-23 23:59'));
    const r = sim.send({ type: 'rate', id: 'm', score: 2, source: 'manual' }, at('2026-11-24 00:01'));
    expect(r.records[0]).toMatchObject({ date: '2026-11-24', tz: 60 });
  });

  it('counts real elapsed time across a DST change (spring forward)', () => {
    const s = settingsWith((x) => {
      x.work = { days: [0], ranges: [{ start: 0, end: 6 * 60 }] };
      x.stretch.enabled = false;
      x.pain.enabled = false;
    });
    const sim = new Sim(s);
    sim.send({ type: 'start' }, at('2026-03-29 01:45'));
    // 02:00 does not exist that night: 30 real minutes after 01:45 CET is 03:15 CEST.
    expect(wallTime(sim.state.wakeAt!, TZ).minutes).toBe(3 * 60 + 15);
  });

  it('does not stall when the clock is set back', () => {
    const sim = new Sim();
    sim.send({ type: 'start' }, at(`${MON} 10:00`));
    sim.send({ type: 'alarm' }, at(`${MON} 10:30`));
    const back = sim.send({ type: 'alarm' }, at(`${MON} 09:00`));
    expect(back.state.pending!.expiresAt).toBeLessThanOrEqual(at(`${MON} 09:15`));
    expect(back.wakeAt).toBeLessThanOrEqual(at(`${MON} 09:15`));
  });

  it('state round-trips through storage as JSON and passes its schema', () => {
    const sim = new Sim();
    sim.send({ type: 'start' }, at(`${MON} 09:00`));
    sim.send({ type: 'alarm' }, at(`${MON} 09:30`));
    sim.send({ type: 'pause', choice: '1h' }, at(`${MON} 09:31`));
    const stored = JSON.parse(JSON.stringify(sim.state));
    expect(parseState(stored)).toEqual({ ok: true, state: sim.state });
  });

  it('uses the settings, not constants', () => {
    const sim = new Sim(settingsWith((s) => (s.posture.everySec = 45 * 60)));
    expect(sim.send({ type: 'start' }, at(`${MON} 09:00`)).wakeAt).toBe(at(`${MON} 09:45`));
    expect(DEFAULT_SETTINGS.posture.everySec).toBe(1800);
  });
});
