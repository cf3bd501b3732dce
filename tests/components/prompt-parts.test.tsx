import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PostureCheck } from '../../components/prompt/posture-check';
import { RatingDetails } from '../../components/rating/rating-details';
import { StretchBreak } from '../../components/prompt/stretch-break';
import { STRETCHES } from '../../utils/core/content/stretches';

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
    expect(await screen.findByText('Something went wrong: quota')).toBeTruthy();
  });
});

describe('StretchBreak', () => {
  it('counts each stretch down and moves on; Done reports the time taken', async () => {
    vi.useFakeTimers();
    const onDone = vi.fn();
    render(<StretchBreak stretches={STRETCHES.slice(0, 2)} onDone={onDone} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start' }));
    await vi.advanceTimersByTimeAsync(300);
    expect(screen.getByRole('timer').textContent).toBe('30 s left');
    expect(screen.getByText('Stretch 1 of 2')).toBeTruthy();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(screen.getByRole('timer').textContent).toBe('20 s left');
    await vi.advanceTimersByTimeAsync(21_000);
    expect(screen.getByText('Stretch 2 of 2')).toBeTruthy();
    await vi.advanceTimersByTimeAsync(31_000);
    expect(screen.getByText('All stretches done. Well done.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onDone).toHaveBeenCalledWith(62);
    vi.useRealTimers();
  });
});
