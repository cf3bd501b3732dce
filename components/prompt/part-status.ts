/** How a part of a prompt ended in this view, and how that is said. */
import { morningText } from '../common/morning-words';
import { t } from '../../utils/i18n';
import type { MessageKey } from '../../utils/i18n';
import type { LimberRecord } from '../../utils/core/data/records';
import type { Answer } from '../../utils/core/scheduler';

/**
 * How a part the user answered here ended (parts closed elsewhere have none): saved, snoozed or
 * skipped as asked; not saved because another view's answer was stored first (`other`, with what
 * this view sent); or not saved because the prompt was no longer waiting (`gone`).
 */
export type PartStatus = 'saved' | 'snoozed' | 'skipped' | 'gone' | { other: LimberRecord; mine: Answer };

const DONE_KEY: Record<'saved' | 'snoozed' | 'skipped' | 'gone', MessageKey> = {
  saved: 'promptAnswered',
  snoozed: 'promptSnoozed',
  skipped: 'promptSkipped',
  gone: 'answerNotWaiting',
};

/** A stored answer in a few words, e.g. "pain 3 of 10". */
function storedAnswer(r: LimberRecord): string {
  if (r.type === 'rating') return t('answerWasRating', String(r.score));
  if (r.type === 'peg') return t('answerWasPeg', [String(r.pain), String(r.enjoyment), String(r.activity)]);
  // Never an answer: a hold's id (`hold-…`) is no prompt part's; said as a stored "done" if it were.
  if (r.type === 'hold') return t('answerWasDone');
  if (r.type === 'morning') return morningText(r);
  if (r.outcome === 'snoozed') return t('answerWasSnoozed');
  if (r.outcome === 'skipped') return t('answerWasSkipped');
  if (r.kind === 'posture') return t(r.fixed ? 'answerWasFixed' : 'answerWasGood');
  return t('answerWasDone');
}

/** What a closed part says; undefined status: it closed elsewhere, or expired. */
export function partStatusText(status: PartStatus | undefined): string {
  if (status === undefined) return t('promptClosed');
  if (typeof status === 'string') return t(DONE_KEY[status]);
  const { other, mine } = status;
  return mine.action === 'rated'
    ? t('answeredElsewhereScore', [storedAnswer(other), String(mine.score)])
    : t('answeredElsewhere', storedAnswer(other));
}

/** Whether the status tells the user their answer was not saved (the window stays to say so). */
export const notSaved = (status: PartStatus | undefined): boolean =>
  status === 'gone' || (typeof status === 'object' && status !== null);
