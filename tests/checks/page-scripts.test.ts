import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  backgroundGz,
  backgroundScripts,
  htmlScripts,
  pageScripts,
  resolveRef,
  scriptRefs,
  sum,
} from '../tools/page-scripts';

// The walker behind the size budget (tests/size): if it counted nothing, every budget would pass.
const BUILD = fileURLToPath(new URL('../fixtures/page-build', import.meta.url));
const gz = (file: string): number => gzipSync(readFileSync(`${BUILD}/${file}`), { level: 9 }).length;
const sized = (...files: string[]) => files.map((file) => ({ file, gz: gz(file) }));

describe('pageScripts over a tiny build (tests/fixtures/page-build)', () => {
  const page = () => pageScripts(BUILD, 'page.html');

  it('first: the HTML’s script and modulepreload and their static imports, each once', () => {
    expect(page().first).toEqual(sized('chunks/main.js', 'chunks/shared.js', 'chunks/deep/util.js'));
  });

  it('all: first, then the dynamic import and the preload list (root-relative), transitively', () => {
    expect(page().all).toEqual(
      sized('chunks/main.js', 'chunks/shared.js', 'chunks/deep/util.js', 'chunks/lazy.js', 'chunks/deep/extra.js'),
    );
  });

  it('sizes are gzip level 9 of the file bytes, never zero', () => {
    const { first, all } = page();
    for (const f of all) expect(f.gz).toBeGreaterThan(20);
    const firstFiles = ['chunks/main.js', 'chunks/shared.js', 'chunks/deep/util.js'];
    const total = (files: string[]) => files.map(gz).reduce((a, b) => a + b);
    expect(sum(first)).toBe(total(firstFiles));
    expect(sum(all)).toBe(total([...firstFiles, 'chunks/lazy.js', 'chunks/deep/extra.js']));
  });

  it('the background: the service worker and its static imports, not its dynamic ones', () => {
    expect(backgroundScripts(BUILD)).toEqual(sized('background.js', 'chunks/shared.js'));
    expect(backgroundGz(BUILD)).toBe(gz('background.js') + gz('chunks/shared.js'));
  });

  it('fails, naming the file, when a page refers to a file the build lacks', () => {
    expect(() => pageScripts(BUILD, 'broken.html')).toThrow(/broken\.html refers to chunks\/gone\.js/);
    expect(() => pageScripts(BUILD, 'missing.html')).toThrow(/missing\.html/);
  });
});

describe('what the walker reads in built code', () => {
  it('finds static, dynamic and preload references in minified code', () => {
    const code = [
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["chunks/f-1.js","assets/g.css"])))=>i.map(i=>d[i]);',
      'import{a as e,$ as t}from"./a.js";import"./b.js";export*from"../c.js";export{x}from\'./d.js\';',
      'import * as ns from "./h.js";',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: built code as text; the `${n}` is the point
      'f(()=>import(`./e.js`),__vite__mapDeps([0,1]));g(()=>import("./i.js"));h(n=>import(`./${n}.js`));',
      'const text="import from nowhere";',
    ].join('');
    expect(scriptRefs(code)).toEqual({
      static: ['./a.js', './b.js', '../c.js', './d.js', './h.js'],
      dynamic: ['./e.js', './i.js'],
      preload: ['chunks/f-1.js'],
    });
  });

  it('reads a page’s scripts and module preloads, not its stylesheets, in any attribute order', () => {
    const html =
      '<script type="module" crossorigin src="/chunks/p.js"></script>' +
      "<link href='/chunks/q.js' rel='modulepreload'>" +
      '<link rel="stylesheet" href="/assets/p.css"><link rel=modulepreload href=chunks/r.js>';
    expect(htmlScripts(html)).toEqual(['/chunks/p.js', '/chunks/q.js', 'chunks/r.js']);
  });

  it('resolves imports from the importing file, preload strings and /paths from the root', () => {
    expect(resolveRef('chunks/a.js', './b.js')).toBe('chunks/b.js');
    expect(resolveRef('chunks/deep/a.js', '../b.js')).toBe('chunks/b.js');
    expect(resolveRef('chunks/a.js', 'chunks/b.js', true)).toBe('chunks/b.js');
    expect(resolveRef('popup.html', '/chunks/p.js?v=1')).toBe('chunks/p.js');
    expect(() => resolveRef('a.js', '../../x.js')).toThrow(/outside/);
  });
});
