/**
 * The toolbar button says what is going on: in words (its title, which is also its name for screen
 * readers) and by a mark on its badge, never by colour alone.
 */
import { browser } from 'wxt/browser';
import { formatList, formatTime } from '../../utils/format';
import { t } from '../../utils/i18n';
import { PROMPT_KINDS } from '../../utils/core/scheduler';
import type { MessageKey } from '../../utils/i18n';
import type { HoldReason, Plan } from '../../utils/core/scheduler';

export interface BadgeLook {
  text: string;
  title: string;
}

/** Something to act on (a waiting prompt, storage full): the warm colour. */
const ATTENTION = '#b4461f';
/** Quiet states (paused, a meeting): a neutral grey, white text at 7:1. */
const QUIET = '#595959';
/**
 * Paused: two bars, the pause sign every media player uses, drawn with letters every badge font
 * has (the ⏸ character is missing from some fonts and turns into a coloured emoji in others).
 */
export const PAUSED_MARK = 'II';
/** Held with nothing due yet (a meeting): "waiting", the same in every language. */
export const HOLDING_MARK = '…';

const UNTIL: Record<HoldReason, MessageKey> = {
  fullscreen: 'holdUntilFullscreen',
  audible: 'holdUntilAudible',
  meeting: 'holdUntilMeeting',
};

/**
 * In order: storage refused a write; a prompt waits to be answered; paused; held (with how many
 * kinds wait for the hold to end). A fullscreen window or a sounding tab with nothing due shows no
 * mark: the toolbar is hidden in fullscreen, and sound that stopped is only seen at the next look,
 * so such a mark would mostly be out of date. A meeting the user started shows until it ends.
 */
export function badgeFor(plan: Pick<Plan, 'state' | 'holding'>, refused: boolean, now: number): BadgeLook {
  const { pending, pause, held } = plan.state;
  const holding = plan.holding;
  if (refused) return { text: '!', title: t('badgeStorageFull') };
  const open = pending?.open ?? [];
  if (open.length > 0 && holding.length === 0) return { text: String(open.length), title: t('badgeTitle') };
  if (pause) {
    const until = pause.until === null ? '' : formatTime(pause.until, now);
    return { text: PAUSED_MARK, title: t(pause.resume ? 'badgePausedResume' : 'badgePaused', until) };
  }
  const waiting = PROMPT_KINDS.filter((k) => open.includes(k) || (held?.kinds ?? []).includes(k)).length;
  if (waiting > 0) {
    const until = formatList(holding.map((r) => t(UNTIL[r])));
    const title = waiting === 1 ? t('badgeHeldOne', until) : t('badgeHeldMany', [String(waiting), until]);
    return { text: String(waiting), title };
  }
  if (holding.includes('meeting')) return { text: HOLDING_MARK, title: t('badgeHolding', t(UNTIL.meeting)) };
  return { text: '', title: t('extName') };
}

export async function setBadge(look: BadgeLook): Promise<void> {
  await browser.action.setBadgeText({ text: look.text });
  if (look.text) {
    const quiet = look.text === PAUSED_MARK || look.text === HOLDING_MARK;
    await browser.action.setBadgeBackgroundColor({ color: quiet ? QUIET : ATTENTION });
  }
  await browser.action.setTitle({ title: look.title });
}
