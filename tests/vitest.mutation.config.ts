/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// The unit tests without the one that runs whole builds (too slow to repeat for every mutant;
// `npm test` still runs it).
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/content-errors.test.ts'],
    testTimeout: 60_000,
  },
});
