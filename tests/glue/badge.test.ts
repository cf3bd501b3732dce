/**
 * Issue 15: the toolbar button says in words (its title) and by a mark (its badge), never by colour
 * alone, that Limber is paused, holding prompts, or has a prompt waiting.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyPlan } from '../../entrypoints/background/apply-plan';
import { badgeFor, HOLDING_MARK, PAUSED_MARK } from '../../entrypoints/background/badge';
import { createEngine } from '../../entrypoints/background/engine';
import { initialState } from '../../utils/core/scheduler';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import { formatTime } from '../../utils/format';
import { at } from '../core/scheduler-harness';
import type { HoldReason, PendingPrompt, Plan, PromptKind, SchedulerState } from '../../utils/core/scheduler';

/** Local wall-clock times, so the expected text does not depend on the machine's zone. */
const NOW = new Date(2026, 10, 23, 9, 0).getTime();
const HALF_TWO = new Date(2026, 10, 23, 14, 30).getTime();
const TUESDAY_EIGHT = new Date(2026, 10, 24, 8, 0).getTime();

const prompt = (open: PromptKind[]): PendingPrompt => ({
  id: 'p1',
  kinds: open,
  open,
  shownAt: NOW,
  expiresAt: NOW + 900_000,
  manual: false,
  postureItem: 0,
  snoozesLeft: {},
});

function plan(change: Partial<SchedulerState>, holding: HoldReason[] = []): Pick<Plan, 'state' | 'holding'> {
  return { state: { ...initialState(), ...change }, holding };
}

beforeEach(() => {
  // The fake has no getViews: no extension page is open.
  Object.assign(fakeBrowser.extension ?? {}, { getViews: () => [] });
});

const held = (kinds: PromptKind[], reasons: HoldReason[]) => ({ since: NOW, reasons, kinds });

describe('badgeFor: the toolbar badge and title', () => {
  it('nothing going on: no mark, the name', () => {
    expect(badgeFor(plan({}), false, NOW)).toEqual({ text: '', title: 'Limber' });
  });

  it('a prompt waiting to be answered: how many parts', () => {
    expect(badgeFor(plan({ pending: prompt(['pain', 'posture']) }), false, NOW)).toEqual({
      text: '2',
      title: 'Limber: a check-in is waiting',
    });
  });

  it('paused: the pause mark, and until when in words', () => {
    const paused = plan({ pause: { since: NOW, until: HALF_TWO } });
    expect(badgeFor(paused, false, NOW)).toEqual({ text: PAUSED_MARK, title: 'Limber: paused until 14:30' });
  });

  it('paused "until I resume": says so, and the latest end (another day: with its weekday)', () => {
    const paused = plan({ pause: { since: NOW, until: TUESDAY_EIGHT, resume: true } });
    expect(badgeFor(paused, false, NOW)).toEqual({
      text: PAUSED_MARK,
      title: `Limber: paused until you resume (at the latest ${formatTime(TUESDAY_EIGHT, NOW)})`,
    });
    expect(formatTime(TUESDAY_EIGHT, NOW)).toMatch(/^Tue/);
  });

  it('holding with one kind waiting: the count, and what it waits for', () => {
    const meeting = plan({ held: held(['posture'], ['meeting']) }, ['meeting']);
    expect(badgeFor(meeting, false, NOW)).toEqual({
      text: '1',
      title: 'Limber: 1 check-in waits until the meeting ends',
    });
  });

  it('holding with several kinds waiting, for several reasons', () => {
    const both = plan({ held: held(['pain', 'stretch'], ['fullscreen', 'audible']) }, ['fullscreen', 'audible']);
    expect(badgeFor(both, false, NOW)).toEqual({
      text: '2',
      title: 'Limber: 2 check-ins wait until fullscreen ends and the sound stops',
    });
  });

  it('a prompt shown before the hold counts with what fell due during it, each kind once', () => {
    const mixed = plan({ pending: prompt(['pain', 'posture']), held: held(['posture', 'eyes'], ['audible']) }, [
      'audible',
    ]);
    expect(badgeFor(mixed, false, NOW)).toEqual({ text: '3', title: 'Limber: 3 check-ins wait until the sound stops' });
  });

  it('in a meeting with nothing due yet: the waiting mark', () => {
    const meeting = plan({ meeting: { since: NOW, until: HALF_TWO, open: false } }, ['meeting']);
    expect(badgeFor(meeting, false, NOW)).toEqual({
      text: HOLDING_MARK,
      title: 'Limber: check-ins wait until the meeting ends',
    });
  });

  it('fullscreen or sound with nothing due: no mark (it would mostly be out of date)', () => {
    expect(badgeFor(plan({}, ['fullscreen', 'audible']), false, NOW)).toEqual({ text: '', title: 'Limber' });
  });

  it('storage refusing writes comes first, over a pause, a hold or a waiting prompt', () => {
    const busy = plan({ pause: { since: NOW, until: HALF_TWO }, held: held(['pain'], ['meeting']) }, ['meeting']);
    expect(badgeFor(busy, true, NOW).text).toBe('!');
    expect(badgeFor(busy, true, NOW).title).toMatch(/cannot save/);
  });

  it('a prompt the user asked for while paused shows as waiting, not as paused', () => {
    const asked = plan({ pause: { since: NOW, until: HALF_TWO }, pending: { ...prompt(['stretch']), manual: true } });
    expect(badgeFor(asked, false, NOW).text).toBe('1');
  });
});

describe('the badge follows the state (applyPlan, on every step)', () => {
  it('a meeting from the shortcut or popup shows at once, and goes when it ends', async () => {
    let now = at('2026-11-23 09:00');
    const engine = createEngine({ now: () => now, timeZone: () => 'Europe/Berlin', apply: applyPlan });
    await engine.dispatch({ type: 'start', idle: 'active' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    now += 60_000;
    await engine.dispatch({ type: 'meeting', choice: 'open' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe(HOLDING_MARK);
    expect(await fakeBrowser.action.getTitle({})).toBe('Limber: check-ins wait until the meeting ends');
    now += 60_000;
    await engine.dispatch({ type: 'meeting-end' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('Limber');
  });

  it('paused and resumed', async () => {
    let now = at('2026-11-23 09:00');
    const engine = createEngine({ now: () => now, timeZone: () => 'Europe/Berlin', apply: applyPlan });
    await engine.dispatch({ type: 'start', idle: 'active' });
    await engine.dispatch({ type: 'pause', choice: '30m' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe(PAUSED_MARK);
    expect(await fakeBrowser.action.getTitle({})).toMatch(/^Limber: paused until /);
    now += 60_000;
    await engine.dispatch({ type: 'resume' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('the marks are not told by colour alone: paused and waiting differ in text, not only in colour', async () => {
    await applyPlan(
      { ...plan({ pause: { since: NOW, until: HALF_TWO } }), wakeAt: null, show: null, records: [] },
      DEFAULT_SETTINGS,
      { now: NOW, refused: false },
    );
    const paused = await fakeBrowser.action.getBadgeText({});
    await applyPlan(
      { ...plan({ pending: prompt(['posture']) }), wakeAt: null, show: null, records: [] },
      DEFAULT_SETTINGS,
      { now: NOW, refused: false },
    );
    expect(paused).not.toBe(await fakeBrowser.action.getBadgeText({}));
    expect(paused).not.toBe('');
  });
});
