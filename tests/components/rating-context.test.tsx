/**
 * A rating's context after its score (docs/clinical-basis.md, "Context on a rating"): the tags kept
 * in settings and the user's own, one tap each and saved at once; the medicine named last time
 * offered with the medication tag; the note and regions still wait for "Save details".
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { RatingDetails } from '../../components/rating/rating-details';

const CONTEXT = { tags: ['medication', 'heat', 'stress'] as const, own: ['Cold office'] };
const group = () => screen.getByRole('group', { name: 'What went with it? (optional)' });

describe('RatingDetails with context', () => {
  it('offers the tags from settings and the own ones, each a toggle saved at once', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    render(<RatingDetails regions={['neck']} context={{ ...CONTEXT, tags: [...CONTEXT.tags] }} onSave={onSave} />);
    expect(
      within(group())
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Medication', 'Heat', 'Stress', 'Cold office']);
    fireEvent.click(within(group()).getByRole('button', { name: 'Heat' }));
    await screen.findByText('Details saved.');
    fireEvent.click(within(group()).getByRole('button', { name: 'Cold office' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(2));
    expect(onSave.mock.calls).toEqual([
      [{ tags: ['heat'], ownTags: [], medicine: '' }],
      [{ tags: ['heat'], ownTags: ['Cold office'], medicine: '' }],
    ]);
    expect(within(group()).getByRole('button', { name: 'Heat', pressed: true })).toBeTruthy();
    // Tapped again, a tag is taken away, and that is saved too.
    fireEvent.click(within(group()).getByRole('button', { name: 'Heat' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(3));
    expect(onSave.mock.calls[2]).toEqual([{ tags: [], ownTags: ['Cold office'], medicine: '' }]);
  });

  it('with medication, offers the medicine named last time; a new name goes with Save details', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    render(
      <RatingDetails
        regions={['neck']}
        context={{ ...CONTEXT, tags: [...CONTEXT.tags] }}
        lastMedicine="Ibuprofen 400"
        onSave={onSave}
      />,
    );
    expect(screen.queryByLabelText('Medicine (optional)')).toBeNull();
    fireEvent.click(within(group()).getByRole('button', { name: 'Medication' }));
    const name = (await screen.findByLabelText('Medicine (optional)')) as HTMLInputElement;
    expect(name.value).toBe('Ibuprofen 400');
    await waitFor(() =>
      expect(onSave).toHaveBeenLastCalledWith({ tags: ['medication'], ownTags: [], medicine: 'Ibuprofen 400' }),
    );
    fireEvent.input(name, { target: { value: 'Paracetamol' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save details' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenLastCalledWith({
        regions: [],
        note: '',
        tags: ['medication'],
        ownTags: [],
        medicine: 'Paracetamol',
      }),
    );
  });

  it('refuses a medicine name over the limit, saying so at the field, keeping the text', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    render(<RatingDetails regions={[]} context={{ tags: ['medication'], own: [] }} onSave={onSave} />);
    fireEvent.click(within(group()).getByRole('button', { name: 'Medication' }));
    const name = (await screen.findByLabelText('Medicine (optional)')) as HTMLInputElement;
    fireEvent.input(name, { target: { value: 'x'.repeat(61) } });
    expect(await screen.findByText('The name is 61 characters long; the limit is 60.')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByRole('button', { name: 'Save details' }) as HTMLButtonElement).disabled).toBe(true);
    expect(name.value).toHaveLength(61);
  });

  it('shows no context group when settings offer no tags', () => {
    render(<RatingDetails regions={['neck']} context={{ tags: [], own: [] }} onSave={vi.fn()} />);
    expect(screen.queryByRole('group', { name: 'What went with it? (optional)' })).toBeNull();
  });
});
