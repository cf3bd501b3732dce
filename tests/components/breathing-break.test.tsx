/**
 * The breathing break's guide: the phase in words (one status, changing with the phase), a count,
 * a stepping bar, the minute's end; Done reports the seconds it ran, or none when not started.
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BreathingBreak } from '../../components/prompt/breathing-break';
import { EyeBreak } from '../../components/prompt/eye-break';

afterEach(() => vi.useRealTimers());

describe('BreathingBreak', () => {
  it('guides a minute: in for 4 s, out for 6 s, said in words, then the end', async () => {
    vi.useFakeTimers();
    const onDone = vi.fn();
    render(<BreathingBreak onDone={onDone} />);
    expect(screen.getByText(/Stop if you feel dizzy\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start 1 minute' }));
    await vi.advanceTimersByTimeAsync(300);
    expect(screen.getByRole('status').textContent).toBe('Breathe in');
    expect(screen.getByRole('timer').textContent).toBe('60 s left');
    await vi.advanceTimersByTimeAsync(4000);
    expect(screen.getByRole('status').textContent).toBe('Breathe out');
    expect((screen.getByRole('progressbar', { name: 'Minute of breathing' }) as HTMLProgressElement).value).toBe(4);
    await vi.advanceTimersByTimeAsync(6000);
    expect(screen.getByRole('status').textContent).toBe('Breathe in');
    await vi.advanceTimersByTimeAsync(50_000);
    expect(screen.getByRole('status').textContent).toBe('That was a minute. Well done.');
    expect(screen.queryByRole('timer')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onDone).toHaveBeenCalledWith(60);
  });

  it('Done without starting reports no seconds; stopped early, the seconds it ran', async () => {
    vi.useFakeTimers();
    const onDone = vi.fn();
    const { unmount } = render(<BreathingBreak onDone={onDone} />);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onDone).toHaveBeenLastCalledWith(undefined);
    unmount();
    render(<BreathingBreak onDone={onDone} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start 1 minute' }));
    await vi.advanceTimersByTimeAsync(21_000);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onDone).toHaveBeenLastCalledWith(21);
  });

  it('started long after the prompt opened, counts from the start, not from the opening (breathing and eyes)', async () => {
    vi.useFakeTimers();
    render(<BreathingBreak onDone={() => {}} />);
    render(<EyeBreak onDone={() => {}} />);
    await vi.advanceTimersByTimeAsync(95_000);
    // Nothing ticks before a start: an unstarted guide sets no timer.
    expect(vi.getTimerCount()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Start 1 minute' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start 20 s' }));
    const timers = (): string[] => screen.getAllByRole('timer').map((t) => t.textContent ?? '');
    expect(screen.getByRole('status').textContent).toBe('Breathe in');
    expect(timers()).toEqual(['60 s left', '20 s left']);
    await vi.advanceTimersByTimeAsync(1100);
    expect(timers()).toEqual(['59 s left', '19 s left']);
    expect(vi.getTimerCount()).toBe(2);
    // Each stops ticking at its end: the eyes' after 20 s, the breathing's after its minute.
    await vi.advanceTimersByTimeAsync(19_500);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(40_000);
    expect(screen.getByRole('status').textContent).toBe('That was a minute. Well done.');
    expect(vi.getTimerCount()).toBe(0);
  });
});
