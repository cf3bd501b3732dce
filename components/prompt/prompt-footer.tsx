import type { JSX } from 'preact';
import { t } from '../../utils/i18n';
import type { Answer } from '../../utils/core/scheduler';

export interface PromptFooterProps {
  /** Whether any part is still open: snooze and skip apply to those; otherwise only Close is left. */
  open: boolean;
  snoozesLeft: number;
  snoozeSec: number;
  busy: boolean;
  /** The answer for every open part at once. */
  onAll(a: Answer): void;
}

/** Snooze or skip what is left of the prompt (skipping may say why), or close it when done. */
export function PromptFooter({ open, snoozesLeft, snoozeSec, busy, onAll }: PromptFooterProps): JSX.Element {
  return (
    <footer class="prompt-footer stack">
      {open ? (
        <>
          <div class="row">
            <button
              type="button"
              class="btn"
              disabled={busy || snoozesLeft <= 0}
              onClick={() => onAll({ action: 'snooze' })}
            >
              {snoozesLeft <= 0
                ? t('snoozeNoneLeft')
                : snoozeSec < 60
                  ? t('snoozeSeconds', String(snoozeSec))
                  : t('snooze', String(Math.round(snoozeSec / 60)))}
            </button>
            <button type="button" class="btn" disabled={busy} onClick={() => onAll({ action: 'skip' })}>
              {t('skip')}
            </button>
          </div>
          <div class="row muted">
            <span>{t('skipBecause')}</span>
            <button
              type="button"
              class="btn btn-small"
              disabled={busy}
              onClick={() => onAll({ action: 'skip', reason: 'meeting' })}
            >
              {t('skipMeeting')}
            </button>
            <button
              type="button"
              class="btn btn-small"
              disabled={busy}
              onClick={() => onAll({ action: 'skip', reason: 'focus' })}
            >
              {t('skipFocus')}
            </button>
          </div>
        </>
      ) : (
        <div class="row">
          <button type="button" class="btn" onClick={() => window.close()}>
            {t('close')}
          </button>
        </div>
      )}
    </footer>
  );
}
