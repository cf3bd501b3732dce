import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import { fromForm, toForm } from '../../utils/core/settings/form';
import type { SettingsForm } from '../../utils/core/settings/form';

const form = (patch: Partial<SettingsForm>): SettingsForm => ({ ...toForm(DEFAULT_SETTINGS), ...patch });
const errorsOf = (patch: Partial<SettingsForm>) => fromForm(form(patch), DEFAULT_SETTINGS).errors;

describe('settings form', () => {
  it('turns the defaults into a form and back unchanged', () => {
    expect(fromForm(toForm(DEFAULT_SETTINGS), DEFAULT_SETTINGS)).toEqual({ settings: DEFAULT_SETTINGS, errors: {} });
  });

  it('applies valid changes', () => {
    const r = fromForm(
      form({
        postureMin: '45',
        ranges: [
          { start: '09:00', end: '12:00' },
          { start: '13:00', end: '17:30' },
        ],
        painTimes: ['15:00', '10:00'],
      }),
      DEFAULT_SETTINGS,
    );
    expect(r.settings).toMatchObject({
      posture: { everySec: 2700 },
      work: {
        ranges: [
          { start: 540, end: 720 },
          { start: 780, end: 1050 },
        ],
      },
      pain: { times: [600, 900] },
    });
  });

  it.each([
    ['a blank interval', { postureMin: '' }, 'postureMin', 'errWholeMinutes'],
    ['a fraction', { postureMin: '2.5' }, 'postureMin', 'errWholeMinutes'],
    ['an interval below the browser minimum', { eyesOn: true, eyesMin: '0' }, 'eyesMin', 'errIntervalMin'],
    ['an interval over 8 hours', { stretchEveryMin: '600' }, 'stretchEveryMin', 'errIntervalMax'],
    [
      'a break longer than its interval',
      { stretchEveryMin: '30', stretchLengthMin: '30' },
      'stretchLengthMin',
      'errBreakLonger',
    ],
    ['a malformed time', { painTimes: ['25:00'] }, 'painTimes.0', 'errTime'],
    ['a repeated time', { painTimes: ['11:00', '11:00'] }, 'painTimes.1', 'errDuplicateTime'],
    ['pain ratings with no time', { painTimes: [] }, 'painTimes', 'errNoPainTimes'],
    ['no work day', { days: [] }, 'days', 'errNoDays'],
    ['no hours', { ranges: [] }, 'ranges', 'errNoRanges'],
    ['an empty range', { ranges: [{ start: '09:00', end: '09:00' }] }, 'ranges.0.end', 'errRangeEmpty'],
    [
      'overlapping ranges',
      {
        ranges: [
          { start: '08:00', end: '12:00' },
          { start: '11:00', end: '14:00' },
        ],
      },
      'ranges.1.start',
      'errRangeOverlap',
    ],
    [
      'ranges overlapping past midnight',
      {
        ranges: [
          { start: '22:00', end: '02:00' },
          { start: '01:00', end: '03:00' },
        ],
      },
      'ranges.1.start',
      'errRangeOverlap',
    ],
    ['a PEG time that is not a time', { pegOn: true, pegTime: '' }, 'pegTime', 'errTime'],
    ['a snooze of 0', { snoozeMin: '0' }, 'snoozeMin', 'errSnooze'],
    ['a snooze limit of 11', { snoozeLimit: '11' }, 'snoozeLimit', 'errSnoozeLimit'],
    ['a natural break of 0 minutes', { naturalMin: '0' }, 'naturalMin', 'errNatural'],
  ] as const)('rejects %s at its field', (_name, patch, field, key) => {
    const r = fromForm(form(patch as Partial<SettingsForm>), DEFAULT_SETTINGS);
    expect(r.settings).toBeNull();
    expect((r.errors as Record<string, unknown>)[field]).toMatchObject({ key });
  });

  it('does not hold a switched-off prompt to its interval, and keeps its old value', () => {
    expect(errorsOf({ eyesOn: false, eyesMin: '0' })).toEqual({});
    expect(fromForm(form({ eyesOn: false, eyesMin: '0' }), DEFAULT_SETTINGS).settings?.eyes).toEqual(
      DEFAULT_SETTINGS.eyes,
    );
  });

  it('accepts adjacent ranges and a range past midnight on its own', () => {
    expect(
      errorsOf({
        ranges: [
          { start: '08:00', end: '12:00' },
          { start: '12:00', end: '16:00' },
        ],
      }),
    ).toEqual({});
    expect(errorsOf({ ranges: [{ start: '22:00', end: '06:00' }] })).toEqual({});
  });
});
