/**
 * The FHIR export: one R4 `Bundle` of type `collection`, made in pieces like the JSON export
 * (export-json.ts), so a long history never has to be one string. No patient identifiers: a
 * Patient entry, holding only the name, is there only when the user typed one for this export.
 */
import { fhirInstant, pegEntries, ratingObservation } from './resources';
import { morningEntries } from './morning';
import type { Entry, ResourceOptions } from './resources';
import type { LimberRecord } from '../records';

export const FHIR_MEDIA_TYPE = 'application/fhir+json';

export interface BundleOptions extends Omit<ResourceOptions, 'subject'> {
  /** The name typed for this export (trimmed; empty: no Patient entry). */
  name?: string;
  /** Makes each entry's UUID (the page passes the browser's random UUIDs; tests a counter). */
  uuid(): string;
}

export interface FhirPieces {
  /** The bundle's header, up to the opening of its entries (and the Patient entry, if any). */
  head: string;
  /** The entries of some records, oldest first across calls; '' when none of them is exported. */
  records(list: readonly LimberRecord[]): string;
  /** Closes the bundle. */
  end(): string;
  /** Records turned into entries so far (ratings, weekly checks, morning checks). */
  readonly count: number;
}

/** The entries one record becomes: none for records that are not observations. */
export function recordEntries(r: LimberRecord, opts: ResourceOptions, uuid: () => string): Entry[] {
  if (r.type === 'rating') return [{ fullUrl: `urn:uuid:${uuid()}`, resource: ratingObservation(r, opts) }];
  if (r.type === 'peg') return pegEntries(r, opts, uuid);
  if (r.type === 'morning') return morningEntries(r, opts, uuid);
  return [];
}

/**
 * The bundle in pieces: head, records a chunk at a time, end. Joined they are one JSON document
 * (`JSON.parse` of the whole is the Bundle); `now` is its timestamp.
 */
export function fhirBundlePieces(now: number, opts: BundleOptions): FhirPieces {
  const name = opts.name?.trim();
  const patient: Entry | null = name
    ? { fullUrl: `urn:uuid:${opts.uuid()}`, resource: { resourceType: 'Patient', name: [{ text: name }] } }
    : null;
  const resourceOpts: ResourceOptions = { ...opts, subject: patient?.fullUrl };
  let entries = 0;
  let count = 0;
  // FHIR's JSON has no empty arrays: the entries' list opens with its first entry, if any.
  const write = (list: readonly Entry[]): string =>
    list.map((e) => `${entries++ ? ',' : ',"entry":['}\n  ${JSON.stringify(e)}`).join('');
  const header = { resourceType: 'Bundle', type: 'collection', timestamp: fhirInstant(now) };
  return {
    head: `${JSON.stringify(header).slice(0, -1)}${patient ? write([patient]) : ''}`,
    records(list) {
      const made = list.flatMap((r) => {
        const e = recordEntries(r, resourceOpts, opts.uuid);
        if (e.length) count++;
        return e;
      });
      return write(made);
    },
    end: () => (entries ? '\n]}\n' : '}\n'),
    get count() {
      return count;
    },
  };
}
