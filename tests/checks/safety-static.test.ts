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

  it('no network API is used by the extension’s code', () => {
    for (const f of files()) {
      const src = readFileSync(new URL(f, root), 'utf8');
      expect(src, f).not.toMatch(
        /\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|https?:\/\/(?!www\.w3\.org)/,
      );
    }
  });
});
