import * as v from 'valibot';
import { REGIONS } from '../content/regions';
import { CONTEXT_TAGS, MEDICINE_MAX, OWN_TAG_MAX, OWN_TAG_PATTERN, OWN_TAGS_MAX } from '../content/context-tags';
import { HOLD_REASONS } from './hold-reason';
import { hasAnswer, MorningSchema } from './morning';
import { score0to10, stampAt, stampEntries as stamp } from './stamp';
import type { ContextTag } from '../content/context-tags';
import type { HoldReason } from './hold-reason';
import type { MorningRecord } from './morning';
import type { Stamp } from './stamp';
import type { Region } from '../content/regions';

export { RECORD_VERSION } from './record-version';
export type { Stamp } from './stamp';
export type { MorningRecord } from './morning';
export const NOTE_MAX = 500;

export type RatingSource = 'prompt' | 'manual' | 'after-break';
export type BreakKind = 'stretch' | 'posture' | 'eyes' | 'natural' | 'pain' | 'peg' | 'morning' | 'breathing' | 'water';
export type BreakOutcome = 'done' | 'snoozed' | 'skipped' | 'missed';
/**
 * A stretch break marked done: whether its guide ran. `completed`: every stretch round ran (the
 * closing walk or breathing may be ended early); `partial`: started, ended before that; `none`:
 * marked done without starting it (docs/clinical-basis.md, "Stretch break").
 */
export type GuideRun = 'none' | 'partial' | 'completed';
export const GUIDE_RUNS = ['none', 'partial', 'completed'] as const satisfies readonly GuideRun[];

/** A rating changed after it was made (see utils/core/data/edit.ts): when, and what it first said. */
export interface EditMark {
  /** Epoch ms of the latest change. */
  at: number;
  /** The score and time the rating had before its first change. */
  fromScore: number;
  fromAt: number;
}

export interface RatingRecord extends Stamp {
  type: 'rating';
  source: RatingSource;
  score: number;
  regions?: Region[];
  note?: string;
  /** Context tapped after the score (Limber's own tags), and the user's own tags, as typed. */
  tags?: ContextTag[];
  ownTags?: string[];
  /** The medicine taken, where the medication tag has a name. */
  medicine?: string;
  /** Changed later than a moment after it was made (a correction right after a click is not marked). */
  edited?: EditMark;
  /** Epoch ms when a missed rating was added afterwards; `at` is the time it is about. */
  added?: number;
}

/**
 * A break prompt's outcome. Posture checks, eye breaks and unanswered pain or PEG prompts are
 * logged here too, so adherence can be counted from one place.
 */
export interface BreakRecord extends Stamp {
  type: 'break';
  kind: BreakKind;
  outcome: BreakOutcome;
  seconds?: number;
  /**
   * Stretch break done: whether the guide ran. Absent on records from before it was kept: there a
   * `seconds` means the guide was started, its absence that it was not.
   */
  guided?: GuideRun;
  reason?: string;
  /** Posture check: whether the user had to fix something. */
  fixed?: boolean;
  /** Posture check: which checklist item was shown. */
  item?: number;
}

/**
 * The weekly PEG check (Krebs et al. 2009): three 0–10 items about the past week (docs/clinical-basis.md,
 * "Weekly PEG check").
 */
export interface PegRecord extends Stamp {
  type: 'peg';
  /** Average pain in the past week. */
  pain: number;
  /** How much pain interfered with enjoyment of life. */
  enjoyment: number;
  /** How much pain interfered with general activity. */
  activity: number;
}

/**
 * Prompts held back while the user was busy (a fullscreen window, a tab playing sound, the meeting
 * hold): `at` is when the hold was first seen with something due, `ms` how long it lasted, `kinds`
 * what fell due during it, `shown` which of them came in the prompt after it (the rest were no
 * longer relevant: docs/clinical-basis.md, "Holds"). Never a missed prompt.
 */
export interface HoldRecord extends Stamp {
  type: 'hold';
  ms: number;
  reasons: HoldReason[];
  kinds: HeldKind[];
  shown: HeldKind[];
}

/** The prompt kinds (every break kind but a natural break, which is never prompted). */
export type HeldKind = Exclude<BreakKind, 'natural'>;

export type LimberRecord = RatingRecord | BreakRecord | PegRecord | HoldRecord | MorningRecord;

