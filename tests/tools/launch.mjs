// `npm start`: opens Chromium with the freshly built extension loaded, on a profile kept in
// .output/profile so your ratings survive restarts. Needs a desktop session (a display).
// CHROME_PATH picks the browser; CHROME_FLAGS adds flags to it (space-separated).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../e2e/chromium-path.mjs';

const dir = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
const profile = fileURLToPath(new URL('../../.output/profile', import.meta.url));
const log = fileURLToPath(new URL('../../.output/browser.log', import.meta.url));
/** How long the browser must stay up before we call it started: a refusal to start comes well within it. */
const WATCH_MS = 3000;

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (!existsSync(`${dir}/manifest.json`))
  fail(`No build in ${dir}. Run \`npm start\` (it builds first) or \`npm run build\`.`);

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail(
    'No display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser window can open.\n' +
      `The extension is built in ${dir}: load it in a browser on your desktop instead\n` +
      '(chrome://extensions > Developer mode > Load unpacked; README, "Loading the build yourself"),\n' +
      'or run `npm start` from a terminal inside your desktop session.',
  );
}

let browser;
try {
  browser = findChromium();
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}

const args = [
  `--user-data-dir=${profile}`,
  `--load-extension=${dir}`,
  `--disable-extensions-except=${dir}`,
  '--no-first-run',
];
if (process.getuid?.() === 0) {
  console.log(
    'Running as root (a container or WSL?): adding --no-sandbox, without which Chromium refuses to start as root.',
  );
  args.push('--no-sandbox');
}
const extra = (process.env.CHROME_FLAGS ?? '').split(/\s+/).filter(Boolean);
if (extra.length) console.log(`Adding CHROME_FLAGS: ${extra.join(' ')}`);
args.push(...extra, 'about:blank');

mkdirSync(profile, { recursive: true });
console.log(`Starting ${browser} with Limber from ${dir}`);
// The browser's own messages go to a file: it outlives this script, and a file outlives a pipe.
const out = openSync(log, 'w');
const child = spawn(browser, args, { stdio: ['ignore', out, out], detached: true });

const outcome = await new Promise((resolve) => {
  const timer = setTimeout(() => resolve({ running: true }), WATCH_MS);
  child.once('error', (error) => {
    clearTimeout(timer);
    resolve({ error });
  });
  child.once('exit', (code, signal) => {
    clearTimeout(timer);
    resolve({ code, signal });
  });
});

if (outcome.error) fail(`Could not run ${browser}: ${outcome.error.message}`);
if (outcome.running) {
  child.unref();
  console.log(`Started (pid ${child.pid}). Its messages go to ${log}.`);
} else if (outcome.code === 0) {
  // Chromium hands the window to an instance already running on this profile, and exits.
  console.log('Opened in the browser already running on this profile.');
} else {
  const messages = readFileSync(log, 'utf8').trimEnd();
  const hint = /sandbox/i.test(messages)
    ? 'Its sandbox cannot run here; if you trust this machine, try CHROME_FLAGS=--no-sandbox npm start.'
    : 'Extra flags for it go in CHROME_FLAGS (space-separated); see README, "Set up and run".';
  fail(
    `${browser} exited at once (${outcome.signal ?? `exit code ${outcome.code}`}). Its last messages:\n${messages.split('\n').slice(-20).join('\n')}\n${hint}`,
  );
}
