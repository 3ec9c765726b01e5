import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { args, env, executablePath } from './scripts/chromium-options.mjs';
import { summaryReporter } from './tests/support/summary-reporter.mjs';
import { testServer } from './tests/support/test-server.mjs';
import { mediaFeaturesPlugin } from './tests/support/media-features-plugin.mjs';
import { timezonePlugin } from './tests/support/timezone-plugin.mjs';
import { renderStoryPlugin } from './tests/support/render-story-plugin.mjs';

export default {
  files: 'tests/**/*.test.ts',
  nodeResolve: { exportConditions: ['production'] },
  middleware: [testServer],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), timezonePlugin(), mediaFeaturesPlugin(), renderStoryPlugin(), a11ySnapshotPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args, env },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 300_000,
};
