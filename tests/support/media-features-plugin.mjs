/**
 * `executeServerCommand('emulate-media-features', [{ name, value }])` emulates CSS media features
 * (Chromium only), `forced-colors` among them, which neither `emulateMedia` of
 * @web/test-runner-commands nor Puppeteer's own `emulateMediaFeatures` accepts. Each call replaces the
 * previous features; `[]` ends the emulation.
 */
export function mediaFeaturesPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command != 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      // The emulation lasts as long as the DevTools session that set it: one per page, kept.
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}
