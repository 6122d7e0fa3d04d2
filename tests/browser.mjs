// Finds a Chromium for the browser tests: an explicit environment variable first, then
// Playwright's own Chromium if it is installed, then Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';

export const INSTALL_HINT =
  'No Chromium found for the browser tests. On Debian or Ubuntu run: sudo apt-get install -y chromium ' +
  '(or set CHROMIUM_PATH to a Chromium or Chrome binary).';

/** @returns {Promise<string | undefined>} the browser to use, or undefined when there is none. */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  return undefined;
}
