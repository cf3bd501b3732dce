/**
 * Held prompts in words, for the diary, the summary and the report: why they were held, which
 * prompts, and how long ("1 h 30 min"). docs/clinical-basis.md, "Holds".
 */
import { formatList } from '../../utils/format';
import { t } from '../../utils/i18n';
import { HOLD_REASONS } from '../../utils/core/data/hold-reason';
import type { HoldReason } from '../../utils/core/data/hold-reason';
import type { HeldKind } from '../../utils/core/data/records';
import type { MessageKey } from '../../utils/i18n';

const REASON: Record<HoldReason, MessageKey> = {
  meeting: 'holdReasonMeeting',
  audible: 'holdReasonAudible',
  fullscreen: 'holdReasonFullscreen',
};

const KIND: Record<HeldKind, MessageKey> = {
  stretch: 'heldKindStretch',
  posture: 'heldKindPosture',
  eyes: 'heldKindEyes',
  pain: 'heldKindPain',
  peg: 'heldKindPeg',
  morning: 'heldKindMorning',
  breathing: 'heldKindBreathing',
  water: 'heldKindWater',
};

/** "a meeting", "a tab playing sound", "a window in fullscreen". */
export const holdReasonText = (reason: HoldReason): string => t(REASON[reason]);

/** The reasons in a fixed order, as a list: "a window in fullscreen and a tab playing sound". */
export function holdReasonsText(reasons: readonly HoldReason[]): string {
  return formatList(HOLD_REASONS.filter((r) => reasons.includes(r)).map(holdReasonText));
}

/** "posture check and stretch break", each kind once. */
export function heldKindsText(kinds: readonly HeldKind[]): string {
  return formatList([...new Set(kinds)].map((k) => t(KIND[k])));
}

/**
 * A duration in whole minutes: "45 min", "2 h", "4 h 10 min". Anything above nothing is at least
 * a minute, so a short hold never reads as none.
 */
export function formatDuration(ms: number): string {
  const minutes = ms > 0 ? Math.max(1, Math.round(ms / 60_000)) : 0;
  if (minutes < 60) return t('durationMinutes', String(minutes));
  const hours = String(Math.floor(minutes / 60));
  const rest = minutes % 60;
  return rest ? t('durationHoursMinutes', [hours, String(rest)]) : t('durationHours', hours);
}
