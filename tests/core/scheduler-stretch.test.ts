/** How a stretch break's answer becomes its record: done with the guide, part of it, or without. */
import { describe, expect, it } from 'vitest';
import { isRecord } from '../../utils/core/data/records';
import { at, Sim } from './scheduler-harness';
import type { Answer } from '../../utils/core/scheduler';

const MON = '2026-11-23';

/** A "break now" prompt at 07:05 (before work, so nothing else comes with it), answered at 07:10. */
function answered(answer: Answer) {
  const sim = new Sim();
  sim.send({ type: 'start' }, at(`${MON} 07:00`));
  const shown = sim.send({ type: 'break-now' }, at(`${MON} 07:05`));
  expect(shown.show?.kinds).toEqual(['stretch']);
  const plan = sim.send({ type: 'answer', promptId: shown.show!.id, kind: 'stretch', answer }, at(`${MON} 07:10`));
  expect(plan.records).toHaveLength(1);
  const record = plan.records[0]!;
  expect(isRecord(record)).toBe(true);
  return { record, state: plan.state };
}

describe('scheduler: a stretch break answered', () => {
  it('keeps that the guide ran through every round, and how long it ran', () => {
    const { record, state } = answered({ action: 'done', seconds: 300, guided: 'completed' });
    expect(record).toMatchObject({
      type: 'break',
      kind: 'stretch',
      outcome: 'done',
      seconds: 300,
      guided: 'completed',
    });
    expect(state.pending).toBeNull();
  });

  it('keeps a guide ended early apart from a completed one', () => {
    const { record } = answered({ action: 'done', seconds: 40, guided: 'partial' });
    expect(record).toMatchObject({ outcome: 'done', seconds: 40, guided: 'partial' });
  });

  it('marks a Done without the guide as such, with no time', () => {
    const { record } = answered({ action: 'done' });
    expect(record).toMatchObject({ outcome: 'done', guided: 'none' });
    expect('seconds' in record).toBe(false);
  });

  it('never calls a guide completed without being told: a time alone means started', () => {
    const { record } = answered({ action: 'done', seconds: 95 });
    expect(record).toMatchObject({ outcome: 'done', seconds: 95, guided: 'partial' });
  });

  it('gives skipped and snoozed breaks no guide mark', () => {
    expect('guided' in answered({ action: 'skip', reason: 'meeting' }).record).toBe(false);
    expect('guided' in answered({ action: 'snooze' }).record).toBe(false);
  });
});
