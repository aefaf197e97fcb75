// Makes sure a Chromium exists before the browser tests start. Debian's /usr/bin/chromium is
// preferred (Playwright cannot download its own browser on machines without internet); when
// neither it nor Playwright's browser is present, install Debian's package if we can, else say how.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM } from './browser.mjs';

function playwrightBrowserPresent() {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

if (existsSync(SYSTEM_CHROMIUM)) {
  process.exit(0);
}
if (playwrightBrowserPresent()) {
  console.log(`Using Playwright's own Chromium at ${chromium.executablePath()}.`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log("No Chromium found: installing Debian's chromium package (apt-get install -y chromium) for the browser tests…");
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (existsSync(SYSTEM_CHROMIUM)) process.exit(0);
  console.error('apt-get finished but /usr/bin/chromium is still missing.');
  process.exit(1);
}

console.error(
  [
    'The browser tests need Chromium, and none was found.',
    hasApt
      ? "  On Debian or Ubuntu, install it as root:  apt-get install -y chromium"
      : '  Install Playwright\'s browser:            npx playwright install chromium',
    '  (or run npm test as root on Debian, and it will install the package itself).',
  ].join('\n'),
);
process.exit(1);
