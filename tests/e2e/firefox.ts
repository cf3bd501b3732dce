/**
 * Starting firefox-esr with the Firefox build installed, for the Firefox tests (puppeteer-core over
 * WebDriver BiDi), and finding the extension's pages in it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { clearOfDefaultTimes } from './default-times';
import type { Browser, Page } from 'puppeteer-core';

export const FIREFOX_DIR = fileURLToPath(new URL('../../.output/firefox-mv3', import.meta.url));

export function findFirefox(): string {
  for (const p of [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'])
    if (p && existsSync(p)) return p;
  throw new Error(
    'No Firefox found for the Firefox tests. Install one (Debian: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.',
  );
}

/** WebDriver BiDi will not navigate to moz-extension:// pages, but it can use those the extension opens. */
export async function extensionPage(browser: Browser, path: string, timeout = 30_000): Promise<Page> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    for (const p of await browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.includes(path)) return p;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the extension did not open ${path}`);
}

/** Starts firefox-esr with the add-on installed; `run` gets the welcome page it opens on install. */
export async function withFirefox(run: (browser: Browser, welcome: Page) => Promise<void>): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'limber-ff-'));
  await clearOfDefaultTimes();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profile,
  });
  try {
    await browser.installExtension(FIREFOX_DIR);
    await run(browser, await extensionPage(browser, '/welcome.html'));
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  }
}
