/**
 * The JavaScript a built extension page loads, file by file, from the build's own text (no browser).
 *
 * *first*: what the page fetches before any dynamic import runs: its `<script src>` and
 * `<link rel="modulepreload">`, plus their static `import … from './x.js'` / `import './x.js'` /
 * `export … from './x.js'` chains. *all*: first, plus everything reachable through dynamic
 * `import('./x.js')` and the dependency arrays Vite's preload helper fetches alongside
 * (`__vite__mapDeps`: strings such as "chunks/x.js", relative to the extension root), transitively.
 * Static and dynamic specifiers are relative to the importing file; preload strings and paths
 * starting with `/` are relative to the extension root. Each file is counted once, as its path
 * relative to the root; `gz` is its size gzipped at level 9, in bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptFile {
  /** Path relative to the extension root, with forward slashes: `chunks/popup-abc.js`. */
  file: string;
  /** Bytes after gzip at level 9. */
  gz: number;
}

export interface PageScripts {
  first: ScriptFile[];
  all: ScriptFile[];
}

/** The specifiers one built file names, as written (not yet resolved). */
export interface ScriptRefs {
  static: string[];
  dynamic: string[];
  preload: string[];
}

/** Total gzipped bytes of a list. */
export const sum = (files: ScriptFile[]): number => files.reduce((total, f) => total + f.gz, 0);

const QUOTED = String.raw`(["'\x60])`;
// `import{a as b}from"./x.js"`, `import * as x from './x.js'`, `import"./x.js"`, `export*from"./x.js"`.
const STATIC = new RegExp(
  String.raw`\b(?:import|export)\s*(?:[\w$\s{},*]*?\bfrom\s*)?${QUOTED}([^"'\x60]+?\.js)\1`,
  'g',
);
// `import("./x.js")`, import(`./x.js`); a template with `${…}` names no one file and is skipped.
const DYNAMIC = new RegExp(String.raw`\bimport\s*\(\s*${QUOTED}([^"'\x60$]+?\.js)\1\s*\)`, 'g');
// Vite's preload lists: root-relative paths such as "chunks/x.js" (never starting with `.`).
const PRELOAD = new RegExp(String.raw`${QUOTED}(\/?[\w-]+(?:\/[\w.-]+)+\.js)\1`, 'g');

const isPath = (spec: string): boolean => /^\.{0,2}\//.test(spec);
const specs = (code: string, pattern: RegExp): string[] => [...code.matchAll(pattern)].map((m) => m[2] ?? '');

/** What one built file refers to: static imports, dynamic imports and preload-list entries. */
export function scriptRefs(code: string): ScriptRefs {
  const statics = specs(code, STATIC).filter(isPath);
  const dynamic = specs(code, DYNAMIC).filter(isPath);
  const named = new Set([...statics, ...dynamic]);
  const preload = specs(code, PRELOAD).filter((s) => !named.has(s));
  return { static: statics, dynamic, preload };
}

/** The `<script src>` and `<link rel="modulepreload" href>` of a page, in document order. */
export function htmlScripts(html: string): string[] {
  const out: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attr = (name: string): string | undefined =>
      tag
        .match(new RegExp(String.raw`\s${name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))`, 'i'))
        ?.slice(1)
        .find(Boolean);
    if (/^<script/i.test(tag)) {
      const src = attr('src');
      if (src) out.push(src);
    } else if (attr('rel')?.toLowerCase() === 'modulepreload') {
      const href = attr('href');
      if (href) out.push(href);
    }
  }
  return out;
}

/** `spec` as a root-relative path: from the root when it starts with `/` or `fromRoot`, else from `importer`'s folder. */
export function resolveRef(importer: string, spec: string, fromRoot = false): string {
  const bare = spec.replace(/[?#].*$/, '');
  const joined = bare.startsWith('/') || fromRoot ? bare : posix.join(posix.dirname(importer), bare);
  const path = posix.normalize(joined).replace(/^\/+/, '');
  if (path.startsWith('../') || path === '..') throw new Error(`${importer}: "${spec}" points outside the extension`);
  return path;
}

/** Reads and gzips each file once. */
class Build {
  private readonly sizes = new Map<string, number>();
  private readonly texts = new Map<string, string>();

  constructor(readonly dir: string) {}

  text(file: string, from: string): string {
    const known = this.texts.get(file);
    if (known !== undefined) return known;
    const path = posix.join(this.dir, file);
    if (!existsSync(path)) throw new Error(`${from} refers to ${file}, which is not in ${this.dir}`);
    const text = readFileSync(path, 'utf8');
    this.texts.set(file, text);
    return text;
  }

  gz(file: string): number {
    let size = this.sizes.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(posix.join(this.dir, file)), { level: 9 }).length;
      this.sizes.set(file, size);
    }
    return size;
  }

  /** The files reached from `start` (in discovery order), following static imports, and lazy ones when `lazy`. */
  walk(start: { file: string; from: string }[], lazy: boolean): string[] {
    const seen = new Set<string>();
    const queue = [...start];
    for (let next = queue.shift(); next; next = queue.shift()) {
      if (seen.has(next.file)) continue;
      const refs = scriptRefs(this.text(next.file, next.from));
      seen.add(next.file);
      const from = next.file;
      for (const spec of refs.static) queue.push({ file: resolveRef(from, spec), from });
      if (!lazy) continue;
      for (const spec of refs.dynamic) queue.push({ file: resolveRef(from, spec), from });
      for (const spec of refs.preload) queue.push({ file: resolveRef(from, spec, true), from });
    }
    return [...seen];
  }

  list(files: string[]): ScriptFile[] {
    return files.map((file) => ({ file, gz: this.gz(file) }));
  }
}

/** The scripts `html` (a page at the root of the built extension `dir`, e.g. `popup.html`) loads. */
export function pageScripts(dir: string, html: string): PageScripts {
  const build = new Build(dir);
  const start = htmlScripts(build.text(html, dir))
    .filter((src) => !/^[a-z][\w+.-]*:/i.test(src))
    .map((src) => ({ file: resolveRef(html, src), from: html }));
  const first = build.walk(start, false);
  const lazy = build.walk(start, true).filter((file) => !first.includes(file));
  return { first: build.list(first), all: build.list([...first, ...lazy]) };
}

/** The background's scripts: the manifest's service worker (or scripts) and their static imports. */
export function backgroundScripts(dir: string): ScriptFile[] {
  const build = new Build(dir);
  const manifest = JSON.parse(build.text('manifest.json', dir)) as {
    background?: { service_worker?: string; scripts?: string[] };
  };
  const worker = manifest.background?.service_worker;
  const entries = worker ? [worker] : (manifest.background?.scripts ?? []);
  if (entries.length === 0) throw new Error(`${dir}/manifest.json names no background script`);
  const from = 'manifest.json';
  return build.list(
    build.walk(
      entries.map((file) => ({ file: resolveRef(from, file), from })),
      false,
    ),
  );
}

/** Gzipped bytes of the background's scripts. */
export const backgroundGz = (dir: string): number => sum(backgroundScripts(dir));
