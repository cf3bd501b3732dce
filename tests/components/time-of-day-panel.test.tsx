import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { TimeOfDayPanel } from '../../components/summary/time-of-day';

const ratings = [
  { minutes: 11 * 60 + 5, score: 4 },
  { minutes: 14 * 60 + 40, score: 6 },
  { minutes: 20 * 60, score: 8 },
];

const rows = async () =>
  [...(await screen.findByRole('list', { name: 'Pain by time of day' })).querySelectorAll('li')].map(
    (li) => li.textContent,
  );

describe('the summary’s pain by time of day', () => {
  it('has a row per pain time, labelled by its clock time, and other times last', async () => {
    render(<TimeOfDayPanel ratingTimes={ratings} painTimes={[17 * 60, 11 * 60, 14 * 60 + 30]} />);
    expect(await rows()).toEqual([
      'Around 11:004 · 1 ratings',
      'Around 14:306 · 1 ratings',
      'Around 17:00no ratings',
      'Other times8 · 1 ratings',
    ]);
    expect(screen.getByText(/Grouped by your pain rating times/)).toBeTruthy();
  });

  it('falls back to the fixed parts of the day when no pain time is set, and says so', async () => {
    render(<TimeOfDayPanel ratingTimes={ratings} painTimes={[]} />);
    expect(await rows()).toEqual([
      'Morning (until 11:00)no ratings',
      'Midday (11:00–14:00)4 · 1 ratings',
      'Afternoon (14:00–18:00)6 · 1 ratings',
      'Evening (after 18:00)8 · 1 ratings',
    ]);
    expect(screen.getByText(/No pain rating times are set/)).toBeTruthy();
  });
});
