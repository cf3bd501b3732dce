/**
 * Opening prompts: one prompt holds every kind due at about the same time, and the user may ask
 * for a break or a rating at any moment.
 */
import { POSTURE_ITEMS } from '../content/posture';
import { ms } from './context';
import { dueKindsIgnoringGates } from './due';
import { painSlots, pegSlot } from './fixed-times';
import { PROMPT_KINDS } from './state';
import type { StepContext } from './context';
import type { PromptKind } from './state';

/** Shows a prompt holding `kinds`, marking the fixed-time slots it covers as handled. */
export function openPrompt(ctx: StepContext, kinds: PromptKind[], manual: boolean): void {
  const { s, now, settings } = ctx;
  const snoozesLeft: Partial<Record<PromptKind, number>> = {};
  for (const k of kinds) {
    snoozesLeft[k] = Math.max(0, settings.snooze.limit - (s.snooze[k]?.count ?? 0));
    const z = s.snooze[k];
    if (z) z.until = null;
  }
  const postureItem = s.postureItem % POSTURE_ITEMS.length;
  if (kinds.includes('posture')) s.postureItem = (postureItem + 1) % POSTURE_ITEMS.length;
  const horizon = now + ms(settings.prompt.mergeSec);
  if (kinds.includes('pain')) {
    for (const slot of painSlots(ctx, s.pain.date)) {
      if (slot.at <= horizon && !s.pain.done.includes(slot.minutes)) s.pain.done.push(slot.minutes);
    }
  }
  // Shown today: the day's morning check is handled, whatever the answer (a snooze brings it back).
  if (kinds.includes('morning')) s.morning.done = s.pain.date;
  if (kinds.includes('peg')) {
    const slot = pegSlot(ctx, s.pain.date);
    if (slot && slot.at <= horizon) s.peg.done = slot.date;
  }
  const ordered = PROMPT_KINDS.filter((k) => kinds.includes(k));
  s.pending = {
    // Two prompts in the same millisecond (an answer and a new request) still get distinct ids.
    id: s.lastPromptAt === now ? `p${now}-${ordered.join('')}` : `p${now}`,
    kinds: ordered,
    open: [...ordered],
    shownAt: now,
    expiresAt: now + ms(settings.prompt.expireSec),
    manual,
    postureItem,
    snoozesLeft,
  };
  s.lastPromptAt = now;
  ctx.show = s.pending;
}

/** The user asked for a break or a rating now: show it at once, with whatever else is due. */
export function askNow(ctx: StepContext, kind: 'stretch' | 'pain'): void {
  const { s } = ctx;
  if (s.pending?.kinds.includes(kind) && !s.pending.open.includes(kind)) {
    // Already answered in this prompt: a new prompt (with what is still open), so the new
    // answer gets a record of its own.
    const carry = s.pending.open;
    s.pending = null;
    openPrompt(ctx, [...new Set<PromptKind>([kind, ...carry])], true);
    return;
  }
  if (s.pending) {
    // Re-showing at the user's request; it is theirs now, not the schedule's.
    s.pending.manual = true;
    if (!s.pending.kinds.includes(kind)) {
      s.pending.kinds = PROMPT_KINDS.filter((k) => k === kind || s.pending!.kinds.includes(k));
      s.pending.snoozesLeft[kind] = Math.max(0, ctx.settings.snooze.limit - (s.snooze[kind]?.count ?? 0));
    }
    if (!s.pending.open.includes(kind)) {
      s.pending.open = PROMPT_KINDS.filter((k) => k === kind || s.pending!.open.includes(k));
    }
    ctx.show = s.pending;
    return;
  }
  const extra = dueKindsIgnoringGates(ctx);
  openPrompt(ctx, [...new Set<PromptKind>([kind, ...extra])], true);
}
