/**
 * Limber's records as HL7 FHIR R4 resources (docs/clinical-basis.md, "FHIR export"): a rating is
 * one `Observation` (LOINC 72514-3, pain severity 0–10); a weekly check is a PEG panel
 * `Observation` (LOINC 91148-7) whose members are its three items and its mean score (91147-9).
 * Break, hold and other records are not clinical observations and are left out.
 */
import { pegScore } from '../../stats/peg';
import type { PegRecord, RatingRecord } from '../records';
import type { Region } from '../../content/regions';
import type { MorningItem } from './morning';

export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
/** The system of each Observation's identifier: the record's own id in Limber. */
export const RECORD_ID_SYSTEM = 'urn:limber:record-id';

/** The LOINC codes used, with what they stand for (LOINC's own names where a display is sent). */
export const CODES = {
  painSeverity: '72514-3',
  pegPanel: '91148-7',
  pegPain: '75893-8',
  pegEnjoyment: '91145-3',
  pegActivity: '91146-1',
  pegScore: '91147-9',
} as const;

/** A FHIR resource as plain JSON. */
export type Resource = { resourceType: string } & Record<string, unknown>;

export interface ResourceOptions {
  /** A body region's name, in the words of the file's reader (bodySite is sent as text). */
  regionText(region: Region): string;
  /** The code's text for each item, in the reader's words (the morning check's items too). */
  codeText: Record<keyof typeof CODES | MorningItem, string>;
  /** `urn:uuid:…` of the Patient entry, when the user typed a name for this export. */
  subject?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A FHIR `dateTime` for epoch ms `at`, in the wall-clock time of the offset it was recorded with
 * (`tz`, minutes east of UTC), to the second: `2026-11-20T14:03:07+01:00`.
 */
export function fhirDateTime(at: number, tz: number): string {
  const wall = new Date(Math.floor(at / 1000) * 1000 + tz * 60_000).toISOString().slice(0, 19);
  const sign = tz < 0 ? '-' : '+';
  const abs = Math.abs(tz);
  return `${wall}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A FHIR `instant` (UTC). */
export const fhirInstant = (at: number): string => new Date(at).toISOString();

export const survey = [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }] }];

export const score = (value: number) => ({ value, unit: 'score', system: UCUM, code: '{score}' });

function code(key: keyof typeof CODES, opts: ResourceOptions, display?: string) {
  return { coding: [{ system: LOINC, code: CODES[key], ...(display ? { display } : {}) }], text: opts.codeText[key] };
}

export function common(id: string, at: number, tz: number, opts: ResourceOptions) {
  return {
    identifier: [{ system: RECORD_ID_SYSTEM, value: id }],
    category: survey,
    ...(opts.subject ? { subject: { reference: opts.subject } } : {}),
    effectiveDateTime: fhirDateTime(at, tz),
  };
}

/**
 * A pain rating as an Observation. Corrected later: status `amended`, and `issued` the time of the
 * correction; added afterwards for a time already past: `issued` the time it was added.
 */
export function ratingObservation(r: RatingRecord, opts: ResourceOptions): Resource {
  const issued = Math.max(r.added ?? 0, r.edited?.at ?? 0);
  return {
    resourceType: 'Observation',
    status: r.edited ? 'amended' : 'final',
    code: code('painSeverity', opts, 'Pain severity - 0-10 verbal numeric rating [Score] - Reported'),
    ...common(r.id, r.at, r.tz, opts),
    ...(issued ? { issued: fhirInstant(issued) } : {}),
    valueQuantity: score(r.score),
    ...(r.regions?.length ? { bodySite: { text: r.regions.map(opts.regionText).join(', ') } } : {}),
    // FHIR strings hold some non-whitespace: a note of spaces only (an old import, say) is left out.
    ...(r.note?.trim() ? { note: [{ text: r.note }] } : {}),
  };
}

/** One entry of a bundle: its `urn:uuid:` and its resource. */
export interface Entry {
  fullUrl: string;
  resource: Resource;
}

/**
 * A weekly check as five entries: the PEG panel, whose `hasMember` names the three items and the
 * mean score (`pegScore`, to one decimal as Limber shows it), then those four. `uuid` makes each
 * entry's `urn:uuid:` (the panel's references point at them).
 */
export function pegEntries(r: PegRecord, opts: ResourceOptions, uuid: () => string): Entry[] {
  const item = (key: 'pegPain' | 'pegEnjoyment' | 'pegActivity' | 'pegScore', value: number): Entry => ({
    fullUrl: `urn:uuid:${uuid()}`,
    resource: {
      resourceType: 'Observation',
      status: 'final',
      code: code(key, opts),
      ...common(`${r.id}#${key}`, r.at, r.tz, opts),
      valueQuantity: score(value),
    },
  });
  const panelUrl = `urn:uuid:${uuid()}`;
  const members = [
    item('pegPain', r.pain),
    item('pegEnjoyment', r.enjoyment),
    item('pegActivity', r.activity),
    item('pegScore', pegScore(r)),
  ];
  const panel: Entry = {
    fullUrl: panelUrl,
    resource: {
      resourceType: 'Observation',
      status: 'final',
      code: code('pegPanel', opts),
      ...common(r.id, r.at, r.tz, opts),
      hasMember: members.map((m) => ({ reference: m.fullUrl })),
    },
  };
  return [panel, ...members];
}
