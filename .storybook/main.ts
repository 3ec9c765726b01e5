import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // Placeholder photos the stories' entries point at.
  staticDirs: [{ from: './assets', to: '/assets' }],
  core: { disableTelemetry: true },
};

export default config;
