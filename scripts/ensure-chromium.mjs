// Run before the browser tests: makes sure a Chromium exists, installing Debian's package where
// that is possible (Debian/Ubuntu, as root), and otherwise stops with the install command.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from '../tests/browser.mjs';

let found = await findChromium();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!found && isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian’s chromium package (apt-get install -y chromium)...');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  } catch {
    // Reported below.
  }
  found = await findChromium();
}
if (!found) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
console.log(`Browser tests use ${found}`);
