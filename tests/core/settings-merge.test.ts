import { describe, expect, it } from 'vitest';
import { toForm } from '../../utils/core/settings/form';
import { applyChanges, diffSettings } from '../../utils/core/settings/diff';
import { editedFields, mergeEdits, rebaseForm } from '../../utils/core/settings/merge';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import type { SettingsForm } from '../../utils/core/settings/form';
import type { Settings } from '../../utils/core/settings/settings';

const D = DEFAULT_SETTINGS;
const withS = (patch: (s: Settings) => void, from: Settings = D): Settings => {
  const s = structuredClone(from);
  patch(s);
  return s;
};
const edit = (patch: Partial<SettingsForm>, base: Settings = D): SettingsForm => ({ ...toForm(base), ...patch });

const eyesOn = withS((s) => {
  s.eyes.enabled = true;
});

describe('diffSettings', () => {
  it.each<[string, Settings, Settings, { path: string[]; value: unknown }[]]>([
    ['nothing changed', D, structuredClone(D), []],
    ['one switch', D, eyesOn, [{ path: ['eyes', 'enabled'], value: true }]],
    [
      'a list counts as one leaf',
      D,
      withS((s) => {
        s.work.days = [1, 2, 3, 4, 5, 6];
      }),
      [{ path: ['work', 'days'], value: [1, 2, 3, 4, 5, 6] }],
    ],
    [
      'a list of objects too',
      D,
      withS((s) => {
        s.work.ranges = [{ start: 540, end: 1020 }];
      }),
      [{ path: ['work', 'ranges'], value: [{ start: 540, end: 1020 }] }],
    ],
    [
      'leaves in several groups',
      D,
      withS((s) => {
        s.snooze.limit = 5;
        s.weekStart = 0;
        s.stretches.hidden = ['chin-tuck'];
      }),
      [
        { path: ['snooze', 'limit'], value: 5 },
        { path: ['weekStart'], value: 0 },
        { path: ['stretches', 'hidden'], value: ['chin-tuck'] },
      ],
    ],
  ])('%s', (_name, before, after, changes) => {
    expect(diffSettings(before, after)).toEqual(changes);
  });
});

describe('applyChanges', () => {
  it('writes the changes over settings saved elsewhere and keeps the rest', () => {
    const stored = withS((s) => {
      s.snooze.limit = 5;
    }, eyesOn);
    const out = applyChanges(stored, [{ path: ['posture', 'everySec'], value: 2700 }]);
    expect(out).toEqual(
      withS((s) => {
        s.posture.everySec = 2700;
      }, stored),
    );
    expect(stored.posture.everySec).toBe(1800);
  });

  it('applying the diff of two settings turns the first into the second', () => {
    const b = withS((s) => {
      s.pain.times = [600];
      s.delivery.sound = true;
    }, eyesOn);
    expect(applyChanges(D, diffSettings(D, b))).toEqual(b);
  });
});

describe('editedFields and rebaseForm', () => {
  it.each<[string, Partial<SettingsForm>, string[]]>([
    ['nothing typed', {}, []],
    ['a field typed back to its value', { snoozeLimit: '3' }, []],
    ['a switch and a text', { eyesOn: true, snoozeLimit: '5' }, ['eyesOn', 'snoozeLimit']],
    ['an unfinished text', { postureMin: '' }, ['postureMin']],
    ['a list', { days: [1, 2] }, ['days']],
  ])('edited: %s', (_name, patch, fields) => {
    expect(editedFields(edit(patch), D)).toEqual(fields);
  });

  it('shows what another page saved, with the edits here on top', () => {
    const other = withS((s) => {
      s.snooze.limit = 7;
      s.posture.everySec = 3000;
    }, eyesOn);
    const form = rebaseForm(edit({ postureMin: '', days: [1, 2] }), D, other);
    expect(form).toEqual({ ...toForm(other), postureMin: '', days: [1, 2] });
  });
});

describe('mergeEdits: the settings stored now, with only what this page changed', () => {
  const current = withS((s) => {
    s.work.days = [1, 2, 3, 4, 5, 6];
  }, eyesOn);
  it.each<[string, Settings, Settings, Partial<SettingsForm>, Settings]>([
    [
      'eye breaks on elsewhere survive a snooze limit changed here (the report)',
      D,
      eyesOn,
      { snoozeLimit: '5' },
      withS((s) => {
        s.snooze.limit = 5;
      }, eyesOn),
    ],
    [
      'what the welcome page saved survives a stale settings page',
      D,
      current,
      { naturalMin: '10' },
      withS((s) => {
        s.idle.naturalBreakSec = 600;
      }, current),
    ],
    [
      'a field not changed here keeps the value saved elsewhere',
      D,
      withS((s) => {
        s.posture.everySec = 2700;
      }),
      { postureMin: '30', eyesOn: true },
      withS((s) => {
        s.posture.everySec = 2700;
      }, eyesOn),
    ],
    [
      'a field changed in both: this page, saving last, wins',
      D,
      withS((s) => {
        s.posture.everySec = 2700;
      }),
      { postureMin: '20' },
      withS((s) => {
        s.posture.everySec = 1200;
      }),
    ],
    [
      'a value the form would round is kept as stored',
      D,
      withS((s) => {
        s.posture.everySec = 90;
        s.idle.detectionSec = 30;
      }),
      { snoozeLimit: '1' },
      withS((s) => {
        s.posture.everySec = 90;
        s.idle.detectionSec = 30;
        s.snooze.limit = 1;
      }),
    ],
    ['nothing changed here: what is stored stays', D, current, {}, current],
  ])('%s', (_name, base, stored, patch, expected) => {
    const r = mergeEdits(stored, base, edit(patch, base));
    expect(r.errors).toEqual({});
    expect(r.settings).toEqual(expected);
  });

  it('an edit that clashes with a value saved elsewhere is not stored, and says why at the field', () => {
    const stored = withS((s) => {
      s.stretch.everySec = 10 * 60;
    });
    const r = mergeEdits(stored, D, edit({ stretchLengthMin: '20' }));
    expect(r.settings).toBeNull();
    expect(r.errors).toEqual({ stretchLengthMin: { key: 'errBreakLonger' } });
    expect(r.form).toMatchObject({ stretchEveryMin: '10', stretchLengthMin: '20' });
  });
});
