/** FHIR bundle options for the tests: plain texts, and UUIDs from a counter. */
import type { BundleOptions } from '../../utils/core/data/fhir/bundle';

export function options(name?: string): BundleOptions {
  let n = 0;
  return {
    name,
    uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    regionText: (r) => `region ${r}`,
    codeText: {
      painSeverity: 'Pain 0–10',
      pegPanel: 'PEG',
      pegPain: 'PEG pain',
      pegEnjoyment: 'PEG enjoyment',
      pegActivity: 'PEG activity',
      pegScore: 'PEG score',
      sleep: 'Sleep quality',
      stiffness: 'Morning stiffness',
      fatigue: 'Fatigue',
    },
  };
}
