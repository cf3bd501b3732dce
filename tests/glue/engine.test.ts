import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyPlan, WAKE_ALARM } from '../../entrypoints/background/apply-plan';
import { createEngine } from '../../entrypoints/background/engine';
import { readDays } from '../../utils/storage/records';
import { loadState } from '../../utils/storage/state';
import { at } from '../core/scheduler-harness';

let now = 0;
const engine = () => createEngine({ now: () => now, timeZone: () => 'Europe/Berlin', apply: applyPlan });

describe('background engine with fakeBrowser', () => {
  beforeEach(() => {
    now = at('2026-11-23 09:00');
  });

  it('sets one alarm at the next wake-up (absolute time) and keeps the schedule in storage', async () => {
    await engine().dispatch({ type: 'start', idle: 'active' });
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms).toEqual([expect.objectContaining({ name: WAKE_ALARM, scheduledTime: at('2026-11-23 09:30') })]);
    expect((await loadState()).wakeAt).toBe(at('2026-11-23 09:30'));
  });

  it('a fresh engine (a restarted worker) picks up the schedule from storage', async () => {
    await engine().dispatch({ type: 'start', idle: 'active' });
    now = at('2026-11-23 09:30');
    const plan = await engine().dispatch({ type: 'alarm', idle: 'active' });
    expect(plan.show?.kinds).toEqual(['posture']);
    const windows = await fakeBrowser.windows.getAll();
    expect(windows.some((w) => w.type === 'popup')).toBe(true);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('reuses the open prompt window instead of opening another', async () => {
    const e = engine();
    await e.dispatch({ type: 'start', idle: 'active' });
    now = at('2026-11-23 09:30');
    await e.dispatch({ type: 'alarm' });
    await e.dispatch({ type: 'break-now' });
    expect((await fakeBrowser.windows.getAll()).filter((w) => w.type === 'popup')).toHaveLength(1);
  });

  it('writes the records of an answer and clears the badge when nothing waits', async () => {
    const e = engine();
    await e.dispatch({ type: 'start', idle: 'active' });
    now = at('2026-11-23 09:30');
    const shown = await e.dispatch({ type: 'alarm' });
    now += 2000;
    await e.dispatch({ type: 'answer', promptId: shown.show!.id, kind: 'posture', answer: { action: 'fixed' } });
    expect(await readDays(['2026-11-23'])).toEqual([expect.objectContaining({ kind: 'posture', fixed: true })]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('serialises events: concurrent answers store each record once', async () => {
    const e = engine();
    await e.dispatch({ type: 'start', idle: 'active' });
    now = at('2026-11-23 09:30');
    const shown = await e.dispatch({ type: 'alarm' });
    const answer = { type: 'answer', promptId: shown.show!.id, kind: 'posture', answer: { action: 'good' } } as const;
    await Promise.all([e.dispatch(answer), e.dispatch(answer), engine().dispatch(answer)]);
    expect(await readDays(['2026-11-23'])).toHaveLength(1);
  });
});