export const RatingSchema = v.object({
  ...stamp,
  type: v.literal('rating'),
  source: v.picklist(['prompt', 'manual', 'after-break']),
  score: score0to10(),
  regions: v.optional(v.array(v.picklist(REGIONS))),
  note: v.optional(v.pipe(v.string(), v.maxLength(NOTE_MAX))),
  tags: v.optional(v.pipe(v.array(v.picklist(CONTEXT_TAGS)), v.maxLength(CONTEXT_TAGS.length))),
  ownTags: v.optional(
    v.pipe(v.array(v.pipe(v.string(), v.regex(OWN_TAG_PATTERN), v.maxLength(OWN_TAG_MAX))), v.maxLength(OWN_TAGS_MAX)),
  ),
  medicine: v.optional(v.pipe(v.string(), v.regex(/\S/), v.maxLength(MEDICINE_MAX))),
  edited: v.optional(v.object({ at: stamp.at, fromScore: score0to10(), fromAt: stamp.at })),
  added: v.optional(stamp.at),
});

export const BreakSchema = v.object({
  ...stamp,
  type: v.literal('break'),
  kind: v.picklist(['stretch', 'posture', 'eyes', 'natural', 'pain', 'peg', 'morning', 'breathing', 'water']),
  outcome: v.picklist(['done', 'snoozed', 'skipped', 'missed']),
  seconds: v.optional(v.pipe(v.number(), v.minValue(0))),
  guided: v.optional(v.picklist(GUIDE_RUNS)),
  reason: v.optional(v.pipe(v.string(), v.maxLength(100))),
  fixed: v.optional(v.boolean()),
  item: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

const score = score0to10();

export const PegSchema = v.object({
  ...stamp,
  type: v.literal('peg'),
  pain: score,
  enjoyment: score,
  activity: score,
});

const HELD_KINDS = ['stretch', 'posture', 'eyes', 'pain', 'peg', 'morning', 'breathing', 'water'] as const;
const promptKinds = v.pipe(v.array(v.picklist(HELD_KINDS)), v.maxLength(HELD_KINDS.length));

export const HoldSchema = v.object({
  ...stamp,
  type: v.literal('hold'),
  ms: v.pipe(v.number(), v.integer(), v.minValue(0)),
  reasons: v.pipe(v.array(v.picklist(HOLD_REASONS)), v.minLength(1), v.maxLength(3)),
  kinds: promptKinds,
  shown: promptKinds,
});

export const RecordSchema = v.pipe(
  v.variant('type', [RatingSchema, BreakSchema, PegSchema, HoldSchema, MorningSchema]),
  v.check((r) => r.type !== 'morning' || hasAnswer(r), 'a morning check holds at least one answer'),
);

export function isRecord(value: unknown): value is LimberRecord {
  return v.is(RecordSchema, value);
}

export function makeRating(
  fields: { id: string; at: number; source: RatingSource; score: number; regions?: Region[]; note?: string },
  timeZone: string,
): RatingRecord {
  const { id, at, ...rest } = fields;
  return { ...stampAt(id, at, timeZone), type: 'rating', ...rest };
}

export function makeBreak(
  fields: {
    id: string;
    at: number;
    kind: BreakKind;
    outcome: BreakOutcome;
    seconds?: number;
    guided?: GuideRun;
    reason?: string;
    fixed?: boolean;
    item?: number;
  },
  timeZone: string,
): BreakRecord {
  const { id, at, ...rest } = fields;
  const record: BreakRecord = { ...stampAt(id, at, timeZone), type: 'break', kind: rest.kind, outcome: rest.outcome };
  if (rest.seconds !== undefined) record.seconds = rest.seconds;
  if (rest.guided !== undefined) record.guided = rest.guided;
  if (rest.reason !== undefined) record.reason = rest.reason;
  if (rest.fixed !== undefined) record.fixed = rest.fixed;
  if (rest.item !== undefined) record.item = rest.item;
  return record;
}

export function makePeg(
  fields: { id: string; at: number; pain: number; enjoyment: number; activity: number },
  timeZone: string,
): PegRecord {
  const { id, at, pain, enjoyment, activity } = fields;
  return { ...stampAt(id, at, timeZone), type: 'peg', pain, enjoyment, activity };
}

export function makeHold(
  fields: { id: string; at: number; ms: number; reasons: HoldReason[]; kinds: HeldKind[]; shown: HeldKind[] },
  timeZone: string,
): HoldRecord {
  const { id, at, ms, reasons, kinds, shown } = fields;
  return { ...stampAt(id, at, timeZone), type: 'hold', ms, reasons, kinds, shown };
}
