import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { stretchHow, stretchName, stretchWhere } from './stretch-text';
import { breakPlan } from '../../utils/core/content/break-plan';
import { useBreakSetup } from './use-stretch-picks';
import type { MessageKey } from '../../utils/i18n';
import type { BreakPlan, RestKind, Segment } from '../../utils/core/content/break-plan';
import type { Stretch } from '../../utils/core/content/stretches';
import type { JSX } from 'preact';

export interface StretchBreakProps {
  stretches: readonly Stretch[];
  /** The length the break fills, and whether it is gentle (flare mode); from the settings when not given. */
  lengthSec?: number;
  gentle?: boolean;
  disabled?: boolean;
  /**
   * `seconds` is how long the guide ran and `guided` how far: `completed` once every stretch round
   * ran (the closing walk or breathing may be ended early), else `partial`. Both undefined when the
   * user did not start it (docs/clinical-basis.md, "Stretch break").
   */
  onDone(seconds: number | undefined, guided?: 'partial' | 'completed'): void;
}

type Phase =
  | { step: 'ready' }
  | { step: 'running'; plan: BreakPlan; index: number; endsAt: number }
  | { step: 'finished'; plan: BreakPlan };

const REST_TEXT: Record<RestKind, { name: MessageKey; how: MessageKey }> = {
  move: { name: 'stretchMoveName', how: 'stretchMoveHow' },
  breathe: { name: 'stretchBreatheName', how: 'stretchBreatheHow' },
};

/** "45 s", or "3:30 min" from a minute on. */
function duration(sec: number, left = false): string {
  if (sec < 60) return t(left ? 'stretchRemaining' : 'stretchSeconds', String(sec));
  const clock = `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;
  return t(left ? 'stretchRemainingClock' : 'stretchMinutes', clock);
}

function progressText(segment: Segment, index: number, plan: BreakPlan): string {
  if (segment.kind !== 'stretch') return t(REST_TEXT[segment.kind].name);
  const perRound = plan.stretches.length;
  const step = t('stretchProgress', [String((index % perRound) + 1), String(perRound)]);
  return plan.rounds > 1 ? `${step} · ${t('stretchRoundOf', [String(segment.round), String(plan.rounds)])}` : step;
}

/**
 * A guided break that fills its length: rounds of the stretches, each held for its time with a
 * visible countdown, then time on one's feet (or slow breathing in flare mode). Done is always allowed.
 */
export function StretchBreak({ stretches, lengthSec, gentle, disabled, onDone }: StretchBreakProps): JSX.Element {
  const setup = useBreakSetup();
  const length = lengthSec ?? setup?.lengthSec;
  const calm = gentle ?? setup?.gentle ?? false;
  const preview = useMemo(
    () => (length === undefined ? null : breakPlan(stretches, length, calm)),
    [stretches, length, calm],
  );
  const [phase, setPhase] = useState<Phase>({ step: 'ready' });
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (phase.step !== 'running') return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [phase.step]);

  // checked on each tick of the countdown clock (`now`); the phase only changes through advance() itself.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see the comment above.
  useEffect(() => {
    if (phase.step === 'running' && now >= phase.endsAt) advance(true);
  }, [now]);

  // Once started, the break keeps the plan it started with.
  const plan = phase.step === 'ready' ? preview : phase.plan;
  /** Starts segment `index` at `at`: now, or when the one before ran out, so the clock never drifts. */
  const begin = (p: BreakPlan, index: number, at = Date.now()): void => {
    const segment = p.segments[index];
    if (!segment) {
      setPhase({ step: 'finished', plan: p });
      return;
    }
    setPhase({ step: 'running', plan: p, index, endsAt: at + segment.seconds * 1000 });
  };
  const advance = (ranOut = false): void => {
    if (phase.step === 'running') begin(phase.plan, phase.index + 1, ranOut ? phase.endsAt : Date.now());
  };
  const start = (): void => {
    if (!preview) return;
    const at = Date.now();
    setStartedAt(at);
    setNow(at);
    begin(preview, 0, at);
  };
  const segment = phase.step === 'running' ? phase.plan.segments[phase.index] : undefined;
  const done = (): void => {
    if (startedAt === null) {
      onDone(undefined);
      return;
    }
    // Completed once every stretch round ran: the closing walk or breathing may end early.
    const roundsRan = phase.step === 'finished' || (segment !== undefined && segment.kind !== 'stretch');
    onDone(Math.round((Date.now() - startedAt) / 1000), roundsRan ? 'completed' : 'partial');
  };

  // The list shows the stretches of the plan under way (new picks arriving meanwhile wait).
  const listed = plan?.stretches ?? stretches;
  const current = segment?.kind === 'stretch' ? segment.stretch.id : null;
  const rest = plan?.segments.find((s) => s.kind !== 'stretch');
  const left = phase.step === 'running' ? Math.max(0, Math.ceil((phase.endsAt - now) / 1000)) : 0;

  return (
    <div class="stack">
      <p class="muted">{t('stretchIntro')}</p>
      <p>
        <strong>{t('stretchStop')}</strong> {t('stretchSkipAdvised')}
      </p>
      {plan && plan.rounds > 1 && <p class="muted">{t('stretchRounds', String(plan.rounds))}</p>}
      <ol class="stretch-list">
        {listed.map((s) => (
          <li
            key={s.id}
            class={s.id === current ? 'stretch current' : 'stretch'}
            aria-current={s.id === current ? 'step' : undefined}
          >
            <strong>{stretchName(s)}</strong>
            <span class="muted"> · {stretchWhere(s)}</span>
            {(s.id === current || phase.step === 'ready') && (
              <>
                {stretchHow(s) && <p class="stretch-how">{stretchHow(s)}</p>}
                {s.own?.picture && (
                  <img class="exercise-picture" src={s.own.picture} alt={t('ownPictureAlt', s.own.name)} />
                )}
              </>
            )}
          </li>
        ))}
        {rest && (
          <li
            class={segment === rest ? 'stretch current' : 'stretch'}
            aria-current={segment === rest ? 'step' : undefined}
          >
            <strong>{t(REST_TEXT[rest.kind].name)}</strong>
            <span class="muted"> · {duration(rest.seconds)}</span>
            {(segment === rest || phase.step === 'ready') && <p class="stretch-how">{t(REST_TEXT[rest.kind].how)}</p>}
          </li>
        )}
      </ol>
      {phase.step === 'running' && segment && (
        <div class="countdown">
          <span class="muted">{progressText(segment, phase.index, phase.plan)}</span>
          <span class="countdown-value" role="timer" aria-atomic="true">
            {duration(left, true)}
          </span>
          <progress max={segment.seconds} value={segment.seconds - left} />
        </div>
      )}
      {phase.step === 'finished' && <p role="status">{t('stretchAllDone')}</p>}
      <div class="row">
        {phase.step === 'ready' && (
          <button type="button" class="btn btn-primary" disabled={disabled || !preview} onClick={start}>
            {t('stretchStart')}
          </button>
        )}
        {segment?.kind === 'stretch' && (
          <button type="button" class="btn" disabled={disabled} onClick={() => advance()}>
            {t('stretchNext')}
          </button>
        )}
        <button
          type="button"
          class={phase.step === 'ready' ? 'btn' : 'btn btn-primary'}
          disabled={disabled}
          onClick={done}
        >
          {t('stretchDone')}
        </button>
      </div>
    </div>
  );
}
