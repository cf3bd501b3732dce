/**
 * A bare DevTools-protocol client over `--remote-debugging-pipe`, for a Chromium the benchmark starts
 * itself: it attaches to nothing it is not told to. Playwright attaches to every service worker (and
 * an attached debugger keeps a worker alive), so the background's own lifetime is watched through this.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../e2e/chromium-path.mjs';
import { scratch } from './common';
import type { Readable, Writable } from 'node:stream';

type Listener = (params: unknown, sessionId?: string) => void;

export interface PipedBrowser {
  send<T = unknown>(method: string, params?: object, sessionId?: string): Promise<T>;
  on(method: string, listener: Listener): void;
  close(): Promise<void>;
}

/** Starts headless Chromium with `extension` loaded on a fresh profile, driven through a pipe. */
export function launchPiped(extension: string): PipedBrowser {
  const profile = mkdtempSync(join(tmpdir(), 'limber-bench-'));
  // Removed with the others once the table is out.
  scratch.push(profile);
  const proc = spawn(
    findChromium(),
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = proc.stdio[3] as Writable;
  const fromBrowser = proc.stdio[4] as Readable;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void; method: string }>();
  const listeners = new Map<string, Listener[]>();
  let nextId = 1;
  let buffered: Buffer[] = [];
  fromBrowser.on('data', (chunk: Buffer) => {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; start = end + 1, end = chunk.indexOf(0, start)) {
      buffered.push(chunk.subarray(start, end));
      const message = JSON.parse(Buffer.concat(buffered).toString('utf8'));
      buffered = [];
      if (message.id !== undefined) {
        const call = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) call?.reject(new Error(`${call.method}: ${message.error.message}`));
        else call?.resolve(message.result);
      } else {
        for (const l of listeners.get(message.method) ?? []) l(message.params, message.sessionId);
      }
    }
    if (start < chunk.length) buffered.push(chunk.subarray(start));
  });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return {
    send<T>(method: string, params = {}, sessionId?: string): Promise<T> {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: (v) => resolve(v as T), reject, method });
        toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      });
    },
    on(method, listener) {
      listeners.set(method, [...(listeners.get(method) ?? []), listener]);
    },
    async close() {
      proc.kill();
      await exited;
    },
  };
}
