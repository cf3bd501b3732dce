/**
 * Entries read a chunk of days at a time come out as one sort of everything would order them,
 * across time zones 26 hours apart; an entry whose date does not match its time is refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeRating } from '../../utils/core/data/records';
import { earliestAt, OutOfOrderError, TimeOrder } from '../../utils/core/data/time-order';
import type { LimberRecord } from '../../utils/core/data/records';

// The extremes: UTC+14 and UTC-12 (a record may carry up to ±14 hours).
const ZONES = ['Pacific/Kiritimati', 'Etc/GMT+12', 'Pacific/Chatham', 'America/St_Johns', 'UTC', 'Asia/Kolkata'];

const byAt = <T extends { at: number }>(list: readonly T[]): T[] => [...list].sort((a, b) => a.at - b.at);

/** The entries grouped by date, the dates in order, cut every `days` dates: as the store reads them. */
function chunksOf(records: readonly LimberRecord[], days: number): LimberRecord[][][] {
  const dates = [...new Set(records.map((r) => r.date))].sort();
  const chunks: LimberRecord[][][] = [];
  for (let i = 0; i < dates.length; i += days)
    chunks.push(dates.slice(i, i + days).map((d) => records.filter((r) => r.date === d)));
  return chunks;
}

/** Feeds the chunks through a TimeOrder, as the export does; returns what came out, chunk by chunk. */
function run(chunks: readonly LimberRecord[][][]): LimberRecord[][] {
  const order = new TimeOrder<LimberRecord>();
  return chunks.map((chunk, i) => order.take(chunk.flat(), chunks[i + 1]?.[0]?.[0]?.date ?? null));
}

const rate = (id: string, at: number, zone: string) => makeRating({ id, at, source: 'manual', score: 5 }, zone);

describe('time order across chunks of days', () => {
  it('holds back what a later day can still precede, and hands it on after', () => {
    // 2026-11-24 in UTC+14 begins at 10:00 UTC on the 23rd: earlier than 23:00 UTC on the 23rd.
    const late = rate('late', Date.UTC(2026, 10, 23, 23), 'UTC'); // dated 2026-11-23
    const early = rate('early', Date.UTC(2026, 10, 23, 11), 'Pacific/Kiritimati'); // dated 2026-11-24
    const first = rate('first', Date.UTC(2026, 10, 23, 1), 'UTC');
    expect([late.date, early.date]).toEqual(['2026-11-23', '2026-11-24']);
    // 10:30 UTC on the 23rd: after the 24th's first moment (10:00 UTC), so it waits too.
    const half = rate('half', Date.UTC(2026, 10, 23, 10, 30), 'UTC');
    const order = new TimeOrder<LimberRecord>();
    expect(order.take([late, half, first], '2026-11-24').map((r) => r.id)).toEqual(['first']);
    expect(order.take([early], null).map((r) => r.id)).toEqual(['half', 'early', 'late']);
  });

  it('the earliest moment of a date is its midnight UTC less 14 hours', () => {
    expect(earliestAt('2026-11-24')).toBe(Date.UTC(2026, 10, 23, 10));
    const dawn = rate('dawn', earliestAt('2026-11-24'), 'Pacific/Kiritimati');
    expect(dawn.date).toBe('2026-11-24');
    expect(rate('before', earliestAt('2026-11-24') - 1, 'Pacific/Kiritimati').date).toBe('2026-11-23');
  });

  it('refuses an entry earlier than one handed on already (its date does not match its time)', () => {
    const order = new TimeOrder<LimberRecord>();
    expect(order.take([rate('a', Date.UTC(2026, 10, 23, 12), 'UTC')], '2026-11-25')).toHaveLength(1);
    const forged = { ...rate('forged', Date.UTC(2026, 10, 20, 12), 'UTC'), date: '2026-11-25' };
    expect(() => order.take([forged], null)).toThrow(OutOfOrderError);
  });

  it('any history, any chunk size: the chunks joined are one stable sort of everything', () => {
    const history = fc.array(
      fc.record({
        // Whole hours over eleven days: many entries share a moment, and ties must keep their order.
        at: fc.integer({ min: 0, max: 11 * 24 }).map((h) => Date.UTC(2026, 0, 1) + h * 3_600_000),
        zone: fc.constantFrom(...ZONES),
      }),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(history, fc.integer({ min: 1, max: 5 }), (list, days) => {
        const records = list.map((r, i) => rate(`r${i}`, r.at, r.zone));
        // The store's order: by date, then within a day as stored; the whole read sorts that by time.
        const stored = chunksOf(records, 1).flat(2);
        const out = run(chunksOf(records, days));
        expect(out.flat()).toEqual(byAt(stored));
        expect(out.flat().length).toBe(records.length);
      }),
      { numRuns: 300 },
    );
  });
});
