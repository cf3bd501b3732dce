/**
 * Whether the record stored under an answer's id is that answer. Two views of one prompt (a
 * prompt window and prompt.html opened again, or the popup) can answer the same part at once;
 * the background keeps the first and tells each view what is stored, and the view compares.
 */
import type { LimberRecord } from '../data/records';
import type { Answer } from './events';
import type { PromptKind } from './state';

/**
 * `same`: stored, and it is this answer. `other`: another answer was stored first (another view).
 * `gone`: none was given, the prompt was no longer waiting (replaced, expired, or skipped by a pause).
 */
export type AnswerMatch = 'same' | 'other' | 'gone';

/** Whether the record stored for a part of a prompt (null: none) is this view's answer to it. */
export function answerMatch(stored: LimberRecord | null, kind: PromptKind, answer: Answer): AnswerMatch {
  if (!stored) return 'gone';
  if (stored.type === 'rating') return answer.action === 'rated' && stored.score === answer.score ? 'same' : 'other';
  if (stored.type === 'peg') {
    const same =
      answer.action === 'peg' &&
      stored.pain === answer.pain &&
      stored.enjoyment === answer.enjoyment &&
      stored.activity === answer.activity;
    return same ? 'same' : 'other';
  }
  if (stored.type === 'morning') {
    const same =
      answer.action === 'morning' &&
      stored.sleep === answer.sleep &&
      stored.stiffness === answer.stiffness &&
      stored.fatigue === answer.fatigue;
    return same ? 'same' : 'other';
  }
  // A hold record is never a part's answer (its id is `hold-…`, not a part's).
  if (stored.type === 'hold') return 'other';
  // Outcomes nobody chose: the prompt ran out, or a pause closed it.
  if (stored.outcome === 'missed' || (stored.outcome === 'skipped' && stored.reason === 'pause')) return 'gone';
  if (stored.kind !== kind) return 'other';
  switch (answer.action) {
    case 'snooze':
      // With no snoozes left, a snooze is stored as a skip for that reason.
      return stored.outcome === 'snoozed' || (stored.outcome === 'skipped' && stored.reason === 'snooze-limit')
        ? 'same'
        : 'other';
    case 'skip':
      return stored.outcome === 'skipped' && stored.reason === answer.reason ? 'same' : 'other';
    case 'fixed':
    case 'good':
      return stored.outcome === 'done' && stored.fixed === (answer.action === 'fixed') ? 'same' : 'other';
    case 'done':
      return stored.outcome === 'done' && stored.seconds === answer.seconds ? 'same' : 'other';
    default:
      return 'other';
  }
}
