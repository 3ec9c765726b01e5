/**
 * How every test, check and bench starts Chromium: the system's (`/usr/bin/chromium`, or `CHROME_PATH`),
 * with no network of its own at start, and with the language and time zone pinned, so that what a test
 * sees does not depend on the machine's locale or zone (tests that need another emulate it).
 */
export const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--lang=en-US',
];

export const env = { ...process.env, TZ: 'UTC', LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' };
