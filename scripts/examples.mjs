#!/usr/bin/env node
/**
 * `npm run test:examples`: the apps in `examples/` as a user makes them, from the packed package (run
 * `npm run build` first): React, Vue and Svelte with Vite, Angular (all with strict type checks), an
 * Eleventy and an Astro site; `node scripts/examples.mjs 'react vue'` tries some. Each is copied out of the repository, installs the tarball and its own dependencies from
 * the registry, runs its check (the type checks; for the sites, importing the package in Node as their
 * configs would) and its build, and is tried in headless Chromium against the demo's archive: the
 * stories show, their events arrive, and a picked nearby photo becomes the story in place. Prints
 * `N passed, N failed`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { launch } from './chromium.mjs';
import { startDemo } from './demo-server.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'photo-story-examples-'));
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', NG_CLI_ANALYTICS: 'false' } });

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** A static server for a built app (its `dist/`), on a free port of 127.0.0.1. */
async function serve(folder) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    try {
      const file = join(folder, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(folder)) throw new Error('outside');
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { address: `http://127.0.0.1:${server.address().port}/`, stop: () => server.close() };
}

/** What a reader sees of an element's shadow part, text folded. */
const shown = (page, selector, part) =>
  page.evaluate((selector, part) => document.querySelector(selector)?.shadowRoot?.querySelector(`[part=${part}]`)?.textContent.replace(/\s+/g, ' ').trim(), selector, part);

const results = [];
async function check(name, body) {
  try {
    await body();
    results.push(true);
    console.log(`ok   ${name}`);
  } catch (error) {
    results.push(false);
    console.log(`FAIL ${name}: ${error.message}`);
  }
}

/** Eleventy's story rendered at build time: in the HTML, taken over by embed.js without a request for it. */
async function servedStory(page, address) {
  const asked = [];
  const listen = (request) => request.url().includes('/archive/api/') && asked.push(request.url());
  page.on('request', listen);
  await page.goto(new URL('served/', address).href);
  const html = await (await fetch(new URL('served/', address))).text();
  if (!/<photo-story [^>]*><template [^>]*shadowrootmode="open">[\s\S]*Leon Trotsky&#39;s arrival in Mexico/.test(html)) throw new Error('the story is not in the built HTML');
  await page.waitForFunction(() => document.querySelector('photo-story')?.hasAttribute('src') && !document.querySelector('photo-story').shadowRoot.querySelector('style[data-served]'), { timeout: 15_000 });
  if ((await shown(page, 'photo-story', 'title')) != "Leon Trotsky's arrival in Mexico") throw new Error('the title after the take-over');
  page.off('request', listen);
  if (asked.length) throw new Error(`the browser asked again for ${asked.join(', ')}`);
}

const tarball = join(work, execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: ROOT }).toString().trim().split('\n').pop());
const site = await startDemo();
// Where the sites that render at build time (Eleventy's shortcode) read their stories.
process.env.PHOTO_STORY_ARCHIVE = new URL('archive/api/', site.base).href;
const browser = await launch();
try {
  for (const name of (process.argv[2] ?? 'react vue svelte angular eleventy astro').split(' ')) {
    const app = join(work, name);
    cpSync(join(ROOT, 'examples', name), app, { recursive: true, filter: (source) => !/node_modules|dist$/.test(source) });
    await check(`examples/${name} installs the packed package, passes its check (npm run check) and builds`, async () => {
      run('npm', ['install', '--no-package-lock', tarball], app);
      run('npm', ['run', '--silent', 'check'], app);
      run('npm', ['run', '--silent', 'build'], app);
    });
    const served = await serve(join(app, 'dist'));
    const page = await browser.newPage();
    const failures = [];
    page.on('pageerror', (error) => failures.push(error.message));
    await check(`examples/${name} shows a story from the archive and one the app has, and hears their events`, async () => {
      await page.goto(`${served.address}?archive=${encodeURIComponent(new URL('archive/api/', site.base).href)}`);
      await page.waitForFunction(() => document.querySelector('#log')?.textContent.includes('loaded: Leon'), { timeout: 15_000 });
      await page.waitForFunction(() => document.querySelector('#log')?.textContent.includes('tag loaded: A record the app already has'), { timeout: 15_000 });
      if ((await shown(page, '#component', 'title')) != "Leon Trotsky's arrival in Mexico") throw new Error('the title of the archive’s story');
      if ((await shown(page, '#tag', 'title')) != 'A record the app already has') throw new Error('the title of the app’s story');
    });
    await check(`examples/${name}: a picked nearby photo becomes the story, in place`, async () => {
      const item = await page.waitForFunction(
        () => {
          const nearby = document.querySelector('#component')?.shadowRoot?.querySelector('nearby-photos');
          nearby?.scrollIntoView();
          return nearby?.shadowRoot?.querySelector('[part=item]');
        },
        { timeout: 15_000 },
      );
      const title = await item.evaluate((link) => link.querySelector('[part=item-title]').textContent);
      await item.click();
      await page.waitForFunction((title) => document.querySelector('#component').shadowRoot.querySelector('[part=title]')?.textContent.includes(title), { timeout: 15_000 }, title);
      if (!(await page.$eval('#log', (output) => output.textContent)).includes(`picked: ${title}`)) throw new Error('no nearby-select in the log');
      if (new URL(page.url()).pathname != '/') throw new Error('the page left');
    });
    if (name == 'eleventy')
      await check('examples/eleventy: a story rendered at build time by its shortcode reads from the HTML and is taken over without a request', () => servedStory(page, served.address));
    await check(`examples/${name} raised no error in the page`, async () => {
      if (failures.length) throw new Error(failures.join('; '));
    });
    await page.close();
    served.stop();
  }
} finally {
  await browser.close();
  site.stop();
  rmSync(work, { recursive: true, force: true });
}

const passed = results.filter(Boolean).length;
console.log(`examples: ${passed} passed, ${results.length - passed} failed`);
process.exit(passed == results.length ? 0 : 1);
