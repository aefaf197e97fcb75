/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets unit tests import modules that use astro:content and astro/zod.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 60_000,
    // Set-up copies the project for the build tests: slow on a busy machine.
    hookTimeout: 120_000,
  },
});
