import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { watch } from '../src/upgrade/watch.js';

setCustomElementsManifest(manifest);
// As a page with `embed.js`: the plain-HTML form and link rules become stories.
watch();

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // An axe violation fails the story's test, as in the test suite.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
