// @ts-check
/**
 * Mutation testing (StrykerJS with its Vitest runner): which unit tests can actually fail.
 * `npm run test:mutation` mutates the guide's logic and the site's checks; the score is in the
 * README. Browser-only code (src/guide/client/) is exercised by Playwright, not by unit tests,
 * and modules that read Astro's content store are exercised by the build.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/vitest.mutation.config.ts', related: false },
  mutate: [
    'src/guide/**/*.ts',
    'src/lib/**/*.ts',
    '!src/guide/client/**',
    '!src/lib/page-script/**',
    '!src/lib/guide-content.ts',
    '!src/lib/directory-words.ts',
    '!src/lib/guide-text.ts',
    '!src/lib/article.ts',
    '!src/lib/questions.ts',
  ],
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'tests/.tmp/mutation/index.html' },
  tempDirName: 'tests/.tmp/stryker',
  // Not copied into the sandboxes: build output and test artefacts (a running Playwright suite rewrites them).
  ignorePatterns: ['dist', 'tests/.tmp'],
  // Static mutants (constants evaluated when a module loads) each need the whole suite re-run in a
  // fresh process: hours on two cores. They are reported as ignored, not counted as killed.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20000,
  thresholds: { high: 90, low: 80, break: 80 },
};
