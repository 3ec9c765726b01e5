/** `executeServerCommand('emulate-timezone', { timezone })` sets the page's time zone (Chromium only). */
export function timezonePlugin() {
  return {
    name: 'emulate-timezone',
    async executeCommand({ command, payload, session }) {
      if (command != 'emulate-timezone') return undefined;
      await session.browser.getPage(session.id).emulateTimezone(payload.timezone);
      return true;
    },
  };
}
