/**
 * The options page's new settings of issue 17: the morning check's switch, and the rating context
 * tags (Limber's on or off, the user's own added and removed, with each refusal said at the field).
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../entrypoints/options/app';
import type { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';

const SAVED = 'Saved. Your other browsers with sync on get these settings too.';
const storedSync = async () =>
  (await fakeBrowser.storage.sync.get('settings')).settings as typeof DEFAULT_SETTINGS | undefined;

async function renderOptions() {
  render(<OptionsApp />);
  await screen.findByRole('heading', { name: 'Limber settings', level: 1 });
}
const group = () => screen.getByRole('region', { name: 'Rating context' });
const addTag = (text: string) => {
  fireEvent.input(within(group()).getByLabelText('New tag'), { target: { value: text } });
  fireEvent.click(within(group()).getByRole('button', { name: 'Add' }));
};

describe('options: morning check and rating context', () => {
  it('switches the morning check on, saying what it asks', async () => {
    await renderOptions();
    const toggle = screen.getByRole('checkbox', { name: 'Morning check' }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    expect(screen.getByText(/how you slept, how long you were stiff after getting up/)).toBeTruthy();
    fireEvent.click(toggle);
    expect(await screen.findByText(SAVED)).toBeTruthy();
    expect((await storedSync())?.morning).toEqual({ enabled: true });
  });

  it('turns one of Limber’s tags off and adds an own tag, both saved', async () => {
    await renderOptions();
    fireEvent.click(within(group()).getByRole('checkbox', { name: 'Heat' }));
    await waitFor(async () => expect((await storedSync())?.context.tags).not.toContain('heat'));
    expect((await storedSync())?.context.tags).toEqual(['medication', 'exercise', 'stress', 'meeting', 'poorSleep']);
    addTag('  Cold office ');
    await waitFor(async () => expect((await storedSync())?.context.own).toEqual(['Cold office']));
    expect(within(group()).getByText('Cold office')).toBeTruthy();
    fireEvent.click(within(group()).getByRole('button', { name: 'Remove Cold office' }));
    await waitFor(async () => expect((await storedSync())?.context.own).toEqual([]));
    expect(within(group()).getByText('None yet.')).toBeTruthy();
  });

  it.each([
    ['   ', 'Type a tag first.'],
    ['x'.repeat(31), 'The tag is 31 characters long; the limit is 30.'],
    ['tea; coffee', 'A tag cannot contain a semicolon (;).'],
  ])('refuses %j, saying so at the field and keeping the text', async (text, message) => {
    await renderOptions();
    addTag(text);
    const field = within(group()).getByLabelText('New tag') as HTMLInputElement;
    expect(within(group()).getByRole('alert').textContent).toBe(message);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.value).toBe(text);
    expect((await storedSync())?.context?.own ?? []).toEqual([]);
  });

  it('refuses a tag it has already, whatever its case, and a ninth one', async () => {
    await renderOptions();
    for (let i = 1; i <= 8; i++) addTag(`Tag ${i}`);
    await waitFor(async () => expect((await storedSync())?.context.own).toHaveLength(8));
    addTag('tag 3');
    expect(within(group()).getByRole('alert').textContent).toBe('You have this tag already.');
    addTag('Tag 9');
    expect(within(group()).getByRole('alert').textContent).toBe('You can keep up to 8 own tags; remove one first.');
    expect((await storedSync())?.context.own).toHaveLength(8);
  });
});
