import { describe, expect, it } from 'vitest';
import { generateHistory, toBuckets } from '../fixtures/history';

describe('history generator (fixture for tests and benchmarks)', () => {
  it('makes 3 ratings, 8 breaks and 16 posture checks each workday, none at weekends, reproducibly', () => {
    const records = generateHistory({ from: '2026-11-16', to: '2026-11-22', timeZone: 'Europe/Berlin' });
    const buckets = toBuckets(records);
    expect(Object.keys(buckets).sort()).toEqual([
      'rec:2026-11-16',
      'rec:2026-11-17',
      'rec:2026-11-18',
      'rec:2026-11-19',
      'rec:2026-11-20',
    ]);
    for (const { records: day } of Object.values(buckets)) {
      expect(day.filter((r) => r.type === 'rating')).toHaveLength(3);
      expect(day.filter((r) => r.type === 'break' && (r.kind === 'stretch' || r.kind === 'natural'))).toHaveLength(8);
      expect(day.filter((r) => r.type === 'break' && r.kind === 'posture')).toHaveLength(16);
    }
    expect(generateHistory({ from: '2026-11-16', to: '2026-11-22', timeZone: 'Europe/Berlin' })).toEqual(records);
  });
});
