import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PromptApp } from '../../entrypoints/prompt/app';
import { PromptView } from '../../components/prompt/prompt-view';
import { PostureCheck } from '../../components/prompt/posture-check';
import { RatingDetails } from '../../components/rating/rating-details';
import { StretchBreak } from '../../components/prompt/stretch-break';
import { STRETCHES } from '../../utils/core/content/stretches';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import { setFlare } from '../../utils/storage/flare';
import { saveSettings } from '../../utils/storage/settings';
import { today } from '../../utils/today';
import { makeBreak, makePeg, makeRating } from '../../utils/core/data/records';
import { initialState } from '../../utils/core/scheduler/state';
import { STATE_KEY } from '../../utils/storage/state';
import { seedPrompt } from './fake-background';
import type { LimberRecord } from '../../utils/core/data/records';
import type { PendingPrompt, SchedulerState } from '../../utils/core/scheduler/state';
import type { UserEvent } from '../../utils/messaging';

// The background, as far as the prompt sees it: each answer closes its part in the stored state,
// and comes back as the record stored under its id (here: always this answer's).
const sent = vi.hoisted(() => [] as unknown[]);
// Set to make the next messages fail as a stopped background's would.
const failing = vi.hoisted(() => ({ on: false }));
vi.mock('../../utils/messaging', () => ({
  dispatch: async (event: UserEvent) => {
    if (failing.on) throw new Error('Could not establish connection');
    sent.push(event);
    if (event.type !== 'answer') return { stored: null };
    const state = (await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY] as SchedulerState;
    const pending = state.pending && { ...state.pending, open: state.pending.open.filter((k) => k !== event.kind) };
    await fakeBrowser.storage.local.set({ [STATE_KEY]: { ...state, pending } });
    return { stored: recordOf(event) };
  },
}));

/** The record an answer stores, as the scheduler makes it. */
function recordOf(e: Extract<UserEvent, { type: 'answer' }>): LimberRecord {
  const id = `${e.promptId}:${e.kind}`;
  const [at, tz] = [Date.now(), 'Europe/Berlin'];
  const a = e.answer;
  if (a.action === 'rated') return makeRating({ id, at, source: 'prompt', score: a.score }, tz);
  if (a.action === 'snooze') return makeBreak({ id, at, kind: e.kind, outcome: 'snoozed' }, tz);
  if (a.action === 'skip')
    return makeBreak({ id, at, kind: e.kind, outcome: 'skipped', ...(a.reason ? { reason: a.reason } : {}) }, tz);
  if (a.action === 'fixed' || a.action === 'good')
    return makeBreak({ id, at, kind: 'posture', outcome: 'done', fixed: a.action === 'fixed' }, tz);
  if (a.action === 'peg') return makePeg({ id, at, pain: a.pain, enjoyment: a.enjoyment, activity: a.activity }, tz);
  if (a.action !== 'done') throw new Error(`no record for ${a.action}`);
  return makeBreak(
    { id, at, kind: e.kind, outcome: 'done', ...(a.seconds !== undefined ? { seconds: a.seconds } : {}) },
    tz,
  );
}

