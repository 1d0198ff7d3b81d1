// Unit tests run in Node; a test file that needs a DOM asks for jsdom with `// @vitest-environment jsdom`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'threads',
  },
});
