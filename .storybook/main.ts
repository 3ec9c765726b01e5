import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The demo's sample archive: stories load real JSON and photos from the Storybook server. Its
  // session route (a server's, in the demo) is a file here that says nobody is signed in.
  staticDirs: [
    { from: '../demo/archive', to: '/archive' },
    { from: '../stories/archive', to: '/archive' },
  ],
  core: { disableTelemetry: true },
};

export default config;
