/**
 * The demo server lets the pages of other origins that `ALLOW_ORIGINS` lists use the archive's
 * credentials (an app on another port), and only those.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDemo } from '../../scripts/demo-server.mjs';

let demo;
let base;
before(async () => ({ base, ...demo } = await startDemo({ ALLOW_ORIGINS: 'http://localhost:5173, not an origin' })));
after(() => demo?.stop());

const allowed = async (origin) => {
  const answer = await fetch(new URL('archive/api/session', base), { headers: { Origin: origin } });
  return [answer.headers.get('access-control-allow-origin'), answer.headers.get('access-control-allow-credentials')];
};

test('an origin that ALLOW_ORIGINS lists gets its origin back, with credentials', async () => {
  assert.deepEqual(await allowed('http://localhost:5173'), ['http://localhost:5173', 'true']);
});

test('another origin gets no credentials', async () => {
  const [origin, credentials] = await allowed('http://localhost:9999');
  assert.notEqual(origin, 'http://localhost:9999');
  assert.notEqual(credentials, 'true');
});

test('/ssr.html holds the story, its comments and nearby photos, and reads with JavaScript off', async () => {
  const page = await (await fetch(new URL('ssr.html', base))).text();
  for (const words of ['Leon Trotsky&#39;s arrival in Mexico', 'Nearby photos', 'You must be logged in to comment on the photos.'])
    assert.ok(page.includes(words), words);
  const { default: puppeteer } = await import('puppeteer-core');
  const { executablePath, args, env } = await import('../../scripts/chromium-options.mjs');
  const browser = await puppeteer.launch({ executablePath, args, env, headless: true });
  try {
    const tab = await browser.newPage();
    await tab.setJavaScriptEnabled(false);
    await tab.goto(new URL('ssr.html', base).href, { waitUntil: 'load' });
    const seen = await tab.evaluate(() => {
      const story = document.querySelector('photo-story');
      const text = (root) => [...root.querySelectorAll('*')].map((el) => (el.checkVisibility() ? [...el.childNodes].filter((n) => n.nodeType == 3).map((n) => n.textContent).join('') : '') + (el.shadowRoot ? text(el.shadowRoot) : '')).join(' ');
      const login = story.shadowRoot.querySelector('served-comment-thread').shadowRoot.querySelector('served-login-gate').shadowRoot.querySelector('a[part=login]');
      return { text: text(story.shadowRoot).replace(/\s+/g, ' '), login: login?.href, height: story.getBoundingClientRect().height, blockquote: story.querySelector('blockquote').checkVisibility() };
    });
    assert.match(seen.text, /Leon Trotsky's arrival in Mexico/);
    assert.match(seen.text, /Why is Stalin in the Kremlin/);
    assert.match(seen.text, /Nearby photos/);
    assert.match(seen.text, /comment/);
    assert.match(seen.login, /^http:\/\/127\.0\.0\.1:\d+\/archive\/login\?/, 'the sign-in prompt links to the login page');
    assert.ok(seen.height > 1000, 'the story has its height');
    assert.equal(seen.blockquote, false, 'the plain-HTML form is for readers without shadow DOM');
  } finally {
    await browser.close();
  }
});

test('no demo page scrolls sideways on a 320 px screen (WCAG reflow)', async () => {
  const { launch, bringListsIntoView } = await import('../../scripts/chromium.mjs');
  const browser = await launch();
  try {
    for (const page of ['', 'states.html', 'museum.html', 'iiif.html', 'mapped.html', 'cms.html', 'builder.html', 'looks.html', 'ssr.html', 'looks.html?lang=ar&rtl=1', 'ar.html']) {
      const tab = await browser.newPage();
      await tab.setViewport({ width: 320, height: 640 });
      await tab.goto(new URL(page, base).href, { waitUntil: 'networkidle0' });
      await bringListsIntoView(tab);
      const { scrollWidth, clientWidth } = await tab.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      assert.ok(scrollWidth <= clientWidth, `/${page}: ${scrollWidth} px wide on a screen of ${clientWidth}`);
      await tab.close();
    }
  } finally {
    await browser.close();
  }
});

test('the demo pages pass axe: headings in order, scrollable code reachable by keyboard', async () => {
  const { readFile } = await import('node:fs/promises');
  const axe = await readFile(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
  const { launch, bringListsIntoView } = await import('../../scripts/chromium.mjs');
  const browser = await launch();
  try {
    for (const page of ['states.html', 'cms.html', 'builder.html?src=%2Farchive%2Fapi%2Fphotos%2Fleon-trotsky-arrival-mexico.json', 'looks.html', '', 'ar.html']) {
      const tab = await browser.newPage();
      await tab.setBypassCSP(true); // to run axe in the page
      await tab.goto(new URL(page, base).href, { waitUntil: 'networkidle0' });
      await bringListsIntoView(tab);
      await tab.evaluate(axe);
      const violations = await tab.evaluate(async () => (await window.axe.run(document)).violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`));
      assert.deepEqual(violations, [], `/${page}`);
      // A story's title is a level below the heading of the section that holds it (the cards', the preview's).
      const levels = await tab.evaluate(() =>
        [...document.querySelectorAll('photo-story')].flatMap((story) => {
          const title = story.shadowRoot?.querySelector('[part=title]');
          const section = story.closest('section, main')?.querySelector('h1, h2, h3');
          return title && section ? [[Number(title.getAttribute('aria-level')), Number(section.localName[1])]] : [];
        }),
      );
      for (const [title, section] of levels) assert.equal(title, section + 1, `/${page}: a title of level ${title} under an h${section}`);
      await tab.close();
    }
  } finally {
    await browser.close();
  }
});

test('the builder says an error once, however many times the address being typed fails the same way', async () => {
  const { launch } = await import('../../scripts/chromium.mjs');
  const browser = await launch();
  try {
    const tab = await browser.newPage();
    await tab.goto(new URL('builder.html?src=%2Farchive%2Fapi%2Fphotos%2Fleon-trotsky-arrival-mexico.json', base).href, { waitUntil: 'networkidle0' });
    await tab.waitForFunction(() => document.querySelector('photo-story')?.shadowRoot?.querySelector('[part=title]'));
    // Every live region of the page and of the preview, and what each says, change by change.
    await tab.evaluate(() => {
      window.said = [];
      const story = document.querySelector('photo-story').shadowRoot;
      const regions = [...document.querySelectorAll('[aria-live], [role=status]'), ...story.querySelectorAll('[role=status]')];
      for (const region of regions)
        new MutationObserver(() => window.said.push(`${region.id || region.getAttribute('role')}: ${region.textContent.trim()}`)).observe(region, {
          childList: true,
          subtree: true,
          characterData: true,
        });
    });
    // A reader types an address that is not there, pausing after each character (past the builder's wait).
    await tab.click('#src', { clickCount: 3 });
    await tab.type('#src', new URL('/archive/api/photos/nope', base).href);
    for (const character of 'abcdef') {
      await tab.type('#src', character);
      await new Promise((resolve) => setTimeout(resolve, 900));
    }
    const said = (await tab.evaluate(() => window.said)).filter((line) => !/: $/.test(line));
    const repeated = said.filter((line, i) => said.indexOf(line) != i);
    assert.deepEqual(repeated, [], `said: ${said.join(' | ')}`);
    assert.ok(said.some((line) => line.includes('This photo story could not be found.')), `said: ${said.join(' | ')}`);
    await tab.close();
  } finally {
    await browser.close();
  }
});
