import * as v from 'valibot';
import { REGIONS } from './regions';
import { wallTime } from './local-time';
import type { LocalDate } from './local-time';
import type { Region } from './regions';

export const RECORD_VERSION = 1;
export const NOTE_MAX = 500;

export type RatingSource = 'prompt' | 'manual' | 'after-break';
export type BreakKind = 'stretch' | 'posture' | 'eyes' | 'natural' | 'pain';
export type BreakOutcome = 'done' | 'snoozed' | 'skipped' | 'missed';

interface Stamp {
  v: typeof RECORD_VERSION;
  id: string;
  /** Epoch ms. */
  at: number;
  /** Minutes east of UTC when the record was made. */
  tz: number;
  /** Local calendar date when the record was made, so a day stays a day across travel and DST. */
  date: LocalDate;
}

export interface RatingRecord extends Stamp {
  type: 'rating';
  source: RatingSource;
  score: number;
  regions?: Region[];
  note?: string;
}

/**
 * A break prompt's outcome. Posture checks and unanswered pain prompts are logged here too
 * (`kind: 'posture'` / `'pain'`), so adherence can be counted from one place.
 */
export interface BreakRecord extends Stamp {
  type: 'break';
  kind: BreakKind;
  outcome: BreakOutcome;
  seconds?: number;
  reason?: string;
  /** Posture check: whether the user had to fix something. */
  fixed?: boolean;
  /** Posture check: which checklist item was shown. */
  item?: number;
}

export type LimberRecord = RatingRecord | BreakRecord;

const stamp = {
  v: v.literal(RECORD_VERSION),
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
  tz: v.pipe(v.number(), v.integer(), v.minValue(-14 * 60), v.maxValue(14 * 60)),
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
};

export const RatingSchema = v.object({
  ...stamp,
  type: v.literal('rating'),
  source: v.picklist(['prompt', 'manual', 'after-break']),
  score: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)),
  regions: v.optional(v.array(v.picklist(REGIONS))),
  note: v.optional(v.pipe(v.string(), v.maxLength(NOTE_MAX))),
});

export const BreakSchema = v.object({
  ...stamp,
  type: v.literal('break'),
  kind: v.picklist(['stretch', 'posture', 'eyes', 'natural', 'pain']),
  outcome: v.picklist(['done', 'snoozed', 'skipped', 'missed']),
  seconds: v.optional(v.pipe(v.number(), v.minValue(0))),
  reason: v.optional(v.pipe(v.string(), v.maxLength(100))),
  fixed: v.optional(v.boolean()),
  item: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

export const RecordSchema = v.variant('type', [RatingSchema, BreakSchema]);

export function isRecord(value: unknown): value is LimberRecord {
  return v.is(RecordSchema, value);
}

function stampAt(id: string, at: number, timeZone: string): Stamp {
  const w = wallTime(at, timeZone);
  return { v: RECORD_VERSION, id, at, tz: w.offset, date: w.date };
}

export function makeRating(
  fields: { id: string; at: number; source: RatingSource; score: number; regions?: Region[]; note?: string },
  timeZone: string,
): RatingRecord {
  const { id, at, ...rest } = fields;
  return { ...stampAt(id, at, timeZone), type: 'rating', ...rest };
}

export function makeBreak(
  fields: { id: string; at: number; kind: BreakKind; outcome: BreakOutcome; seconds?: number; reason?: string; fixed?: boolean; item?: number },
  timeZone: string,
): BreakRecord {
  const { id, at, ...rest } = fields;
  const record: BreakRecord = { ...stampAt(id, at, timeZone), type: 'break', kind: rest.kind, outcome: rest.outcome };
  if (rest.seconds !== undefined) record.seconds = rest.seconds;
  if (rest.reason !== undefined) record.reason = rest.reason;
  if (rest.fixed !== undefined) record.fixed = rest.fixed;
  if (rest.item !== undefined) record.item = rest.item;
  return record;
}
