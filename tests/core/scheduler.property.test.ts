import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseState } from '../../utils/core/scheduler/schema';
import { LATE_WAKE_MS, PROMPT_KINDS } from '../../utils/core/scheduler';
import { workIntervalAt } from '../../utils/core/time/work-hours';
import { at, Sim, settingsWith } from './scheduler-harness';
import type { Answer, PauseChoice, SchedulerEvent } from '../../utils/core/scheduler';
import type { Settings } from '../../utils/core/settings/settings';

const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    posture: fc.integer({ min: 2, max: 90 }),
    stretch: fc.integer({ min: 2, max: 120 }),
    snoozeMin: fc.integer({ min: 1, max: 15 }),
    limit: fc.integer({ min: 0, max: 4 }),
    days: fc.subarray([0, 1, 2, 3, 4, 5, 6], { minLength: 1 }),
    start: fc.integer({ min: 0, max: 23 * 60 }),
    length: fc.integer({ min: 30, max: 14 * 60 }),
    painOn: fc.boolean(),
    naturalMin: fc.integer({ min: 1, max: 20 }),
    eyes: fc.option(fc.integer({ min: 2, max: 40 }), { nil: undefined }),
    peg: fc.option(fc.record({ weekday: fc.integer({ min: 0, max: 6 }), time: fc.integer({ min: 0, max: 1439 }) }), {
      nil: undefined,
    }),
    idleMode: fc.constantFrom('natural', 'pause', 'ignore' as const),
    morning: fc.boolean(),
  })
  .map((r) =>
    settingsWith((s) => {
      s.posture.everySec = r.posture * 60;
      s.stretch.everySec = r.stretch * 60;
      s.snooze = { sec: r.snoozeMin * 60, limit: r.limit };
      s.work = { days: r.days, ranges: [{ start: r.start, end: (r.start + r.length) % 1440 }] };
      s.pain.enabled = r.painOn;
      s.idle.naturalBreakSec = r.naturalMin * 60;
      s.idle.mode = r.idleMode;
      if (r.eyes) s.eyes = { enabled: true, everySec: r.eyes * 60 };
      if (r.peg) s.peg = { enabled: true, ...r.peg };
      s.morning.enabled = r.morning;
    }),
  );

type Step =
  | { kind: 'wake'; lateMs: number }
  | { kind: 'wait'; ms: number; event: SchedulerEvent }
  | { kind: 'answer'; pick: number; answer: Answer };

const answerArb: fc.Arbitrary<Answer> = fc.oneof(
  fc.constant({ action: 'snooze' } as const),
  fc.constant({ action: 'skip' } as const),
  fc.constant({ action: 'good' } as const),
  fc.constant({ action: 'fixed' } as const),
  fc.constant({ action: 'done' } as const),
  fc.integer({ min: 0, max: 10 }).map((score) => ({ action: 'rated', score }) as const),
  fc.constant({ action: 'peg', pain: 5, enjoyment: 4, activity: 3 } as const),
  fc.constant({ action: 'morning', sleep: 4, stiffness: 'under30' } as const),
);

const eventArb: fc.Arbitrary<SchedulerEvent> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom<SchedulerEvent>(
      { type: 'idle', state: 'idle' },
      { type: 'idle', state: 'locked' },
      { type: 'idle', state: 'active' },
    ),
  },
  { weight: 1, arbitrary: fc.constant<SchedulerEvent>({ type: 'start' }) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 0, max: 10 })
      .map((score): SchedulerEvent => ({ type: 'rate', id: `r${score}`, score, source: 'manual' })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<PauseChoice>('30m', '1h', '2h', 'tomorrow', 'indefinite')
      .map((choice): SchedulerEvent => ({ type: 'pause', choice })),
  },
  { weight: 1, arbitrary: fc.constant<SchedulerEvent>({ type: 'resume' }) },
  { weight: 1, arbitrary: fc.constant<SchedulerEvent>({ type: 'break-now' }) },
  { weight: 1, arbitrary: fc.constant<SchedulerEvent>({ type: 'rate-now' }) },
);

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .oneof(fc.constant(0), fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 3 * 86_400_000 }))
      .map((lateMs) => ({ kind: 'wake' as const, lateMs })),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({ ms: fc.integer({ min: 0, max: 4 * 3600_000 }), event: eventArb })
      .map((r) => ({ kind: 'wait' as const, ...r })),
  },
  {
    weight: 4,
    arbitrary: fc.record({ pick: fc.nat(), answer: answerArb }).map((r) => ({ kind: 'answer' as const, ...r })),
  },
);

