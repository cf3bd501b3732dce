/**
 * The summary and the clinician report show prompts held while the user was busy, only when there
 * were any, in words a clinician reads: how many, how long in all, what came of them; and the held
 * prompts are never counted as missed or unanswered.
 */
import { render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import de from '../../assets/public/_locales/de/messages.json';
import { holdsDetail, holdsLine } from '../../components/summary/holds-line';
import { ReportApp } from '../../entrypoints/report/app';
import { SummaryApp } from '../../entrypoints/summary/app';
import { makeBreak, makeHold, makeRating } from '../../utils/core/data/records';
import { holdFigures } from '../../utils/core/stats/holds';
import { addRecords } from '../../utils/storage/records';
import type { HoldReason } from '../../utils/core/data/hold-reason';
import type { HeldKind, LimberRecord } from '../../utils/core/data/records';

const MIN = 60_000;
const at = (date: string, h: number): number => Date.parse(`${date}T${String(h).padStart(2, '0')}:00:00Z`);
let n = 0;
const hold = (date: string, h: number, reasons: HoldReason[], minutes: number, kinds: HeldKind[], shown = kinds) =>
  makeHold({ id: `hold-${n++}`, at: at(date, h), ms: minutes * MIN, reasons, kinds, shown }, 'UTC');

/** The week of Mon 23 Nov 2026: four holds (6 prompts, 5 shown), a rating and two answered breaks. */
const WEEK: LimberRecord[] = [
  makeRating({ id: 'r', at: at('2026-11-23', 9), source: 'prompt', score: 4 }, 'UTC'),
  makeBreak({ id: 'b1', at: at('2026-11-23', 11), kind: 'posture', outcome: 'done', fixed: false }, 'UTC'),
  makeBreak({ id: 'b2', at: at('2026-11-24', 11), kind: 'eyes', outcome: 'done' }, 'UTC'),
  hold('2026-11-23', 10, ['meeting'], 90, ['stretch', 'pain'], ['stretch']),
  hold('2026-11-24', 10, ['audible'], 30, ['posture']),
  hold('2026-11-25', 10, ['fullscreen', 'audible'], 50, ['eyes', 'posture']),
  hold('2026-11-25', 14, ['meeting'], 80, ['peg']),
];
const LINE =
  'Prompts held: 6 during meetings, calls or fullscreen (4 h 10 min in all; 5 shown after, 1 no longer relevant)';
const DETAIL =
  'Times held: 4, the longest 1 h 30 min — a tab playing sound: 2 · a meeting: 2 · a window in fullscreen: 1';

describe('the held-prompts line', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says nothing when nothing was held', () => {
    expect(holdsLine(holdFigures([WEEK[0]!]))).toBeNull();
  });

  it('in English and in German', () => {
    const h = holdFigures(WEEK);
    expect(holdsLine(h)).toBe(LINE);
    expect(holdsDetail(h)).toBe(DETAIL);
    const messages = de as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) => {
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      const entry = messages[key]!;
      return entry.message.replace(/\$([A-Z_]+)\$/gi, (_, name: string) =>
        (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (_m, i) => list[Number(i) - 1]!),
      );
    });
    expect(holdsLine(h)).toBe(
      'Zurückgehaltene Erinnerungen: 6 während Meetings, Anrufen oder Vollbild (insgesamt 4 Std. 10 min; 5 danach gezeigt, 1 nicht mehr relevant)',
    );
    expect(holdsDetail(h)).toMatch(
      /^Zurückgehalten: 4-mal, am längsten 1 Std\. 30 min — ein Tab mit Ton: 2 · ein Meeting: 2 · /,
    );
  });
});

describe('held prompts on the pages', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 27, 12));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  async function summary(): Promise<void> {
    history.replaceState(null, '', '/summary.html?week=2026-11-23');
    render(<SummaryApp />);
    await screen.findByRole('heading', { name: 'Your week', level: 1 });
    await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull());
  }

  it('the summary shows the holds of the week, and held prompts are not unanswered ones', async () => {
    await addRecords(WEEK);
    await summary();
    const part = await screen.findByRole('region', { name: 'Held prompts' });
    expect(within(part).getByText(LINE)).toBeTruthy();
    expect(within(part).getByText(DETAIL)).toBeTruthy();
    expect(within(part).getByText(/not counted as missed/)).toBeTruthy();
    // A rating and two answered checks: three prompts, all answered; the holds add none.
    expect(screen.getByText('3 of 3 prompts answered')).toBeTruthy();
  });

  it('the summary of a week without holds has no such part', async () => {
    await addRecords(WEEK.slice(0, 3));
    await summary();
    await screen.findByText('3 of 3 prompts answered');
    expect(screen.queryByRole('region', { name: 'Held prompts' })).toBeNull();
    expect(screen.queryByText(/^Prompts held/)).toBeNull();
  });

  async function report(): Promise<void> {
    history.replaceState(null, '', '/report.html?week=2026-11-23&weeks=1');
    render(<ReportApp />);
    const key = await screen.findByRole('region', { name: 'Key figures' });
    // The holds add no prompt shown: a rating and two answered checks, all answered.
    await within(key).findByText('3 of 3 prompts answered');
  }

  it('the report has the line, with the posture checks', async () => {
    await addRecords(WEEK);
    await report();
    const line = screen.getByText(LINE);
    expect(line.parentElement).toBe(screen.getByText('Posture checks answered: 1; needed fixing: 0.').parentElement);
  });

  it('the report of a week without holds has no such line', async () => {
    await addRecords(WEEK.slice(0, 3));
    await report();
    expect(screen.queryByText(/^Prompts held/)).toBeNull();
  });
});
