/**
 * `executeServerCommand('render-story', options)` renders a story with the built `renderStory`
 * (`npm run build` first), in the test runner's own Node process: the HTML a server would send.
 */
export function renderStoryPlugin() {
  return {
    name: 'render-story',
    async executeCommand({ command, payload }) {
      if (command != 'render-story') return undefined;
      const { renderStory } = await import('../../dist/server/index.js');
      return renderStory(payload);
    },
  };
}