function run(settings: Settings, steps: Step[]) {
  const sim = new Sim(settings);
  let now = at('2026-11-23 07:00');
  sim.send({ type: 'start', idle: 'active' }, now);
  for (const st of steps) {
    if (st.kind === 'wake') {
      if (sim.state.wakeAt === null) continue;
      now = Math.max(now, sim.state.wakeAt + st.lateMs);
      sim.send({ type: 'alarm' }, now);
    } else if (st.kind === 'wait') {
      now += st.ms;
      sim.send(st.event, now);
    } else {
      const p = sim.state.pending;
      if (!p?.open.length) continue;
      now += 3000;
      sim.send({ type: 'answer', promptId: p.id, kind: p.open[st.pick % p.open.length]!, answer: st.answer }, now);
    }
  }
  return { sim, now };
}

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };

describe('scheduler invariants over random event sequences', () => {
  it('never prompts outside work hours, while paused or while the user is away', () => {
    fc.assert(
      fc.property(settingsArb, fc.array(stepArb, { maxLength: 60 }), (settings, steps) => {
        const { sim } = run(settings, steps);
        for (const { now, plan } of sim.plans) {
          if (!plan.show || plan.show.manual) continue;
          expect(workIntervalAt(settings.work, now, sim.timeZone)).toBeDefined();
          expect(plan.state.pause).toBeNull();
          expect(plan.state.idleSince).toBeNull();
        }
      }),
      RUNS,
    );
  });

  it('never shows two scheduled prompts closer than the merge window, and at most one after any gap', () => {
    fc.assert(
      fc.property(settingsArb, fc.array(stepArb, { maxLength: 60 }), (settings, steps) => {
        const { sim } = run(settings, steps);
        const merge = settings.prompt.mergeSec * 1000;
        const shows = sim.plans.filter((p) => p.plan.show).map((p) => p.plan.show!);
        for (let i = 1; i < shows.length; i++) {
          if (!shows[i]!.manual) expect(shows[i]!.shownAt - shows[i - 1]!.shownAt).toBeGreaterThanOrEqual(merge);
        }
        let prevWake: number | null = null;
        for (const { now, plan } of sim.plans) {
          if (prevWake !== null && now > prevWake + LATE_WAKE_MS) {
            const burst = shows.filter((s) => !s.manual && s.shownAt >= now && s.shownAt < now + merge);
            expect(burst.length).toBeLessThanOrEqual(1);
          }
          prevWake = plan.wakeAt;
        }
      }),
      RUNS,
    );
  });

  it('never snoozes past the limit', () => {
    fc.assert(
      fc.property(settingsArb, fc.array(stepArb, { maxLength: 80 }), (settings, steps) => {
        const { sim } = run(settings, steps);
        for (const { plan } of sim.plans) {
          for (const k of PROMPT_KINDS)
            expect(plan.state.snooze[k]?.count ?? 0).toBeLessThanOrEqual(settings.snooze.limit);
          for (const left of Object.values(plan.state.pending?.snoozesLeft ?? {}))
            expect(left).toBeGreaterThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });

  it('keeps state that round-trips through storage, never wakes in the past, never stalls', () => {
    fc.assert(
      fc.property(settingsArb, fc.array(stepArb, { maxLength: 60 }), (settings, steps) => {
        const { sim, now } = run(settings, steps);
        for (const { now: t, plan } of sim.plans) {
          expect(parseState(JSON.parse(JSON.stringify(plan.state)))).toEqual({ ok: true, state: plan.state });
          if (plan.wakeAt !== null) expect(plan.wakeAt).toBeGreaterThan(t);
        }
        // Liveness: a user at the desk, not paused, gets a prompt within a week, whenever a
        // work period is longer than the posture interval.
        const range = settings.work.ranges[0]!;
        const rangeMin = (range.end - range.start + 1440) % 1440 || 1440;
        if (settings.posture.everySec / 60 + 1 >= rangeMin) return;
        sim.send({ type: 'resume' }, now + 1000);
        sim.send({ type: 'idle', state: 'active' }, now + 2000);
        let shown = 0;
        for (let i = 0; i < 50 && !shown && sim.state.wakeAt !== null && sim.state.wakeAt < now + 8 * 86_400_000; i++) {
          const p = sim.send({ type: 'alarm' }, sim.state.wakeAt);
          if (p.show) shown++;
          else if (p.state.pending) {
            const pending = p.state.pending;
            for (const k of pending.open)
              sim.send(
                { type: 'answer', promptId: pending.id, kind: k, answer: { action: 'skip' } },
                p.state.lastTick! + 1000,
              );
          }
        }
        expect(shown).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('records every answer once, whatever the order of events', () => {
    fc.assert(
      fc.property(settingsArb, fc.array(stepArb, { maxLength: 60 }), (settings, steps) => {
        const { sim } = run(settings, steps);
        const ids = sim.records.filter((r) => r.type === 'break' && r.kind !== 'natural').map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      RUNS,
    );
  });
});
