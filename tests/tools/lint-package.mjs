// Lints the Firefox package `npm run zip` made, as addons.mozilla.org will: unpacks the zip and
// runs web-ext lint (addons-linter) on it. Exits non-zero on any error, so a broken package is
// never handed to a store. Warnings are printed for a human to read.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const zip = fileURLToPath(new URL(`../../.output/limber-${version}-firefox.zip`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'limber-ff-package-'));
try {
  execFileSync('unzip', ['-q', zip, '-d', dir]);
  let out;
  try {
    out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
      encoding: 'utf8',
    });
  } catch (err) {
    out = err.stdout;
  }
  const report = JSON.parse(out.slice(out.indexOf('{')));
  console.log(
    `web-ext lint ${zip.split('/').pop()}: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`,
  );
  for (const w of report.warnings) console.log(`  warning ${w.code}: ${w.message}${w.file ? ` (${w.file})` : ''}`);
  for (const e of report.errors) console.log(`  ERROR ${e.code}: ${e.message}${e.file ? ` (${e.file})` : ''}`);
  if (report.summary.errors > 0) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
