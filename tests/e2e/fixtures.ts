// The test fixture every end-to-end test uses: a page that fails the test if any request leaves the local origin.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ outsideRequests: string[] }>({
  outsideRequests: [
    async ({ context, baseURL }, use) => {
      const local = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const outside: string[] = [];
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        const { protocol, origin } = new URL(url);
        if (origin === local || protocol === 'data:' || protocol === 'blob:') return route.continue();
        outside.push(url);
        return route.abort('blockedbyclient');
      });
      await use(outside);
      expect(outside, 'requests that left the local origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
