// `npm start`: opens Chromium with the freshly built extension loaded, on a profile kept in
// .output/profile so your ratings survive restarts. Needs a desktop session.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../e2e/chromium-path.mjs';

const dir = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
const profile = fileURLToPath(new URL('../../.output/profile', import.meta.url));
mkdirSync(profile, { recursive: true });
const browser = findChromium();
console.log(`Starting ${browser} with Limber from ${dir}`);
spawn(browser, [`--user-data-dir=${profile}`, `--load-extension=${dir}`, `--disable-extensions-except=${dir}`, '--no-first-run', 'about:blank'], {
  stdio: 'inherit',
  detached: true,
}).unref();
