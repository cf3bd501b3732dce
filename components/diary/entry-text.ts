/** What a diary entry says, in words: what it is, its details, and its marks (edited, added later). */
import { formatList, formatRecordTime, locale } from '../../utils/format';
import { t } from '../../utils/i18n';
import { breakOutcome } from '../../utils/core/stats/adherence';
import { morningText } from '../common/morning-words';
import { formatDuration, heldKindsText, holdReasonsText } from '../common/hold-words';
import type { MessageKey } from '../../utils/i18n';
import type { BreakKind, BreakRecord, HoldRecord, LimberRecord, RatingRecord } from '../../utils/core/data/records';

const BREAK_KIND: Record<BreakKind, MessageKey> = {
  stretch: 'kindstretch',
  posture: 'kindposture',
  eyes: 'kindeyes',
  natural: 'diaryKindNatural',
  pain: 'kindpain',
  peg: 'kindpeg',
  morning: 'kindmorning',
  breathing: 'kindbreathing',
  water: 'kindwater',
};

const REASON: Record<string, MessageKey> = {
  meeting: 'diaryReasonMeeting',
  focus: 'diaryReasonFocus',
  pause: 'diaryReasonPause',
  'snooze-limit': 'diaryReasonSnoozeLimit',
};

const minutes = (seconds: number): string => String(Math.max(1, Math.round(seconds / 60)));

/**
 * A stretch break marked done, by what happened, as the summary and the report count it
 * (`breakOutcome`, docs/clinical-basis.md, "Stretch break"). A record from before the guide's
 * progress was kept says only what is known: started (it has a time) or not.
 */
function stretchDoneText(r: BreakRecord): string {
  if (r.guided === undefined && r.seconds !== undefined) return t('diaryStretchStartedUntracked');
  const outcome = breakOutcome(r);
  return t(
    outcome === 'guided'
      ? 'diaryStretchGuided'
      : outcome === 'started'
        ? 'diaryStretchStarted'
        : 'diaryStretchUnguided',
  );
}

function outcomeText(r: BreakRecord): string {
  if (r.kind === 'stretch' && r.outcome === 'done') return stretchDoneText(r);
  if (r.kind === 'posture' && r.outcome === 'done') return t(r.fixed ? 'diaryPostureFixed' : 'diaryPostureFine');
  if (r.kind === 'natural' && r.outcome === 'done' && r.seconds !== undefined)
    return t('diaryAway', minutes(r.seconds));
  switch (r.outcome) {
    case 'done':
      return t('diaryOutcomeDone');
    case 'snoozed':
      return t('diaryOutcomeSnoozed');
    case 'missed':
      return t('diaryOutcomeMissed');
    default: {
      const reason = r.reason ? REASON[r.reason] : undefined;
      return reason ? t('diaryOutcomeSkippedBecause', t(reason)) : t('diaryOutcomeSkipped');
    }
  }
}

/**
 * Prompts held while the user was busy: "Held (a meeting, 45 min): posture check and stretch
 * break — shown after", and what was no longer relevant when the hold ended (docs/clinical-basis.md,
 * "Holds").
 */
function holdText(r: HoldRecord): string {
  const hold = t('diaryHold', [holdReasonsText(r.reasons), formatDuration(r.ms)]);
  const shown = r.kinds.filter((k) => r.shown.includes(k));
  const dropped = r.kinds.filter((k) => !r.shown.includes(k));
  const parts = [
    ...(shown.length ? [t('diaryHoldShown', heldKindsText(shown))] : []),
    ...(dropped.length ? [t('diaryHoldDropped', heldKindsText(dropped))] : []),
  ];
  return parts.length ? t('diaryEntryWhat', [hold, parts.join('; ')]) : hold;
}

/** A rating's context in words: "Medication: ibuprofen, Heat, Yoga" (own tags as typed). */
export function contextText(r: RatingRecord): string | null {
  const tags = (r.tags ?? []).map((tag) =>
    tag === 'medication' && r.medicine ? t('ctxMedicationNamed', r.medicine) : t(`ctx${tag}`),
  );
  const all = [...tags, ...(r.ownTags ?? [])];
  return all.length ? formatList(all) : null;
}

export interface EntryText {
  /** One line: "Pain 6 of 10", "Stretch break: guided, completed". */
  what: string;
  /** Further lines: the body regions, how long a break lasted. */
  details: string[];
  /** The rating's note, as the user wrote it. */
  note?: string;
}

export function entryText(r: LimberRecord): EntryText {
  if (r.type === 'rating') {
    const details = r.regions?.length ? [t('diaryRegions', formatList(r.regions.map((x) => t(`region${x}`))))] : [];
    const context = contextText(r);
    if (context) details.push(t('diaryContext', context));
    return { what: t('diaryRating', String(r.score)), details, ...(r.note ? { note: r.note } : {}) };
  }
  if (r.type === 'peg') {
    const what = t('answerWasPeg', [String(r.pain), String(r.enjoyment), String(r.activity)]);
    return { what: t('diaryEntryWhat', [t('kindpeg'), what]), details: [] };
  }
  if (r.type === 'hold') return { what: holdText(r), details: [] };
  if (r.type === 'morning') return { what: t('diaryEntryWhat', [t('kindmorning'), morningText(r)]), details: [] };
  const details =
    r.kind !== 'natural' && r.outcome === 'done' && r.seconds !== undefined
      ? [t('diaryMinutes', minutes(r.seconds))]
      : [];
  return { what: t('diaryEntryWhat', [t(BREAK_KIND[r.kind]), outcomeText(r)]), details };
}

let moments: Intl.DateTimeFormat | undefined;
/** "22 Nov, 10:04": when a change was made, on this computer's clock. */
export function formatMoment(at: number): string {
  moments ??= new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
  return moments.format(at);
}

/** The marks of a rating changed or added afterwards, or a morning check changed, in words (never colour alone). */
export function entryMarks(r: LimberRecord): string[] {
  if (r.type === 'morning')
    return r.edited ? [t('diaryMorningEdited', [formatMoment(r.edited.at), morningText(r.edited.from)])] : [];
  if (r.type !== 'rating') return [];
  const marks: string[] = [];
  const rating: RatingRecord = r;
  if (rating.added !== undefined) marks.push(t('diaryAddedLater', formatMoment(rating.added)));
  if (rating.edited)
    marks.push(
      t('diaryEdited', [
        formatMoment(rating.edited.at),
        String(rating.edited.fromScore),
        formatRecordTime(rating.edited.fromAt, rating.tz),
      ]),
    );
  return marks;
}
