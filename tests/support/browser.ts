import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** Debian's Chromium, used where installed because Playwright cannot download browsers here. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium from calling home (the test machines have no internet). */
const QUIET_NETWORK = ['--disable-background-networking', '--disable-component-update', '--no-first-run'];

export function chromiumLaunchOptions(): LaunchOptions {
  return {
    ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    args: [...QUIET_NETWORK, '--disable-sync', '--disable-quic'],
  };
}
