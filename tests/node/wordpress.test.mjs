/**
 * A demo archive link pasted into WordPress, with WordPress's own code: its oEmbed consumer and
 * `wp_filter_oembed_result` (PHP, from Debian's `wordpress` package, see scripts/wordpress-oembed.php)
 * make the post's HTML, which a page loads in Chromium with WordPress's `wp-embed.js`. Then the same
 * frame on a page that is not WordPress's. Needs `php-cli` and `wordpress` (CI installs them).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { launch } from '../../scripts/chromium.mjs';
import { startDemo } from '../../scripts/demo-server.mjs';

const WORDPRESS = '/usr/share/wordpress';
const missing = !existsSync(`${WORDPRESS}/wp-includes/embed.php`) ? 'Debian\'s wordpress package' : !['/usr/bin/php', '/usr/local/bin/php'].some(existsSync) ? 'php-cli' : '';
// On CI their absence is a failure; elsewhere the tests say what to install.
const skip = missing && !process.env.CI ? `needs ${missing} (apt-get install php-cli wordpress)` : false;
if (missing && process.env.CI) throw new Error(`CI needs ${missing}`);

const SLUG = 'leon-trotsky-arrival-mexico';
let demo, base, host, hostBase, browser;
/** The post's body, by name: `/wordpress` is the link as WordPress embeds it, `/plain` the raw oEmbed answer. */
const bodies = {};

