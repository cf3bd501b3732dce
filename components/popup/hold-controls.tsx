import { t } from '../../utils/i18n';
import type { MessageKey } from '../../utils/i18n';
import type { MeetingChoice, PauseChoice } from '../../utils/core/scheduler';
import type { UserEvent } from '../../utils/messaging';

const PAUSES: { choice: PauseChoice; key: MessageKey }[] = [
  { choice: '30m', key: 'pause30m' },
  { choice: '1h', key: 'pause1h' },
  { choice: '2h', key: 'pause2h' },
  { choice: 'tomorrow', key: 'pauseTomorrow' },
  { choice: 'indefinite', key: 'pauseIndefinite' },
];

/** The manual hold (docs/clinical-basis.md, "Holds"): prompts wait, and come as one after. */
const MEETINGS: { choice: MeetingChoice; key: MessageKey }[] = [
  { choice: '30m', key: 'meeting30m' },
  { choice: '60m', key: 'meeting60m' },
  { choice: '90m', key: 'meeting90m' },
  { choice: 'open', key: 'meetingOpen' },
];

/**
 * Pause reminders (not while paused) and "I'm in a meeting" (not while in one), side by side.
 * Each sends its user event; the status above says what is on.
 */
export function HoldControls(props: {
  paused: boolean;
  meeting: boolean;
  disabled: boolean;
  send(event: UserEvent): void;
}) {
  const { disabled, send } = props;
  return (
    <>
      {!props.paused && (
        <section aria-labelledby="pause-title" class="stack popup-choices">
          <h2 id="pause-title" class="muted">
            {t('popupPause')}
          </h2>
          <div class="row">
            {PAUSES.map((p) => (
              <button
                key={p.choice}
                type="button"
                class="btn btn-small"
                disabled={disabled}
                onClick={() => send({ type: 'pause', choice: p.choice })}
              >
                {t(p.key)}
              </button>
            ))}
          </div>
        </section>
      )}
      {!props.paused && !props.meeting && (
        <section aria-labelledby="meeting-title" class="stack popup-choices">
          <h2 id="meeting-title" class="muted">
            {t('popupMeeting')}
          </h2>
          <div class="row">
            {MEETINGS.map((m) => (
              <button
                key={m.choice}
                type="button"
                class="btn btn-small"
                aria-label={t('popupMeetingLabel', t(m.key))}
                disabled={disabled}
                onClick={() => send({ type: 'meeting', choice: m.choice })}
              >
                {t(m.key)}
              </button>
            ))}
          </div>
        </section>
      )}
    </>
  );
}
