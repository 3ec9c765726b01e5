import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { args, env, executablePath } from './scripts/chromium-options.mjs';

/**
 * The stories as tests (`npm run test:stories`): each story renders, runs its `play` function and is
 * checked with axe, in headless Chromium (no browser download: the system's, or `CHROME_PATH`; see `scripts/chromium-options.mjs`).
 */
export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: { executablePath, args, env },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
