/**
 * Runs before `npm test`: the browser tests drive Debian's Chromium (never a downloaded browser).
 * If it is missing and this is a Debian machine where we are root, install it; otherwise say how.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
const root = process.getuid?.() === 0;
if (root && existsSync('/usr/bin/apt-get')) {
  console.log(`Chromium is not at ${path}; installing Debian's chromium package (about 20 s)…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  process.exit(existsSync(path) ? 0 : 1);
}
console.error(
  `The browser tests need Chromium at ${path}. Install it (on Debian: \`sudo apt-get install -y chromium\`) or set CHROMIUM_PATH to a Chromium binary.`,
);
process.exit(1);
