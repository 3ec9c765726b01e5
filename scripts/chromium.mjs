/** What the scripts that drive a browser share: the system's Chromium, and a reader who scrolls. */
import puppeteer from 'puppeteer-core';
import { args, env, executablePath } from './chromium-options.mjs';

/** Headless Chromium as the tests start it (see `chromium-options.mjs`). */
export const launch = () => puppeteer.launch({ executablePath, headless: true, args, env });

/**
 * Lists load near the viewport: brings every story and list of the page (in shadow trees too) into
 * view, as a reader scrolling down would, and lets their requests settle; `rounds` times, since a
 * story's lists appear only once it has loaded. Resolves to whether the network always went idle.
 */
export async function bringListsIntoView(page, { rounds = 2, idleTime = 250 } = {}) {
  let idle = true;
  for (let round = 0; round < rounds; round++) {
    await page.evaluate(() => {
      const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
      for (const el of all(document)) if (/^(photo-story|nearby-photos|comment-thread)$/.test(el.localName)) el.scrollIntoView();
      window.scrollTo(0, document.documentElement.scrollHeight);
    });
    idle = (await page.waitForNetworkIdle({ idleTime, timeout: 10_000 }).then(() => true, () => false)) && idle;
  }
  return idle;
}
