#!/usr/bin/env node
/**
 * `npm run bench`: the library measured in headless Chromium against the demo server (started here on a
 * free port), with budgets that fail loudly. Run `npm run build` first. Prints a table and writes it
 * as JSON to bench-results/bench.json; exits non-zero when a budget is exceeded.
 *
 *   node scripts/bench.mjs [--runs 7]
 *
 * Scenarios (pages in demo/bench/):
 * - seed: the English one-tag page, signed out, scrolled to the end;
 * - served: the seed story rendered by `renderStory` (written here, as demo/bench/served.html, and served
 *   as a static file like the floor), taken over by embed.js;
 * - embed page: the seed story's oEmbed frame (/embed/<slug>, `embedPage`): the JavaScript it loads;
 * - first, first-bare, below, fallback (written here too): a post with a one-tag story at its top (with
 *   photo-story.css linked, and without), below a screen of text, and the plain-HTML form at its top:
 *   their layout shift;
 * - everything: IIIF, a map, Spanish, a signed-in reader's comment box, and the photo viewer opened;
 * - static: the seed story's title and photo as plain HTML, the floor the seed page is timed against;
 * - blank: 20 stories of one entry, a thread of 10,000 comments, 1,000 connects and disconnects
 *   (after 1,000 to warm up);
 * - iiif and vendor/clover: one IIIF manifest as a story, and in Clover IIIF's viewer (the comparison,
 *   see scripts/comparison.mjs).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { bringListsIntoView, launch } from './chromium.mjs';
import { startDemo } from './demo-server.mjs';
import { CLOVER, cloverScript, writeComparisonPages } from './comparison.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const KB = 1024;

/** The budgets: a figure above its limit fails the run. */
const BUDGETS = {
  seedGzip: 14 * KB,
  servedGzip: 16 * KB,
  everythingGzip: 28 * KB,
  // The one-tag page: a guard against regressions (the fast path is HTML first, below).
  titleRatio: 2.5,
  photoRatio: 2.5,
  servedTitleRatio: 1.1,
  servedPhotoRatio: 1.25,
  servedRequests: 0,
  layoutShift: 0,
  /** While a story loads, in every placement; the served form moves nothing at all. */
  shiftWhileLoading: 0.1,
  shiftServed: 0,
  requestsPerUrl: 1,
  bigThreadMs: 100,
  heapGrowthPerCycleBytes: 100,
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const compressed = (file) => {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

// ------------------------------------------------------------------ the page probes

/**
 * Runs in every page before its own scripts: records when the story's title and photo are on screen
 * (in a story's shadow tree, or in the page for the static floor; in Clover's viewer, the manifest's
 * label and the viewer's canvas once drawn) and the layout shifts of the page.
 */
function probe(label) {
  const marks = (window.__bench = { title: undefined, photo: undefined, shift: 0, shiftAfterPhoto: 0 });
  const visible = (el) => el && el.getBoundingClientRect().height > 0;
  // The one on screen: a served story's shadow root also holds the browser's own drawing, hidden until
  // the take-over.
  const find = (selector) =>
    document.querySelector(selector) ?? [...(document.querySelector('photo-story')?.shadowRoot?.querySelectorAll(selector) ?? [])].find(visible);
  const clover = () => document.querySelector('clover-viewer');
  const labelled = () => {
    const walker = document.createTreeWalker(clover(), NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode()); ) if (node.nodeValue.trim() == label) return node.parentElement;
  };
  const drawn = (canvas) => canvas?.width > 0 && canvas.getContext('2d')?.getImageData(canvas.width >> 1, canvas.height >> 1, 1, 1).data[3] > 0;
  const look = () => {
    const title = clover() ? labelled() : find('[part=title]');
    const photo = find('[part=image]');
    if (marks.title === undefined && visible(title)) marks.title = performance.now();
    if (marks.photo === undefined && ((visible(photo) && photo.complete && photo.naturalWidth) || (clover() && drawn(clover().querySelector('canvas')))))
      marks.photo = performance.now(); // loaded
    if (marks.title === undefined || marks.photo === undefined) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  new PerformanceObserver((list) => {
    for (const shift of list.getEntries()) {
      if (shift.hadRecentInput) continue;
      marks.shift += shift.value;
      if (marks.photo !== undefined) marks.shiftAfterPhoto += shift.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

// ------------------------------------------------------------------ scenarios

/** demo/bench/served.html: the seed page with its story rendered by `renderStory`, as a static file. */
async function writeServedPage(origin) {
  const { renderStory } = await import(path.join(ROOT, 'dist/server/index.js'));
  const story = await renderStory({ src: `${origin}/archive/api/photos/leon-trotsky-arrival-mexico.json` });
  const seed = readFileSync(path.join(ROOT, 'demo/bench/seed.html'), 'utf8');
  const page = seed
    .replace('<title>Bench: the seed page</title>', '<title>Bench: the seed story rendered on the server</title>')
    .replace(/<!--[^>]*-->\s*<photo-story [^>]*><\/photo-story>/, `<!-- Written by npm run bench: the seed story through renderStory. -->\n  ${story}`);
  writeFileSync(path.join(ROOT, 'demo/bench/served.html'), page);
}

/**
 * The layout-shift pages (demo/bench/first.html, first-bare.html, below.html, fallback.html): a post
 * of a few paragraphs with the story at its top, with and without photo-story.css; after a screen of
 * text; and the plain-HTML form at its top.
 */
function writeShiftPages() {
  const paragraph = `  <p>What strikes me, looking at it again, is how ordinary the scene is: a couple in travelling clothes, a few
    people who have come to meet them, a harbour. Nothing in it tells you that the next two years would be
    anything but quiet. They were not: in April 1937 the Dewey Commission sat in the Blue House itself.</p>\n`;
  const text = (count) => paragraph.repeat(count);
  const tag = '  <photo-story src="/archive/api/photos/leon-trotsky-arrival-mexico.json"></photo-story>\n';
  const form = `  <blockquote class="photo-story" data-src="/archive/api/photos/leon-trotsky-arrival-mexico.json">
    <p><strong><a href="/archive/photos/leon-trotsky-arrival-mexico.html">Leon Trotsky's arrival in Mexico</a></strong>, 1939</p>
    <img src="/archive/img/leon-trotsky-arrival-mexico.svg" alt="Leon Trotsky and Natalya Sedova on the quayside at Tampico." width="1200" height="800" loading="lazy">
    <p>Leon Trotsky and Natalya Sedova arrive in Mexico, January 1937.</p>
  </blockquote>\n`;
  const pages = {
    first: ['a story first in a post', true, tag + text(6)],
    'first-bare': ['a story first in a post, without the stylesheet', false, tag + text(6)],
    below: ['a story below the fold', true, text(8) + tag + text(6)],
    fallback: ['the plain-HTML form first in a post', false, form + text(6)],
  };
  for (const [name, [title, stylesheet, body]] of Object.entries(pages)) {
    const link = stylesheet ? '  <link rel="stylesheet" href="/dist/photo-story.css">\n' : '';
    const page = `<!doctype html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n  <title>Bench: ${title}</title>\n${link}  <script type="module" src="/dist/embed.js"></script>\n</head>\n<body>\n${body}</body>\n</html>\n`;
    writeFileSync(path.join(ROOT, `demo/bench/${name}.html`), page);
  }
}

/** The layout shift of one load of `name`, until its network is idle (lists and late chunks included). */
async function shiftOf(browser, origin, name) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.evaluateOnNewDocument(probe, '');
  await page.goto(`${origin}/bench/${name}.html`, { waitUntil: 'load' });
  await page.waitForNetworkIdle({ idleTime: 500 });
  const { shift } = await page.evaluate(() => window.__bench);
  await context.close();
  return shift;
}

/** The served page: the scripts it loads, and whether the browser asked for any of the story's documents. */
async function servedWeight(browser, origin) {
  const page = await browser.newPage();
  const scripts = scriptsOf(page);
  const asked = [];
  page.on('request', (request) => request.url().includes('/archive/api/') && asked.push(request.url()));
  await page.goto(`${origin}/bench/served.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => !document.querySelector('photo-story').shadowRoot.querySelector('style[data-served]'), { timeout: 15_000 });
  await scrollToEnd(page);
  const takenOver = await page.evaluate(() => document.querySelector('photo-story').hasAttribute('src'));
  await page.close();
  return { files: scripts(), asked, takenOver };
}

/** The embed page that the oEmbed answer frames (/embed/<slug>): the scripts it loads, once the story is live. */
async function embedWeight(browser, origin) {
  const page = await browser.newPage();
  const scripts = scriptsOf(page);
  await page.goto(`${origin}/embed/leon-trotsky-arrival-mexico`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => !document.querySelector('photo-story').shadowRoot.querySelector('style[data-served]'), { timeout: 15_000 });
  await page.waitForNetworkIdle({ idleTime: 300 });
  await page.close();
  return scripts();
}

/** Every script a page loaded (from dist/, or Clover's from demo/bench/vendor/), with its sizes. */
function scriptsOf(page) {
  const seen = new Set();
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (/^\/(dist|bench\/vendor)\/.*\.js$/.test(pathname)) seen.add(pathname);
  });
  return () =>
    [...seen].sort().map((file) => ({
      file: file.replace(/^\/(dist|bench\/vendor)\//, ''),
      ...compressed(path.join(ROOT, file.startsWith('/dist/') ? '' : 'demo', file)),
    }));
}

const total = (files) => files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });

/** The page scrolled to its end, every list loaded. */
const scrollToEnd = (page) => bringListsIntoView(page, { rounds: 3, idleTime: 300 });

async function seedWeight(browser, origin) {
  const page = await browser.newPage();
  const scripts = scriptsOf(page);
  await page.goto(`${origin}/bench/seed.html`, { waitUntil: 'networkidle0' });
  await scrollToEnd(page);
  await page.close();
  return scripts();
}

async function everythingWeight(browser, origin) {
  const page = await browser.newPage();
  const scripts = scriptsOf(page);
  await page.goto(`${origin}/bench/everything.html`, { waitUntil: 'networkidle0' });
  await scrollToEnd(page);
  await page.evaluate(() => document.querySelector('photo-story').shadowRoot.querySelector('[part=zoom]').click());
  await page.waitForFunction(() => document.querySelector('photo-story').shadowRoot.querySelector('dialog[open]'));
  const composer = await page.evaluate(() => {
    const thread = document.querySelectorAll('photo-story')[1].shadowRoot.querySelector('comment-thread');
    return Boolean(thread?.shadowRoot.querySelector('login-gate textarea'));
  });
  await page.waitForNetworkIdle({ idleTime: 300 });
  await page.close();
  return { files: scripts(), composer };
}

/** Navigation to title and to photo on screen, and the layout shift, for one load of `name`. */
async function timing(browser, origin, name) {
  const context = await browser.createBrowserContext(); // a cold cache each run
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.evaluateOnNewDocument(probe, 'Pirámide Templo');
  await page.goto(`${origin}/bench/${name}.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench.title !== undefined && window.__bench.photo !== undefined, { timeout: 15_000 });
  await page.waitForNetworkIdle({ idleTime: 500 }); // the lists and any late chunk: their shifts count too
  const marks = await page.evaluate(() => window.__bench);
  await context.close();
  return marks;
}

/** The IIIF manifest as a story and in Clover IIIF's viewer: the scripts each loads, and their times. */
async function comparison(browser, origin) {
  writeComparisonPages(ROOT, origin);
  const pages = { story: 'iiif', clover: 'vendor/clover' };
  const result = {};
  for (const [name, file] of Object.entries(pages)) {
    const page = await browser.newPage();
    const scripts = scriptsOf(page);
    await page.goto(`${origin}/bench/${file}.html`, { waitUntil: 'networkidle0' });
    await page.close();
    const files = scripts(); // compressed once: Clover's file takes seconds at brotli's best
    result[name] = { files, total: total(files), runs: [] };
  }
  for (let i = 0; i < RUNS; i++) for (const [name, file] of Object.entries(pages)) result[name].runs.push(await timing(browser, origin, file));
  for (const name of Object.keys(pages)) {
    result[name].titleMs = median(result[name].runs.map((marks) => marks.title));
    result[name].photoMs = median(result[name].runs.map((marks) => marks.photo));
    delete result[name].runs;
  }
  return result;
}

async function sharedRequests(browser, origin) {
  const page = await browser.newPage();
  const requests = new Map();
  page.on('request', (request) => {
    const url = request.url();
    if (url.includes('/archive/api/')) requests.set(url, (requests.get(url) ?? 0) + 1);
  });
  await page.goto(`${origin}/bench/blank.html`, { waitUntil: 'networkidle0' });
  await page.evaluate(() => {
    for (let i = 0; i < 20; i++) {
      const story = document.createElement('photo-story');
      story.setAttribute('src', '/archive/api/photos/leon-trotsky-arrival-mexico.json');
      document.body.append(story);
    }
  });
  await scrollToEnd(page);
  await page.close();
  return { distinct: requests.size, most: Math.max(...requests.values()), requests: Object.fromEntries(requests) };
}

async function bigThread(browser, origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/blank.html`, { waitUntil: 'networkidle0' });
  const client = await page.createCDPSession();
  const before = await heap(client);
  const ms = await page.evaluate(async () => {
    await customElements.whenDefined('comment-thread');
    const comments = Array.from({ length: 10_000 }, (_, i) => ({
      id: `c${i}`,
      author: { name: `Reader ${i}` },
      created: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(),
      text: `Comment number ${i}, with a sentence or two of text as readers write them.`,
      ...(i % 10 ? { parent: `c${i - (i % 10)}` } : {}),
    }));
    // The comment chunk is loaded first (by a thread of one), so that the clock measures this thread.
    const warm = document.createElement('comment-thread');
    document.body.append(warm);
    warm.comments = { comments: [{ id: 'w', text: 'Warm.' }], post: false };
    while (!warm.shadowRoot?.querySelector('[part~=comment]')) await new Promise((resolve) => requestAnimationFrame(resolve));
    warm.remove();
    const thread = document.createElement('comment-thread');
    document.body.append(thread);
    // From the data in hand to the first screen of comments painted.
    const start = performance.now();
    thread.comments = { comments, post: false };
    const shown = () => thread.shadowRoot?.querySelector('[part~=comment]');
    while (!shown()) await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    return performance.now() - start;
  });
  const after = await heap(client);
  await page.close();
  return { ms, heapBytes: after.bytes - before.bytes };
}

/** Memory after a garbage collection: the JavaScript heap and the DOM's (embedder) heap, and the DOM's own counts. */
async function heap(client) {
  await client.send('HeapProfiler.collectGarbage');
  const { usedSize, embedderHeapUsedSize = 0 } = await client.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await client.send('Memory.getDOMCounters');
  return { bytes: usedSize + embedderHeapUsedSize, nodes, listeners: jsEventListeners };
}

async function cycles(browser, origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/blank.html`, { waitUntil: 'networkidle0' });
  const client = await page.createCDPSession();
  const heapAfter = async (count) => {
    await page.evaluate(async (count) => {
      await customElements.whenDefined('photo-story');
      const box = document.body;
      const entry = { title: 'A story put in and taken out', story: 'Again and again.', comments: '/archive/api/comments/leon-trotsky-arrival-mexico.json' };
      for (let i = 0; i < count; i++) {
        const story = document.createElement('photo-story');
        story.entry = entry;
        box.append(story);
        await story.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve)); // its sections made and connected
        story.remove();
      }
    }, count);
    return heap(client);
  };
  // Warm up with as many cycles as are measured: the first ones fill caches (compiled templates, the
  // shared loader's fresh results, the engine's own) that then stay flat.
  const start = await heapAfter(1000);
  const end = await heapAfter(1000);
  await page.close();
  return {
    cycles: 1000,
    start,
    end,
    perCycle: (end.bytes - start.bytes) / 1000,
    nodesGained: end.nodes - start.nodes,
    listenersGained: end.listeners - start.listeners,
  };
}

// ------------------------------------------------------------------ run

const demo = await startDemo({ QUIET: '1' });
const origin = demo.base.replace(/\/$/, '');
const stop = demo.stop;
const browser = await launch();

const results = {};
const failures = [];
const check = (name, value, limit, ok = value <= limit) => {
  if (!ok) failures.push(`${name}: ${value} over ${limit}`);
  return ok ? 'ok' : 'OVER';
};

try {
  await writeServedPage(origin);
  writeShiftPages();
  const seed = await seedWeight(browser, origin);
  const everything = await everythingWeight(browser, origin);
  const served = await servedWeight(browser, origin);
  const embed = await embedWeight(browser, origin);
  results.embed = { files: embed, total: total(embed) };
  results.seed = { files: seed, total: total(seed) };
  results.served = { files: served.files, total: total(served.files), asked: served.asked, takenOver: served.takenOver };
  results.everything = { files: everything.files, total: total(everything.files), composer: everything.composer };

  const runs = { seed: [], static: [], served: [] };
  for (let i = 0; i < RUNS; i++) for (const name of ['static', 'seed', 'served']) runs[name].push(await timing(browser, origin, name));
  const of = (name, key) => median(runs[name].map((marks) => marks[key]));
  results.timing = {
    runs: RUNS,
    staticTitleMs: of('static', 'title'),
    staticPhotoMs: of('static', 'photo'),
    seedTitleMs: of('seed', 'title'),
    seedPhotoMs: of('seed', 'photo'),
    servedTitleMs: of('served', 'title'),
    servedPhotoMs: of('served', 'photo'),
  };
  results.timing.servedTitleRatio = results.timing.servedTitleMs / results.timing.staticTitleMs;
  results.timing.servedPhotoRatio = results.timing.servedPhotoMs / results.timing.staticPhotoMs;
  results.timing.titleRatio = results.timing.seedTitleMs / results.timing.staticTitleMs;
  results.timing.photoRatio = results.timing.seedPhotoMs / results.timing.staticPhotoMs;
  results.layoutShift = {
    whileLoading: Math.max(...runs.seed.map((marks) => marks.shift)),
    afterPhoto: Math.max(...runs.seed.map((marks) => marks.shiftAfterPhoto)),
    served: Math.max(...runs.served.map((marks) => marks.shift)),
  };
  // Each placement three times, the worst kept.
  for (const name of ['first', 'first-bare', 'below', 'fallback']) {
    const shifts = [];
    for (let i = 0; i < 3; i++) shifts.push(await shiftOf(browser, origin, name));
    results.layoutShift[name] = Math.max(...shifts);
  }
  results.shared = await sharedRequests(browser, origin);
  results.bigThread = await bigThread(browser, origin);
  results.cycles = await cycles(browser, origin);
  if (cloverScript(ROOT)) results.comparison = await comparison(browser, origin);
} finally {
  await browser.close();
  stop();
}

const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const rows = [
  ['seed page: JavaScript, gzip', kb(results.seed.total.gzip), `< ${kb(BUDGETS.seedGzip)}`, check('seed gzip', results.seed.total.gzip, BUDGETS.seedGzip - 1)],
  ['seed page: JavaScript, brotli', kb(results.seed.total.brotli), '', ''],
  ['everything: the comment box was open', String(results.everything.composer), 'true', check('everything composer', results.everything.composer, true, results.everything.composer)],
  ['everything: JavaScript, gzip', kb(results.everything.total.gzip), `< ${kb(BUDGETS.everythingGzip)}`, check('everything gzip', results.everything.total.gzip, BUDGETS.everythingGzip - 1)],
  ['everything: JavaScript, brotli', kb(results.everything.total.brotli), '', ''],
  [`title on screen, median of ${RUNS} (static floor)`, `${ms(results.timing.seedTitleMs)} (${ms(results.timing.staticTitleMs)})`, '', ''],
  ['title: ratio to the floor', results.timing.titleRatio.toFixed(2), `≤ ${BUDGETS.titleRatio}`, check('title ratio', +results.timing.titleRatio.toFixed(2), BUDGETS.titleRatio)],
  [`photo on screen, median of ${RUNS} (static floor)`, `${ms(results.timing.seedPhotoMs)} (${ms(results.timing.staticPhotoMs)})`, '', ''],
  ['photo: ratio to the floor', results.timing.photoRatio.toFixed(2), `≤ ${BUDGETS.photoRatio}`, check('photo ratio', +results.timing.photoRatio.toFixed(2), BUDGETS.photoRatio)],
  ['layout shift once the photo is in', results.layoutShift.afterPhoto.toFixed(4), `${BUDGETS.layoutShift}`, check('layout shift after the photo', results.layoutShift.afterPhoto, BUDGETS.layoutShift)],
  ['layout shift while loading (seed page, nothing after the story)', results.layoutShift.whileLoading.toFixed(4), 'reported', ''],
  ['layout shift: story first in a post, photo-story.css linked', results.layoutShift.first.toFixed(4), `< ${BUDGETS.shiftWhileLoading}`, check('shift, story first', results.layoutShift.first, BUDGETS.shiftWhileLoading - 1e-9)],
  ['layout shift: story first in a post, no stylesheet', results.layoutShift['first-bare'].toFixed(4), 'reported', ''],
  ['layout shift: story below the fold, photo-story.css linked', results.layoutShift.below.toFixed(4), `< ${BUDGETS.shiftWhileLoading}`, check('shift, story below the fold', results.layoutShift.below, BUDGETS.shiftWhileLoading - 1e-9)],
  ['layout shift: plain-HTML form first in a post', results.layoutShift.fallback.toFixed(4), `< ${BUDGETS.shiftWhileLoading}`, check('shift, plain-HTML form', results.layoutShift.fallback, BUDGETS.shiftWhileLoading - 1e-9)],
  ['served: JavaScript, gzip (embed.js and the take-over)', kb(results.served.total.gzip), `≤ ${kb(BUDGETS.servedGzip)}`, check('served gzip', results.served.total.gzip, BUDGETS.servedGzip)],
  ['embed page (oEmbed frame): JavaScript, gzip', kb(results.embed.total.gzip), 'reported', ''],
  [`served: title on screen, median of ${RUNS}`, ms(results.timing.servedTitleMs), '', ''],
  ['served: title, ratio to the floor', results.timing.servedTitleRatio.toFixed(2), `≤ ${BUDGETS.servedTitleRatio}`, check('served title ratio', +results.timing.servedTitleRatio.toFixed(2), BUDGETS.servedTitleRatio)],
  [`served: photo on screen, median of ${RUNS}`, ms(results.timing.servedPhotoMs), '', ''],
  ['served: photo, ratio to the floor', results.timing.servedPhotoRatio.toFixed(2), `≤ ${BUDGETS.servedPhotoRatio}`, check('served photo ratio', +results.timing.servedPhotoRatio.toFixed(2), BUDGETS.servedPhotoRatio)],
  ['served: layout shift, take-over included', results.layoutShift.served.toFixed(4), `${BUDGETS.shiftServed}`, check('served shift', results.layoutShift.served, BUDGETS.shiftServed)],
  ['served: requests for its documents from the browser', `${results.served.asked.length}${results.served.takenOver ? '' : ' (not taken over)'}`, `${BUDGETS.servedRequests}`, check('served requests', results.served.asked.length, BUDGETS.servedRequests, results.served.asked.length == 0 && results.served.takenOver)],
  ['20 stories of one entry: requests per URL', `${results.shared.most} (${results.shared.distinct} URLs)`, `${BUDGETS.requestsPerUrl}`, check('requests per URL', results.shared.most, BUDGETS.requestsPerUrl, results.shared.most == 1 && results.shared.distinct == 3)],
  ['10,000 comments: data to first screen', ms(results.bigThread.ms), `< ${BUDGETS.bigThreadMs} ms`, check('big thread', results.bigThread.ms, BUDGETS.bigThreadMs - 0.001)],
  ['10,000 comments: heap held', kb(results.bigThread.heapBytes), 'reported', ''],
  ['1,000 connects/disconnects: heap growth per cycle', `${results.cycles.perCycle.toFixed(0)} B`, `≤ ${BUDGETS.heapGrowthPerCycleBytes} B`, check('heap growth', results.cycles.perCycle, BUDGETS.heapGrowthPerCycleBytes)],
  ['1,000 connects/disconnects: DOM nodes, listeners kept', `${results.cycles.nodesGained}, ${results.cycles.listenersGained}`, '≤ 0, ≤ 0', check('nodes and listeners kept', results.cycles.nodesGained, 0, results.cycles.nodesGained <= 0 && results.cycles.listenersGained <= 0)],
];
const compared = results.comparison;
if (compared) {
  const both = (key, format) => `${format(compared.story[key])} (${format(compared.clover[key])})`;
  rows.push(
    [`IIIF manifest: JavaScript, gzip (${CLOVER})`, both('total', (t) => kb(t.gzip)), 'reported', ''],
    ['IIIF manifest: JavaScript, brotli (Clover)', both('total', (t) => kb(t.brotli)), 'reported', ''],
    [`IIIF manifest: title on screen, median of ${RUNS} (Clover)`, both('titleMs', ms), 'reported', ''],
    [`IIIF manifest: photo on screen, median of ${RUNS} (Clover)`, both('photoMs', ms), 'reported', ''],
  );
}

const width = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
const line = (row) => row.map((cell, i) => String(cell).padEnd(width[i])).join('  ');
console.log(line(['figure', 'measured', 'budget', '']));
for (const row of rows) console.log(line(row));
console.log('\nScripts loaded (gzip / brotli):');
const scripts = { seed: results.seed, served: results.served, 'embed page': results.embed, everything: results.everything, 'IIIF manifest': compared?.story, Clover: compared?.clover };
for (const [scenario, { files } = {}] of Object.entries(scripts)) {
  if (files) console.log(`  ${scenario}: ${files.map((f) => `${f.file} ${f.gzip} / ${f.brotli}`).join(', ')}`);
}

mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(path.join(ROOT, 'bench-results/bench.json'), JSON.stringify({ date: new Date().toISOString(), budgets: BUDGETS, results }, null, 2));
if (failures.length) {
  console.error(`\nOver budget: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('\nEvery figure is within its budget. Written: bench-results/bench.json');
