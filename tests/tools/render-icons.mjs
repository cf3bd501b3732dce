// Renders assets/icon.svg to the PNG sizes the stores want, in headless Chromium.
// Run: node tests/tools/render-icons.mjs  (needs Chromium; output is committed)
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { findChromium } from '../e2e/chromium-path.mjs';

const svg = readFileSync(new URL('../../assets/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`,
  );
  await page.screenshot({
    path: new URL(`../../assets/public/icon/${size}.png`, import.meta.url).pathname,
    omitBackground: true,
  });
  await page.close();
}
await browser.close();
