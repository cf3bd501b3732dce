import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PegCheck } from '../../components/prompt/peg-check';
import { RatingScale } from '../../components/rating/rating-scale';

const BAND_WORDS = /\b(mild|moderate|severe)\b/;

describe('the weekly check and the pain scale without bands', () => {
  it('names each button "n of 10", with each item’s own anchors, no band words, colours or legend', async () => {
    const onSave = vi.fn();
    render(<PegCheck onSave={onSave} />);
    const activity = await screen.findByRole('group', { name: /interfered with your general activity/ });
    const names = [...activity.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual(Array.from({ length: 11 }, (_, i) => `${i} of 10`));
    const all = screen.getAllByRole('button', { name: /of 10$/ });
    expect(all).toHaveLength(33);
    for (const b of all) {
      expect(b.getAttribute('aria-label')).not.toMatch(BAND_WORDS);
    }
    expect(document.body.textContent).not.toMatch(BAND_WORDS);
    expect(screen.getAllByText('0 = does not interfere')).toHaveLength(2);
    expect(screen.getAllByText('10 = completely interferes')).toHaveLength(2);
    expect(screen.getByText('10 = pain as bad as you can imagine')).toBeTruthy();
  });

  it('saves the three answers together once all three are given', async () => {
    const onSave = vi.fn();
    render(<PegCheck onSave={onSave} />);
    const save = await screen.findByRole('button', { name: 'Save the weekly check' });
    const groups = screen.getAllByRole('group');
    fireEvent.click(groups[0]!.querySelector('[aria-label="7 of 10"]')!);
    fireEvent.click(groups[1]!.querySelector('[aria-label="6 of 10"]')!);
    expect((save as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(groups[2]!.querySelector('[aria-label="5 of 10"]')!);
    fireEvent.click(save);
    expect(onSave).toHaveBeenCalledWith({ pain: 7, enjoyment: 6, activity: 5 });
  });

  it('the pain rating has no bands either: "n of 10", no band words, a colour that only deepens with the score', async () => {
    render(
      <>
        <p id="q">How much pain right now?</p>
        <RatingScale questionId="q" onRate={() => {}} />
      </>,
    );
    const buttons = await screen.findAllByRole('button', { name: /^\d+ of 10$/ });
    expect(buttons).toHaveLength(11);
    expect(buttons.map((b) => b.style.getPropertyValue('--score'))).toEqual(
      Array.from({ length: 11 }, (_, i) => String(i)),
    );
    expect(document.body.textContent).not.toMatch(BAND_WORDS);
  });
});
