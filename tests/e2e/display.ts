import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';

/**
 * A virtual X display for the few tests that need what headless Chromium lacks: browser-level
 * keyboard shortcuts (extension commands) only arrive through a real window and real key events.
 */
export interface Display {
  name: string;
  key(combo: string): void;
  stop(): void;
}

function need(tool: string): void {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
  } catch {
    throw new Error(
      `${tool} is needed for the keyboard-shortcut test. Install it (Debian/Ubuntu: sudo apt-get install -y xvfb xdotool).`,
    );
  }
}

export async function startDisplay(): Promise<Display> {
  need('Xvfb');
  need('xdotool');
  const n = 90 + Math.floor(Math.random() * 400);
  const name = `:${n}`;
  const proc: ChildProcess = spawn('Xvfb', [name, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 50 && !existsSync(`/tmp/.X11-unix/X${n}`); i++) await new Promise((r) => setTimeout(r, 100));
  return {
    name,
    key: (combo) =>
      execFileSync('xdotool', ['key', '--clearmodifiers', combo], { env: { ...process.env, DISPLAY: name } }),
    stop: () => proc.kill(),
  };
}
