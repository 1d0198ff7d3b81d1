// The guard itself is tested: a page that reaches outside the local origin must fail its test.
import { test } from './fixtures';

// The page's CSP already blocks such a request; bypass it so the guard behind it is what gets tested.
test.use({ bypassCSP: true });

test.fail('a request to an outside address fails the test that made it', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => fetch('https://example.org/track').catch(() => undefined));
});
