import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';
import { EXTENSION_DIR } from './extension';

// Fails loudly (never skips) when the browser or the build is missing.
export default function setup(): void {
  findChromium();
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No built extension at ${EXTENSION_DIR}. Run \`npm run build\` first (\`npm test\` does).`);
  }
}