describe('PostureCheck', () => {
  it('shows the checklist item and answers in one click', async () => {
    const onAnswer = vi.fn();
    render(<PostureCheck item={4} onAnswer={onAnswer} />);
    expect(await screen.findByText('Wrists straight')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fixed it' }));
    fireEvent.click(screen.getByRole('button', { name: 'Already good' }));
    expect(onAnswer.mock.calls).toEqual([['fixed'], ['good']]);
  });
});

describe('RatingDetails', () => {
  it('saves chosen regions and the note', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    render(<RatingDetails regions={['neck', 'lowerBack']} onSave={onSave} />);
    const neck = await screen.findByRole('button', { name: 'Neck' });
    fireEvent.click(neck);
    expect(neck.getAttribute('aria-pressed')).toBe('true');
    fireEvent.input(screen.getByLabelText('Note (optional)'), { target: { value: 'after lifting' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save details' }));
    expect(await screen.findByText('Details saved.')).toBeTruthy();
    expect(onSave).toHaveBeenCalledWith({ regions: ['neck'], note: 'after lifting' });
  });

  it('refuses a note over the limit with a message at the field, keeping the text', async () => {
    const onSave = vi.fn();
    render(<RatingDetails regions={['neck']} onSave={onSave} />);
    const note = await screen.findByLabelText('Note (optional)');
    fireEvent.input(note, { target: { value: 'x'.repeat(501) } });
    expect(await screen.findByText('The note is 501 characters long; the limit is 500.')).toBeTruthy();
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByRole('button', { name: 'Save details' }) as HTMLButtonElement).disabled).toBe(true);
    expect((note as HTMLTextAreaElement).value).toHaveLength(501);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('says so when saving fails', async () => {
    render(<RatingDetails regions={['neck']} onSave={() => Promise.reject(new Error('quota'))} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save details' }));
    // Plain words from the messages, never the browser's own text.
    const status = await screen.findByText(/storage for Limber is full/);
    expect(status.textContent).not.toContain('quota');
  });
});

describe('StretchBreak', () => {
  afterEach(() => vi.useRealTimers());
  const [first, second, third] = STRETCHES;

  it('counts each stretch down and moves on; Done reports the time taken and a completed guide', async () => {
    vi.useFakeTimers();
    const onDone = vi.fn();
    render(<StretchBreak stretches={[first!, second!]} lengthSec={60} gentle={false} onDone={onDone} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start' }));
    await vi.advanceTimersByTimeAsync(300);
    expect(screen.getByRole('timer').textContent).toBe('30 s left');
    expect(screen.getByText('Stretch 1 of 2')).toBeTruthy();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(screen.getByRole('timer').textContent).toBe('20 s left');
    await vi.advanceTimersByTimeAsync(21_000);
    expect(screen.getByText('Stretch 2 of 2')).toBeTruthy();
    await vi.advanceTimersByTimeAsync(31_000);
    expect(screen.getByRole('status').textContent).toBe('Break complete. Well done.');
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onDone).toHaveBeenCalledWith(62, 'completed');
  });

  it('says when to stop and what to skip, before and while the guide runs', async () => {
    vi.useFakeTimers();
    render(<StretchBreak stretches={[first!]} lengthSec={60} gentle={false} onDone={() => {}} />);
    const stop = 'Stop if you feel numbness, tingling, dizziness or sharp pain.';
    const skip = /Skip any stretch your clinician has advised against\./;
    expect(await screen.findByText(stop)).toBeTruthy();
    expect(screen.getByText(skip)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await vi.advanceTimersByTimeAsync(300);
    expect(screen.getByRole('timer')).toBeTruthy();
    expect(screen.getByText(stop)).toBeTruthy();
    expect(screen.getByText(skip)).toBeTruthy();
  });

  it('fills a 5-minute break: two rounds of the stretches, then two minutes on one’s feet', async () => {
    vi.useFakeTimers();
    const onDone = vi.fn();
    render(<StretchBreak stretches={[first!, second!, third!]} lengthSec={300} gentle={false} onDone={onDone} />);
    expect(await screen.findByText('Go through the stretches 2 times.')).toBeTruthy();
    expect(screen.getByText('On your feet')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await vi.advanceTimersByTimeAsync(300);
    expect(screen.getByText('Stretch 1 of 3 · Round 1 of 2')).toBeTruthy();
    await vi.advanceTimersByTimeAsync(90_000);
    expect(screen.getByText('Stretch 1 of 3 · Round 2 of 2')).toBeTruthy();
    await vi.advanceTimersByTimeAsync(90_000);
    // The stretches have run: the rest of the break, with its own countdown, and no "Next stretch".
    expect(screen.getByRole('timer').textContent).toBe('2:00 min left');
    expect(screen.getByText(/If walking is uncomfortable today/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Next stretch' })).toBeNull();
    await vi.advanceTimersByTimeAsync(30_000);
    // Done during the walk: every stretch round ran, so the guide counts as completed.
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onDone).toHaveBeenCalledWith(210, 'completed');
  });

  it('ends a flare-mode break with slow breathing, seated', async () => {
    render(<StretchBreak stretches={[first!, second!]} lengthSec={120} gentle={true} onDone={() => {}} />);
    expect(await screen.findByText('Slow breathing')).toBeTruthy();
    expect(screen.queryByText('On your feet')).toBeNull();
  });

  it('reports a guide stopped during the stretches as started, not completed', async () => {
    vi.useFakeTimers();
    const onDone = vi.fn();
    render(<StretchBreak stretches={[first!, second!, third!]} lengthSec={300} gentle={false} onDone={onDone} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start' }));
    await vi.advanceTimersByTimeAsync(45_000);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onDone).toHaveBeenCalledWith(45, 'partial');
  });

  it('reports Done without the guide as not started', async () => {
    const onDone = vi.fn();
    render(<StretchBreak stretches={[first!]} lengthSec={300} gentle={false} onDone={onDone} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Done' }));
    expect(onDone).toHaveBeenCalledWith(undefined);
  });

  it('takes the break length from the settings and flare mode when not given', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, stretch: { ...DEFAULT_SETTINGS.stretch, lengthSec: 600 } });
    const view = render(<StretchBreak stretches={[first!, second!, third!]} onDone={() => {}} />);
    expect(await screen.findByText('Go through the stretches 3 times.')).toBeTruthy();
    expect(screen.getByText('On your feet')).toBeTruthy();
    view.unmount();
    await setFlare(today());
    render(<StretchBreak stretches={[first!, second!]} onDone={() => {}} />);
    // Flare mode: at most 2 minutes, gentle, so one round and then slow breathing for 60 s.
    expect(await screen.findByText('Slow breathing')).toBeTruthy();
    expect(screen.getByText('· 1:00 min')).toBeTruthy();
  });
});

describe('prompt page', () => {
  beforeEach(() => {
    sent.length = 0;
    failing.on = false;
  });
  afterEach(() => vi.restoreAllMocks());

  it('answers the pain part in one click, says it is saved and offers details', async () => {
    await seedPrompt(['pain', 'posture']);
    render(<PromptApp />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Limber check-in' })).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    // Focus starts at the first open question's answers.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('group', { name: 'How much pain right now?' })),
    );
    fireEvent.click(screen.getByRole('button', { name: '3 of 10' }));
    const pain = screen.getByRole('region', { name: 'Pain rating' });
    await waitFor(() => expect(pain.querySelector('[role="status"]')?.textContent).toMatch(/^Saved: 3 at .+\.$/));
    expect(sent).toEqual([{ type: 'answer', promptId: 'p1', kind: 'pain', answer: { action: 'rated', score: 3 } }]);
    expect(screen.getByRole('button', { name: 'Save details' })).toBeTruthy();
    // The posture part is still open, so snooze and skip still apply to it.
    expect(screen.getByRole('button', { name: 'Fixed it' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Skip' })).toBeTruthy();
  });

  it('skips every open part at once and closes itself when nothing is left', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    await seedPrompt(['posture', 'eyes']);
    render(<PromptApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'In a meeting' }));
    await screen.findByRole('button', { name: 'Close' });
    expect(sent).toEqual([
      { type: 'answer', promptId: 'p1', kind: 'posture', answer: { action: 'skip', reason: 'meeting' } },
      { type: 'answer', promptId: 'p1', kind: 'eyes', answer: { action: 'skip', reason: 'meeting' } },
    ]);
    await waitFor(() => expect(screen.getAllByText('Skipped.')).toHaveLength(2));
    await waitFor(() => expect(close).toHaveBeenCalled(), { timeout: 3000 });
  });

  it('a failed answer says so, and the next prompt in the same window starts without that error', async () => {
    await seedPrompt(['posture']);
    render(<PromptApp />);
    failing.on = true;
    fireEvent.click(await screen.findByRole('button', { name: 'Fixed it' }));
    expect((await screen.findByRole('alert')).textContent).toContain("Limber's background did not answer");
    expect(screen.getByRole('alert').textContent).not.toContain('Could not establish connection');
    failing.on = false;
    await seedPrompt(['eyes'], 'p2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Eye break' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('follows the waiting prompt when a part is added to it (same id): the stretch part and its snoozes', async () => {
    const posture = await seedPrompt(['posture']);
    render(<PromptApp />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Posture check' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Stretch break' })).toBeNull();
    // "Take a break now" while it waits: the scheduler extends the same prompt in storage.
    const pending: PendingPrompt = {
      ...posture,
      kinds: ['posture', 'stretch'],
      open: ['posture', 'stretch'],
      manual: true,
      snoozesLeft: { posture: 2, stretch: 3 },
    };
    await fakeBrowser.storage.local.set({ [STATE_KEY]: { ...initialState(), pending } });
    expect(await screen.findByRole('region', { name: 'Stretch break' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Limber check-in' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'No snoozes left' })).toBeNull();
    const snooze = screen.getByRole('button', { name: /^Snooze \d+ (min|s)$/ }) as HTMLButtonElement;
    expect(snooze.disabled).toBe(false);
    // Both parts are answered by the one snooze; the posture part kept its place.
    fireEvent.click(snooze);
    await waitFor(() => expect(screen.getAllByText('Snoozed.')).toHaveLength(2));
    expect(sent).toEqual([
      { type: 'answer', promptId: 'p1', kind: 'posture', answer: { action: 'snooze' } },
      { type: 'answer', promptId: 'p1', kind: 'stretch', answer: { action: 'snooze' } },
    ]);
  });

  it('inside the popup it is no second main landmark', async () => {
    await seedPrompt(['posture']);
    render(<PromptView />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Posture check' })).toBeTruthy();
    expect(screen.queryByRole('main')).toBeNull();
  });
});
