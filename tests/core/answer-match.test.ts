import { describe, expect, it } from 'vitest';
import { answerMatch } from '../../utils/core/scheduler/answer-match';
import { recordIdOf } from '../../utils/core/scheduler/record-id';
import { makeBreak, makePeg, makeRating } from '../../utils/core/data/records';
import type { LimberRecord } from '../../utils/core/data/records';
import type { Answer, PromptKind } from '../../utils/core/scheduler';

const TZ = 'Europe/Berlin';
const at = Date.UTC(2026, 10, 23, 9);
const id = 'p1:pain';
const rating = (score: number): LimberRecord => makeRating({ id, at, source: 'prompt', score }, TZ);
const brk = (fields: Omit<Parameters<typeof makeBreak>[0], 'id' | 'at'>): LimberRecord =>
  makeBreak({ id, at, ...fields }, TZ);
const peg = (pain: number, enjoyment: number, activity: number): LimberRecord =>
  makePeg({ id, at, pain, enjoyment, activity }, TZ);

describe('recordIdOf: the id a page event stores its record under', () => {
  it.each([
    [{ type: 'answer', promptId: 'p1', kind: 'pain', answer: { action: 'rated', score: 3 } }, 'p1:pain'],
    [{ type: 'answer', promptId: 'p9', kind: 'stretch', answer: { action: 'snooze' } }, 'p9:stretch'],
    [{ type: 'rate', id: 'r-1', score: 4, source: 'manual' }, 'r-1'],
    [{ type: 'pause', choice: '1h' }, null],
    [{ type: 'break-now' }, null],
    [{ type: 'rate-now' }, null],
    [{ type: 'resume' }, null],
  ] as const)('%j → %s', (event, expected) => {
    expect(recordIdOf(event)).toBe(expected);
  });
});

describe('answerMatch: is the stored record this answer, another one, or none?', () => {
  const rows: [string, LimberRecord | null, PromptKind, Answer, ReturnType<typeof answerMatch>][] = [
    ['the same score', rating(3), 'pain', { action: 'rated', score: 3 }, 'same'],
    ['another score (another window)', rating(3), 'pain', { action: 'rated', score: 7 }, 'other'],
    ['a rating where this view snoozed', rating(3), 'pain', { action: 'snooze' }, 'other'],
    ['nothing stored: replaced or expired', null, 'pain', { action: 'rated', score: 3 }, 'gone'],
    ['missed: it expired', brk({ kind: 'pain', outcome: 'missed' }), 'pain', { action: 'rated', score: 3 }, 'gone'],
    [
      'skipped by a pause',
      brk({ kind: 'posture', outcome: 'skipped', reason: 'pause' }),
      'posture',
      { action: 'good' },
      'gone',
    ],
    ['snoozed, as asked', brk({ kind: 'pain', outcome: 'snoozed' }), 'pain', { action: 'snooze' }, 'same'],
    [
      'snooze with none left: skipped',
      brk({ kind: 'eyes', outcome: 'skipped', reason: 'snooze-limit' }),
      'eyes',
      { action: 'snooze' },
      'same',
    ],
    [
      'snoozed elsewhere, rated here',
      brk({ kind: 'pain', outcome: 'snoozed' }),
      'pain',
      { action: 'rated', score: 2 },
      'other',
    ],
    ['skipped, no reason', brk({ kind: 'eyes', outcome: 'skipped' }), 'eyes', { action: 'skip' }, 'same'],
    [
      'skipped for a meeting',
      brk({ kind: 'eyes', outcome: 'skipped', reason: 'meeting' }),
      'eyes',
      { action: 'skip', reason: 'meeting' },
      'same',
    ],
    [
      'skipped for another reason',
      brk({ kind: 'eyes', outcome: 'skipped', reason: 'focus' }),
      'eyes',
      { action: 'skip', reason: 'meeting' },
      'other',
    ],
    [
      'posture fixed',
      brk({ kind: 'posture', outcome: 'done', fixed: true, item: 2 }),
      'posture',
      { action: 'fixed' },
      'same',
    ],
    [
      'posture fixed vs good',
      brk({ kind: 'posture', outcome: 'done', fixed: true }),
      'posture',
      { action: 'good' },
      'other',
    ],
    ['posture good', brk({ kind: 'posture', outcome: 'done', fixed: false }), 'posture', { action: 'good' }, 'same'],
    ['eye break done', brk({ kind: 'eyes', outcome: 'done' }), 'eyes', { action: 'done' }, 'same'],
    [
      'stretch done, same time',
      brk({ kind: 'stretch', outcome: 'done', seconds: 62 }),
      'stretch',
      { action: 'done', seconds: 62 },
      'same',
    ],
    [
      'stretch done, another time',
      brk({ kind: 'stretch', outcome: 'done', seconds: 30 }),
      'stretch',
      { action: 'done', seconds: 62 },
      'other',
    ],
    ['stretch done, untimed', brk({ kind: 'stretch', outcome: 'done' }), 'stretch', { action: 'done' }, 'same'],
    ['another kind under the id', brk({ kind: 'eyes', outcome: 'done' }), 'stretch', { action: 'done' }, 'other'],
    ['PEG, same three', peg(4, 5, 6), 'peg', { action: 'peg', pain: 4, enjoyment: 5, activity: 6 }, 'same'],
    ['PEG, one differs', peg(4, 5, 6), 'peg', { action: 'peg', pain: 4, enjoyment: 5, activity: 7 }, 'other'],
  ];
  it.each(rows)('%s', (_name, stored, kind, answer, expected) => {
    expect(answerMatch(stored, kind, answer)).toBe(expected);
  });

  it('a one-click rating is matched by its score too', () => {
    const stored = makeRating({ id: 'r-1', at, source: 'manual', score: 5 }, TZ);
    expect(answerMatch(stored, 'pain', { action: 'rated', score: 5 })).toBe('same');
    expect(answerMatch(stored, 'pain', { action: 'rated', score: 6 })).toBe('other');
  });
});
