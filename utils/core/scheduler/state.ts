/**
 * The scheduler's stored state and its vocabulary. Kept apart from the scheduler itself so pages
 * that only read the state (the prompt window) do not load the scheduler.
 */
import type { HoldReason } from '../data/hold-reason';

export type PromptKind = 'pain' | 'morning' | 'peg' | 'posture' | 'eyes' | 'water' | 'breathing' | 'stretch';
/** Display order inside a merged prompt: the one-click rating first. */
export const PROMPT_KINDS: readonly PromptKind[] = [
  'pain',
  'morning',
  'peg',
  'posture',
  'eyes',
  'water',
  'breathing',
  'stretch',
];
export type IntervalKind = 'posture' | 'stretch' | 'eyes' | 'breathing' | 'water';
export const INTERVAL_KINDS: readonly IntervalKind[] = ['posture', 'stretch', 'eyes', 'breathing', 'water'];
export const isInterval = (k: PromptKind): k is IntervalKind => (INTERVAL_KINDS as readonly string[]).includes(k);

/**
 * The id of one part of a prompt, and of the record that answers it: fixed by the prompt, so a
 * retried answer never stores a second record.
 */
export const partId = (promptId: string, kind: PromptKind): string => `${promptId}:${kind}`;

export type IdleState = 'active' | 'idle' | 'locked';
export type PauseChoice = '30m' | '1h' | '2h' | 'tomorrow' | 'indefinite';
/** The manual "I'm in a meeting" hold: for a while, or until the user ends it. */
export type MeetingChoice = '30m' | '60m' | '90m' | 'open';
/**
 * Why prompts are held: a browser window in fullscreen, a tab playing sound, or the manual meeting
 * hold (docs/clinical-basis.md, "Holds").
 */
export type { HoldReason } from '../data/hold-reason';
export { HOLD_REASONS } from '../data/hold-reason';

/** What the browser showed when last looked at: any window fullscreen, any tab audible. */
export interface Busy {
  fullscreen: boolean;
  audible: boolean;
  /** The browser reports a window's size changes (Chrome's windows.onBoundsChanged; Firefox: no). */
  fullscreenEvents?: boolean;
}

export interface PendingPrompt {
  id: string;
  kinds: PromptKind[];
  /** Parts not answered yet; the prompt closes when this is empty. */
  open: PromptKind[];
  shownAt: number;
  expiresAt: number;
  /** Asked for by the user ("take a break now"), not by the schedule. */
  manual: boolean;
  postureItem: number;
  snoozesLeft: Partial<Record<PromptKind, number>>;
}

export interface SnoozeState {
  count: number;
  /** When the snoozed part comes back; null once it has been shown again. */
  until: number | null;
}

export const STATE_VERSION = 4;

export interface SchedulerState {
  version: typeof STATE_VERSION;
  /** Instant up to which active time has been counted. */
  lastTick: number | null;
  /** The wake-up last asked for; an event arriving well after it means the machine slept. */
  wakeAt: number | null;
  /** Start of the current absence (idle, locked or asleep); null while the user is active. */
  idleSince: number | null;
  /**
   * A pause: no prompts, and the time does not count. `resume`: chosen "until I resume", which
   * ends at the latest at `until`, the next work day's start (null only in states from before).
   */
  pause: { since: number; until: number | null; resume?: boolean } | null;
  /** The browser's state as last seen (events carry it; see Busy). */
  /**
   * `quietSince`: when sound was last seen to stop (a pause in a call reads as silence for a
   * moment), cleared when sound is seen again.
   */
  busy: Busy & { quietSince?: number };
  /** The manual meeting hold; `open`: until the user ends it, at the latest at `until`. */
  meeting: { since: number; until: number; open: boolean } | null;
  /**
   * A hold under which something fell due: since when, why, and which kinds. Cleared (and
   * recorded) when the hold ends; what is still due then comes as one prompt.
   */
  held: { since: number; reasons: HoldReason[]; kinds: PromptKind[] } | null;
  /** Active work time (ms) since each interval prompt was last resolved. */
  active: Record<IntervalKind, number>;
  /** Start of the work period the counters belong to; a new period starts them afresh. */
  workStart: number | null;
  snooze: Partial<Record<PromptKind, SnoozeState>>;
  /** Pain-rating times (minutes after midnight) already handled on `date`. */
  pain: { date: string; done: number[] };
  /** The date of the last weekly PEG check handled (asked, or passed while away). */
  peg: { done: string };
  /** The date of the last morning check handled (shown, or its day passed). */
  morning: { done: string };
  pending: PendingPrompt | null;
  lastPromptAt: number | null;
  /** Next posture checklist item to show. */
  postureItem: number;
}

export function initialState(): SchedulerState {
  return {
    version: STATE_VERSION,
    lastTick: null,
    wakeAt: null,
    idleSince: null,
    pause: null,
    busy: { fullscreen: false, audible: false },
    meeting: null,
    held: null,
    active: { posture: 0, stretch: 0, eyes: 0, breathing: 0, water: 0 },
    workStart: null,
    snooze: {},
    pain: { date: '', done: [] },
    peg: { done: '' },
    morning: { done: '' },
    pending: null,
    lastPromptAt: null,
    postureItem: 0,
  };
}