before(async () => {
  if (skip) return;
  ({ base, ...demo } = await startDemo());
  // A WordPress-like site on another origin: a post that holds the embed, and wp-embed.js.
  host = createServer((req, res) => {
    if (req.url == '/wp-embed.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(`${WORDPRESS}/wp-includes/js/wp-embed.js`));
    const body = bodies[req.url];
    if (body === undefined) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A post</title><link rel="icon" href="data:,"><script src="/wp-embed.js"></script>
<style>body { margin: 0 auto; max-width: 40rem; padding: 1rem } iframe { max-width: 100% }</style></head>
<body><main><h1>A post</h1><p>Before the link.</p>
${body}
<p>After the link.</p></main></body></html>`);
  });
  await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostBase = `http://127.0.0.1:${host.address().port}`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  host?.close();
  demo?.stop();
});

const page = () => new URL(`archive/photos/${SLUG}.html`, base).href;

/** What WordPress's oEmbed consumer makes of a link pasted on its own line. */
const embedded = async (url) => (await promisify(execFile)('php', ['scripts/wordpress-oembed.php', url, WORDPRESS], { cwd: new URL('../..', import.meta.url).pathname })).stdout;

/** The frame's box on the host page, and its document's own height and scroll state. */
async function measure(tab) {
  const frame = tab.frames().find((each) => each.url().includes('/embed/'));
  const outer = await tab.evaluate(() => {
    const element = document.querySelector('iframe');
    return { height: element.getBoundingClientRect().height, clipped: !!element.getAttribute('style'), quote: document.querySelector('blockquote').checkVisibility() };
  });
  const inner = await frame.evaluate(() => ({
    content: document.documentElement.getBoundingClientRect().height,
    scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
    taken: !document.querySelector('photo-story').shadowRoot.querySelector('style[data-served]'),
  }));
  return { frame, ...outer, ...inner };
}

/** Clicks, as a reader does, the first element of the story's shadow tree that `selector` finds. */
async function click(tab, frame, selector) {
  const [x, y] = await frame.evaluate((selector) => {
    const element = document.querySelector('photo-story').shadowRoot.querySelector(selector) ?? document.querySelector(selector);
    element.scrollIntoView({ block: 'center' });
    const box = element.getBoundingClientRect();
    return [box.x + Math.min(box.width / 2, 20), box.y + box.height / 2];
  }, selector);
  const at = await tab.evaluate(() => {
    const box = document.querySelector('iframe').getBoundingClientRect();
    return [box.x, box.y];
  });
  await tab.mouse.click(at[0] + x, at[1] + y);
}

/**
 * Waits until the frame has told the host page its height (the frame is shown) and the story is live:
 * taken over, so that a click reaches the browser's drawing, not the served one.
 */
async function settled(tab) {
  await tab.waitForFunction(() => document.querySelector('iframe')?.getAttribute('style') === null && document.querySelector('iframe').height != '750', { timeout: 10_000 });
  const frame = tab.frames().find((each) => each.url().includes('/embed/'));
  await frame.waitForFunction(() => !document.querySelector('photo-story').shadowRoot.querySelector('style[data-served]'), { timeout: 10_000 });
}

test('WordPress keeps the blockquote, which reads alone, and a sandboxed frame with its secret', { skip }, async () => {
  const html = await embedded(page());
  const quote = html.match(/^<blockquote class="wp-embedded-content" data-secret="(\w+)">([\s\S]*)<\/blockquote>/);
  assert.ok(quote, html);
  const [, secret, text] = quote;
  assert.match(text, new RegExp(`<a href="${page().replace(/\./g, '\\.')}">Leon Trotsky&#039;s arrival in Mexico</a>, 1939`));
  assert.match(text, /Photo: Unknown photographer/);
  assert.match(html, new RegExp(`<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="[^"]*" src="${base}embed/${SLUG}#\\?secret=${secret}" data-secret="${secret}" width="500" height="750"`));
  bodies['/wordpress'] = html;
});

test('in WordPress the frame shows the story, as tall as it is, and follows its changes', { skip }, async () => {
  bodies['/wordpress'] ??= await embedded(page());
  const tab = await browser.newPage();
  // Errors of the page and the frame, a refusal of the frame's policy included.
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() == 'error' && errors.push(`${message.text()} ${message.location()?.url ?? ''}`));
  await tab.setViewport({ width: 800, height: 900 });
  await tab.goto(`${hostBase}/wordpress`, { waitUntil: 'load' });
  await settled(tab);
  const wide = await measure(tab);
  assert.equal(wide.clipped, false, 'wp-embed.js shows the frame');
  assert.equal(wide.quote, false, 'and hides the blockquote');
  assert.ok(Math.abs(wide.height - wide.content) <= 2, `the frame (${wide.height}) is as tall as the story (${wide.content})`);
  assert.equal(wide.scrolls, false, 'no scrollbar inside');
  assert.ok(wide.taken, 'the story is live');
  const words = await wide.frame.evaluate(() => document.querySelector('photo-story').shadowRoot.textContent.replace(/\s+/g, ' '));
  assert.match(words, /Leon Trotsky's arrival in Mexico/);
  // On a phone the frame is narrower: the story grows taller, and the frame with it.
  await tab.setViewport({ width: 360, height: 900 });
  await tab.waitForFunction((before) => document.querySelector('iframe').getBoundingClientRect().height > before + 20, { timeout: 5_000 }, wide.height);
  const narrow = await measure(tab);
  assert.ok(Math.abs(narrow.height - Math.min(narrow.content, 1000)) <= 2, `the frame (${narrow.height}) follows the story (${narrow.content}), up to WordPress's 1000 px`);
  assert.deepEqual(errors, []);
  await tab.close();
});

test('in WordPress the photo opens and closes, and links open the archive in the top page', { skip }, async () => {
  bodies['/wordpress'] ??= await embedded(page());
  const tab = await browser.newPage();
  await tab.setViewport({ width: 800, height: 900 });
  await tab.goto(`${hostBase}/wordpress`, { waitUntil: 'load' });
  await settled(tab);
  const { frame } = await measure(tab);
  const dialogOpen = () => frame.evaluate(() => !!document.querySelector('photo-story').shadowRoot.querySelector('dialog')?.open);
  await click(tab, frame, '[part=zoom]');
  await frame.waitForFunction(() => document.querySelector('photo-story').shadowRoot.querySelector('dialog')?.open);
  await click(tab, frame, '[part=close]');
  assert.equal(await dialogOpen(), false, 'Close works without allow-forms');
  // "Log in" leads to the entry's page, where comments are written.
  const prompt = await frame.evaluate(() => {
    const thread = document.querySelector('photo-story').shadowRoot.querySelector('comment-thread');
    return thread.shadowRoot.querySelector('login-gate').shadowRoot.querySelector('[part=login]').textContent;
  });
  assert.equal(prompt, 'Comment on Old Photos');
  await Promise.all([tab.waitForNavigation(), click(tab, frame, '[part=title] a')]);
  assert.equal(tab.url(), page(), 'the title opened the entry in the top page');
  await tab.close();
});

test('the embed page passes axe, in the frame', { skip }, async () => {
  bodies['/wordpress'] ??= await embedded(page());
  const tab = await browser.newPage();
  await tab.goto(`${hostBase}/wordpress`, { waitUntil: 'load' });
  await settled(tab);
  const { frame } = await measure(tab);
  await frame.evaluate(readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8'));
  const violations = await frame.evaluate(async () => (await window.axe.run(document)).violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`));
  assert.deepEqual(violations, []);
  await tab.close();
});

test('elsewhere the frame tells its height with Iframely\'s iframe.resize, and the answer\'s sandbox holds it', { skip }, async () => {
  const answer = await (await fetch(new URL(`oembed?${new URLSearchParams({ url: page(), format: 'json', maxwidth: 480 })}`, base))).json();
  bodies['/plain'] = answer.html;
  const tab = await browser.newPage();
  await tab.evaluateOnNewDocument(() => {
    window.told = [];
    addEventListener('message', ({ data }) => typeof data == 'string' && window.told.push(JSON.parse(data)));
  });
  await tab.goto(`${hostBase}/plain`, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.told.length > 0, { timeout: 10_000 });
  const frame = tab.frames().find((each) => each.url().includes('/embed/'));
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const told = await tab.evaluate(() => window.told.at(-1));
  assert.equal(told.context, 'iframe.resize');
  assert.equal(told.src, `${base}embed/${SLUG}`);
  assert.equal(told.height, content);
  assert.equal(await frame.evaluate(() => origin), 'null', 'an opaque origin: no cookies, no storage');
  await tab.close();
});
