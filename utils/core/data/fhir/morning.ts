/**
 * A morning check as FHIR Observations, one per item answered (docs/clinical-basis.md, "FHIR
 * export"). No LOINC code names these items as Limber asks them, and none could be checked
 * offline, so each is coded in Limber's own system with its text: a receiving system shows it,
 * but does not map it to its own questions.
 */
import { common, fhirInstant, score, UCUM } from './resources';
import type { Entry, Resource, ResourceOptions } from './resources';
import type { MorningRecord, Stiffness } from '../morning';

/** The system of the morning check's item codes. */
export const MORNING_ITEM_SYSTEM = 'urn:limber:morning-check';
export const MORNING_ITEMS = ['sleep', 'stiffness', 'fatigue'] as const;
export type MorningItem = (typeof MORNING_ITEMS)[number];

const minutes = (value: number) => ({ value, unit: 'min', system: UCUM, code: 'min' });

/** How long stiffness lasted, in minutes: none is 0; the bands are ranges, the last open above. */
export function stiffnessValue(s: Stiffness): Record<string, unknown> {
  if (s === 'none') return { valueQuantity: minutes(0) };
  if (s === 'under30') return { valueRange: { low: minutes(0), high: minutes(30) } };
  if (s === '30to60') return { valueRange: { low: minutes(30), high: minutes(60) } };
  return { valueRange: { low: minutes(60) } };
}

export function morningEntries(r: MorningRecord, opts: ResourceOptions, uuid: () => string): Entry[] {
  const amended = (item: MorningItem): boolean => r.edited !== undefined && r.edited.from[item] !== r[item];
  const observation = (item: MorningItem, value: Record<string, unknown>): Entry => {
    const resource: Resource = {
      resourceType: 'Observation',
      // This answer changed in the diary: amended, issued when it was changed (as a rating's
      // correction). An answer the change left as it was stays final.
      status: amended(item) ? 'amended' : 'final',
      code: { coding: [{ system: MORNING_ITEM_SYSTEM, code: item }], text: opts.codeText[item] },
      ...common(`${r.id}#${item}`, r.at, r.tz, opts),
      ...(amended(item) && r.edited ? { issued: fhirInstant(r.edited.at) } : {}),
      ...value,
    };
    return { fullUrl: `urn:uuid:${uuid()}`, resource };
  };
  return [
    ...(r.sleep !== undefined ? [observation('sleep', { valueQuantity: score(r.sleep) })] : []),
    ...(r.stiffness !== undefined ? [observation('stiffness', stiffnessValue(r.stiffness))] : []),
    ...(r.fatigue !== undefined ? [observation('fatigue', { valueQuantity: score(r.fatigue) })] : []),
  ];
}
