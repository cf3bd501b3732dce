/**
 * The user's own exercises: the form's checks, what a draft stores, the picture's limits, what a
 * stored list reads as, and how they join the break: first for their regions, favourites, flare
 * mode, and "only my own".
 */
import { describe, expect, it } from 'vitest';
import { exerciseStretch, parseExercises, PICTURE_MAX_KB } from '../../utils/core/content/own-exercises';
import { exerciseFrom, exerciseProblems, pictureProblem } from '../../utils/core/content/exercise-draft';
import { breakLibrary, pickStretches, STRETCHES } from '../../utils/core/content/stretches';
import { makeRating } from '../../utils/core/data/records';
import type { OwnExercise } from '../../utils/core/content/own-exercises';
import type { ExerciseDraft } from '../../utils/core/content/exercise-draft';

const draft = (patch: Partial<ExerciseDraft> = {}): ExerciseDraft => ({
  name: 'Chin nods',
  how: 'Nod slowly, ten times.',
  regions: ['neck'],
  holdSec: '45',
  gentle: true,
  ...patch,
});
const chin: OwnExercise = exerciseFrom(draft(), 'own-1');
const NOW = Date.UTC(2026, 10, 23, 12);
const neckPain = [makeRating({ id: 'r', at: NOW - 3600_000, source: 'prompt', score: 7, regions: ['neck'] }, 'UTC')];

describe('the exercise form', () => {
  it.each<[string, Partial<ExerciseDraft>, object]>([
    ['a good draft', {}, {}],
    ['no name', { name: '  ' }, { name: { key: 'errExerciseName' } }],
    ['a long name', { name: 'x'.repeat(61) }, { name: { key: 'errExerciseNameLong', subs: ['61', '60'] } }],
    ['long instructions', { how: 'x'.repeat(401) }, { how: { key: 'errExerciseHowLong', subs: ['401', '400'] } }],
    ['no region', { regions: [] }, { regions: { key: 'errExerciseRegions' } }],
    ['a hold of 5 s', { holdSec: '5' }, { holdSec: { key: 'errExerciseHold', subs: ['10', '120'] } }],
    ['a hold of 121 s', { holdSec: '121' }, { holdSec: { key: 'errExerciseHold', subs: ['10', '120'] } }],
    ['a hold of 2.5', { holdSec: '2.5' }, { holdSec: { key: 'errExerciseHold', subs: ['10', '120'] } }],
    ['a hold left empty', { holdSec: '' }, { holdSec: { key: 'errExerciseHold', subs: ['10', '120'] } }],
  ])('%s', (_, patch, problems) => {
    expect(exerciseProblems(draft(patch))).toEqual(problems);
  });

  it('stores a good draft trimmed, regions in the questionnaire’s order, readable back', () => {
    const e = exerciseFrom(draft({ name: ' Nods ', regions: ['shoulders', 'neck'], holdSec: ' 30 ' }), 'own-2');
    expect(e).toEqual({
      id: 'own-2',
      name: 'Nods',
      how: 'Nod slowly, ten times.',
      regions: ['neck', 'shoulders'],
      holdSec: 30,
      gentle: true,
    });
    expect(parseExercises([e])).toEqual([e]);
  });

  it('takes PNG, JPEG and WebP pictures up to the limit, and says why not otherwise', () => {
    expect(pictureProblem('image/png', 1000)).toBeNull();
    expect(pictureProblem('image/gif', 1000)).toEqual({ key: 'errPictureType' });
    expect(pictureProblem('image/jpeg', PICTURE_MAX_KB * 1024)).toBeNull();
    expect(pictureProblem('image/jpeg', 400 * 1024)).toEqual({
      key: 'errPictureSize',
      subs: ['400', String(PICTURE_MAX_KB)],
    });
  });

  it('reads only well-formed exercises from storage', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(parseExercises('junk')).toEqual([]);
    expect(
      parseExercises([
        chin,
        { ...chin, id: 'neck-tilt' },
        { ...chin, id: 'own-3', regions: [] },
        { ...chin, id: 'own-4', picture: 'javascript:alert(1)' },
        { ...chin, id: 'own-5', picture: png },
      ]).map((e) => e.id),
    ).toEqual(['own-1', 'own-5']);
  });
});

describe('own exercises in the break', () => {
  it('come first for their region, before the library’s', () => {
    const picks = pickStretches(neckPain, NOW, 3, { library: breakLibrary([chin], false) });
    expect(picks.map((s) => s.id)).toEqual(['own-1', 'neck-tilt', 'chin-tuck']);
    expect(picks[0]).toMatchObject({ seconds: 45, own: { name: 'Chin nods', regions: ['neck'] } });
  });

  it('can be favourites, are left out in flare mode unless gentle, and can be the only ones used', () => {
    const shoulders = exerciseFrom(draft({ name: 'Wall slides', regions: ['shoulders'], gentle: false }), 'own-9');
    const lib = breakLibrary([chin, shoulders], false);
    expect(pickStretches(neckPain, NOW, 2, { library: lib, favourites: ['own-9'] }).map((s) => s.id)).toEqual([
      'own-9',
      'own-1',
    ]);
    expect(pickStretches([], NOW, 3, { library: lib, gentleOnly: true }).map((s) => s.id)).not.toContain('own-9');
    const only = breakLibrary([chin, shoulders], true);
    expect(only.map((s) => s.id)).toEqual(['own-1', 'own-9']);
    expect(pickStretches(neckPain, NOW, 3, { library: only }).map((s) => s.id)).toEqual(['own-1', 'own-9']);
    // "Only my own" with none yet: the library, not an empty break.
    expect(breakLibrary([], true)).toEqual([...STRETCHES]);
    expect(exerciseStretch(chin).area).toBe('neck');
  });
});
