// Chromium for the browser tests and the bench. Debian's /usr/bin/chromium is used where it is
// installed, because Playwright cannot download its own browser on machines without internet.
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium from calling home (the test machines have no internet). */
const QUIET_NETWORK = ['--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** @returns {import('@playwright/test').LaunchOptions} */
export function chromiumLaunchOptions() {
  return {
    ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    args: [...QUIET_NETWORK, '--disable-sync', '--disable-quic'],
  };
}
