/**
 * The morning check as a prompt part (docs/clinical-basis.md, "Morning check"): its three questions
 * by role and name, each optional, one Save; through the real engine it stores one morning record
 * and the part says what was saved.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBackground, seedPrompt } from './fake-background';
import { MorningCheck } from '../../components/prompt/morning-check';
import { PromptApp } from '../../entrypoints/prompt/app';
import { readAll } from '../../utils/storage/records';
import type { FakeBackground } from './fake-background';

const bg = vi.hoisted(() => ({ current: null as { send(e: unknown): Promise<unknown> } | null }));
vi.mock('@webext-core/messaging', () => ({
  defineExtensionMessaging: () => ({
    sendMessage: (_type: string, event: unknown) => bg.current!.send(event),
    onMessage: () => () => undefined,
  }),
}));

let background: FakeBackground;
beforeEach(() => {
  background = fakeBackground();
  bg.current = background as { send(e: unknown): Promise<unknown> };
});
afterEach(() => vi.restoreAllMocks());

const SLEEP = 'How did you sleep last night?';
const STIFF = 'How long were you stiff after getting up?';
const FATIGUE = 'How tired are you right now?';

describe('MorningCheck', () => {
  it('asks three questions, each with its own anchors; Save waits for any one answer', () => {
    const onSave = vi.fn();
    render(<MorningCheck onSave={onSave} />);
    const sleep = screen.getByRole('group', { name: SLEEP });
    expect(within(sleep).getAllByRole('button')).toHaveLength(11);
    expect(screen.getByText('0 = best possible sleep')).toBeTruthy();
    expect(screen.getByText('10 = worst possible sleep')).toBeTruthy();
    expect(within(screen.getByRole('group', { name: STIFF })).getAllByRole('radio')).toHaveLength(4);
    expect(screen.getByText('0 = no fatigue')).toBeTruthy();
    const save = screen.getByRole('button', { name: 'Save morning check' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.click(save);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves the answers given, leaving out the rest; a later pick replaces an earlier one', () => {
    const onSave = vi.fn();
    render(<MorningCheck onSave={onSave} />);
    const sleep = screen.getByRole('group', { name: SLEEP });
    fireEvent.click(within(sleep).getByRole('button', { name: '3 of 10' }));
    fireEvent.click(within(sleep).getByRole('button', { name: '7 of 10' }));
    expect(within(sleep).getByRole('button', { name: '7 of 10', pressed: true })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '30 to 60 minutes' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save morning check' }));
    expect(onSave).toHaveBeenCalledWith({ sleep: 7, stiffness: '30to60' });
  });

  it('keeps the fatigue scale apart from the sleep scale', () => {
    const onSave = vi.fn();
    render(<MorningCheck onSave={onSave} />);
    fireEvent.click(within(screen.getByRole('group', { name: FATIGUE })).getByRole('button', { name: '0 of 10' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save morning check' }));
    expect(onSave).toHaveBeenCalledWith({ fatigue: 0 });
  });
});

describe('the morning check in the prompt window', () => {
  it('stores one morning record through the background and says what was saved', async () => {
    await seedPrompt(['morning']);
    render(<PromptApp />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Morning check' })).toBeTruthy();
    fireEvent.click(within(screen.getByRole('group', { name: SLEEP })).getByRole('button', { name: '4 of 10' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Not stiff' }));
    fireEvent.click(within(screen.getByRole('group', { name: FATIGUE })).getByRole('button', { name: '6 of 10' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save morning check' }));
    await waitFor(async () =>
      expect(await readAll()).toEqual([
        expect.objectContaining({ type: 'morning', id: 'p1:morning', sleep: 4, stiffness: 'none', fatigue: 6 }),
      ]),
    );
    expect(background.events).toEqual([
      {
        type: 'answer',
        promptId: 'p1',
        kind: 'morning',
        answer: { action: 'morning', sleep: 4, stiffness: 'none', fatigue: 6 },
      },
    ]);
    // The part closes, saying it was saved.
    await waitFor(() => expect(screen.queryByRole('group', { name: SLEEP })).toBeNull());
    const part = screen.getByRole('region', { name: 'Morning check' });
    expect(within(part).getByRole('status').textContent).toBe('Saved.');
  });
});
