import { KIND_TEXT } from '../../utils/core/content/kind-text';
import { formatList, formatTime } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { Upcoming } from '../../utils/core/scheduler';

/**
 * A latest end in words: "18:00" today, "tomorrow 08:00", "Mon 08:00" later
 * (docs/clinical-basis.md, "Holds": a pause "until I resume" ends at the next work day's start).
 */
export function latestTime(at: number, now: number): string {
  const tomorrow = new Date(now);
  tomorrow.setDate(tomorrow.getDate() + 1);
  if (new Date(at).toDateString() === tomorrow.toDateString()) return t('popupTomorrowAt', formatTime(at, at));
  return formatTime(at, now);
}

/** Why prompts are held, in words: a browser window in fullscreen, a tab playing sound, or both. */
function browserHoldText(up: Upcoming): string | null {
  const fullscreen = up.holding.includes('fullscreen');
  const audible = up.holding.includes('audible');
  if (fullscreen && audible) return t('popupHoldBoth');
  if (fullscreen) return t('popupHoldFullscreen');
  if (audible) return t('popupHoldAudible');
  return null;
}

/** "2 waiting: Posture check and Stretch break. They come together when this ends." */
function heldText(up: Upcoming): string | null {
  if (!up.holding.length || !up.held.length) return null;
  const kinds = formatList(up.held.map((k) => t(KIND_TEXT[k])));
  return up.held.length === 1 ? t('popupHeldOne', kinds) : t('popupHeldMany', [String(up.held.length), kinds]);
}

/**
 * The popup's status while paused or holding: in words (never colour alone), in a live region
 * that is always there so a change is announced, each with the button that ends it.
 */
export function HoldStatus(props: {
  up: Upcoming;
  now: number;
  disabled: boolean;
  onResume(): void;
  onEndMeeting(): void;
}) {
  const { up, now, disabled } = props;
  const pause =
    up.pausedUntil === null
      ? null
      : up.pauseResume
        ? t('popupPausedResume', latestTime(up.pausedUntil, now))
        : t('pausedUntil', formatTime(up.pausedUntil, now));
  const meeting =
    up.meeting === null
      ? null
      : up.meeting.open
        ? t('popupMeetingOpen', latestTime(up.meeting.until, now))
        : t('popupMeetingUntil', formatTime(up.meeting.until, now));
  const browser = browserHoldText(up);
  const held = heldText(up);
  const shown = pause !== null || meeting !== null || browser !== null;
  return (
    <div class={shown ? 'hold-status banner' : 'hold-status'}>
      <div role="status" class="hold-lines">
        {pause && <p>{pause}</p>}
        {meeting && <p>{meeting}</p>}
        {browser && <p>{browser}</p>}
        {held && <p>{held}</p>}
      </div>
      {(pause || meeting) && (
        <div class="row">
          {pause && (
            <button type="button" class="btn btn-small" disabled={disabled} onClick={props.onResume}>
              {t('resume')}
            </button>
          )}
          {meeting && (
            <button type="button" class="btn btn-small" disabled={disabled} onClick={props.onEndMeeting}>
              {t('popupMeetingEnd')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
