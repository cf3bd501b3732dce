import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

// The background must be free to stop at any moment: alarms are its only clock (BRIEF §3).
describe('background shape', () => {
  it.each(['entrypoints/background.ts', 'utils/engine.ts', 'utils/apply-plan.ts', 'utils/scheduler.ts', 'utils/record-store.ts'])(
    '%s runs no timers',
    (path) => {
      expect(read(path)).not.toMatch(/\bset(Timeout|Interval)\s*\(/);
    },
  );

  it('the pure core reads no clock and touches no browser API', () => {
    for (const path of ['utils/scheduler.ts', 'utils/work-hours.ts', 'utils/local-time.ts', 'utils/stretches.ts', 'utils/records.ts']) {
      const src = read(path);
      expect(src, path).not.toMatch(/Date\.now\(|new Date\(\)|wxt\/browser|chrome\.|browser\./);
    }
  });
});
