import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const files = (): string[] =>
  execFileSync('git', ['ls-files', 'entrypoints', 'components', 'utils'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.(tsx?|html)$/.test(f));

describe('nothing runs stored text as markup, nothing phones home', () => {
  it('no innerHTML-style rendering anywhere in the extension’s code', () => {
    for (const f of files()) {
      const src = readFileSync(new URL(f, root), 'utf8');
      expect(src, f).not.toMatch(
        /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(|\beval\(|new Function\(/,
      );
    }
  });

  // An address in the code is a request waiting to happen, except names that are never fetched:
  // the SVG namespace, and the code systems a FHIR file names its codes by (LOINC, UCUM, HL7's
  // observation categories), which are identifiers, not places (privacy.e2e.ts watches the network).
  it('no network API is used by the extension’s code', () => {
    for (const f of files()) {
      const src = readFileSync(new URL(f, root), 'utf8');
      expect(src, f).not.toMatch(
        /\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|https?:\/\/(?!www\.w3\.org\/|loinc\.org'|unitsofmeasure\.org'|terminology\.hl7\.org\/CodeSystem\/observation-category')/,
      );
    }
  });
});
