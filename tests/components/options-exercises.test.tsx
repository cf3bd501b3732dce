/**
 * The options page's own exercises: added with a form checked on save (each problem at its field,
 * nothing typed lost), listed, made a favourite, edited, removed; a picture refused with a reason;
 * "only my own" saved with the settings.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../entrypoints/options/app';
import type { OwnExercise } from '../../utils/core/content/own-exercises';
import type { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';

const stored = async () => ((await fakeBrowser.storage.local.get('exercises')).exercises ?? []) as OwnExercise[];
const storedSync = async () =>
  (await fakeBrowser.storage.sync.get('settings')).settings as typeof DEFAULT_SETTINGS | undefined;
const group = () => screen.getByRole('region', { name: 'Your own exercises' });
const form = () => within(group()).getByRole('form');

async function renderOptions() {
  render(<OptionsApp />);
  await screen.findByRole('heading', { name: 'Limber settings', level: 1 });
}

describe('options: own exercises', () => {
  it('adds one: checked on save, each problem at its field; then listed and stored on this computer', async () => {
    await renderOptions();
    expect(within(group()).getByText('None yet.')).toBeTruthy();
    fireEvent.click(within(group()).getByRole('button', { name: 'Add an exercise' }));
    fireEvent.input(within(form()).getByLabelText('Hold for'), { target: { value: '200' } });
    fireEvent.click(within(form()).getByRole('button', { name: 'Save exercise' }));
    const alerts = within(form())
      .getAllByRole('alert')
      .map((a) => a.textContent);
    expect(alerts).toEqual([
      'Give the exercise a name.',
      'Choose at least one body region.',
      'Enter 10 to 120 seconds.',
    ]);
    expect(within(form()).getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    expect((within(form()).getByLabelText('Hold for') as HTMLInputElement).value).toBe('200');
    expect(await stored()).toEqual([]);

    fireEvent.input(within(form()).getByLabelText('Name'), { target: { value: 'Chin nods' } });
    fireEvent.input(within(form()).getByLabelText('How to do it (optional)'), { target: { value: 'Nod slowly.' } });
    fireEvent.click(within(form()).getByRole('checkbox', { name: 'Neck' }));
    fireEvent.input(within(form()).getByLabelText('Hold for'), { target: { value: '40' } });
    fireEvent.click(within(form()).getByRole('button', { name: 'Save exercise' }));
    await within(group()).findByText('Saved “Chin nods”.');
    const [e] = await stored();
    expect(e).toMatchObject({ name: 'Chin nods', how: 'Nod slowly.', regions: ['neck'], holdSec: 40, gentle: true });
    expect(e!.id).toMatch(/^own-/);
    expect(within(group()).queryByRole('form')).toBeNull();
    expect(within(group()).getByText('Chin nods')).toBeTruthy();
  });

  it('makes it a favourite, edits it, and removes it (its favourite mark too)', async () => {
    const e: OwnExercise = { id: 'own-1', name: 'Chin nods', how: '', regions: ['neck'], holdSec: 30, gentle: true };
    await fakeBrowser.storage.local.set({ exercises: [e] });
    await renderOptions();
    await within(group()).findByText('Chin nods');
    fireEvent.click(within(group()).getByRole('button', { name: 'Favourite: Chin nods' }));
    await waitFor(async () => expect((await storedSync())?.stretches.favourites).toEqual(['own-1']));
    fireEvent.click(within(group()).getByRole('button', { name: 'Edit Chin nods' }));
    expect((within(form()).getByLabelText('Name') as HTMLInputElement).value).toBe('Chin nods');
    fireEvent.input(within(form()).getByLabelText('Hold for'), { target: { value: '60' } });
    fireEvent.click(within(form()).getByRole('button', { name: 'Save exercise' }));
    await waitFor(async () => expect((await stored())[0]?.holdSec).toBe(60));
    expect(await stored()).toHaveLength(1);
    fireEvent.click(within(group()).getByRole('button', { name: 'Remove Chin nods' }));
    await waitFor(async () => expect(await stored()).toEqual([]));
    await waitFor(async () => expect((await storedSync())?.stretches.favourites).toEqual([]));
  });

  it('refuses a picture that is not PNG, JPEG or WebP, or too big, saying why', async () => {
    await renderOptions();
    fireEvent.click(within(group()).getByRole('button', { name: 'Add an exercise' }));
    const input = within(form()).getByLabelText('Picture (optional)');
    fireEvent.change(input, { target: { files: [new File(['x'], 'a.gif', { type: 'image/gif' })] } });
    expect(within(form()).getByRole('alert').textContent).toBe('Choose a PNG, JPEG or WebP picture.');
    const big = new File([new Uint8Array(400 * 1024)], 'big.png', { type: 'image/png' });
    fireEvent.change(input, { target: { files: [big] } });
    expect(within(form()).getByRole('alert').textContent).toMatch(/^The picture is 400 kB; the limit is 146 kB\./);
  });

  it('saves "only my own exercises" with the settings', async () => {
    await renderOptions();
    fireEvent.click(within(group()).getByRole('checkbox', { name: 'Use only my own exercises in stretch breaks' }));
    await waitFor(async () => expect((await storedSync())?.stretches.onlyOwn).toBe(true));
  });
});
