// Runs Limber's own record store inside the extension, for the benchmark to time.
import { readRange } from '../../../utils/storage/records';
import { addDays } from '../../../utils/core/time/local-time';

Object.assign(globalThis, {
  limberReadWeek: async (from: string): Promise<{ ms: number; records: number }> => {
    const t0 = performance.now();
    const records = await readRange(from, addDays(from, 6));
    return { ms: performance.now() - t0, records: records.length };
  },
});
