import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // The demo's sample archive: stories load real JSON and photos from the Storybook server.
  staticDirs: [{ from: '../demo/archive', to: '/archive' }],
  core: { disableTelemetry: true },
};

export default config;
