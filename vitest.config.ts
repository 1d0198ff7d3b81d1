// Unit tests run in Node; a test file that needs a DOM asks for jsdom with `// @vitest-environment jsdom`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'threads',
    // Some tests run ESLint, zip a bomb or build a schema: on a shared 2-core machine 5 s is too tight. No test asserts a time.
    testTimeout: 30_000,
  },
});
