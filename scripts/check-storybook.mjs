#!/usr/bin/env node
/**
 * Opens every story and docs page of the built Storybook (`npm run build-storybook` first) in headless
 * Chromium, scrolls each element into view so that lazy lists load, and fails when any page logs a
 * console error, throws, or gets an HTTP error (warnings are printed, as some stories show one on
 * purpose). Prints one line per page and the time taken.
 *
 *   node scripts/check-storybook.mjs [storybook-static]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { bringListsIntoView, launch } from './chromium.mjs';

const root = path.resolve(process.argv[2] ?? 'storybook-static');
if (!existsSync(path.join(root, 'index.json'))) {
  console.error(`${root}/index.json is missing: run \`npm run build-storybook\` first.`);
  process.exit(1);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };

// The static Storybook, served as a host would: files only, 404 for anything else.
const server = http.createServer((req, res) => {
  const file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launch();

const entries = Object.values(JSON.parse(readFileSync(path.join(root, 'index.json'), 'utf8')).entries);
const started = Date.now();

/** The problems of one page: console errors, uncaught errors, HTTP errors; warnings are noted apart. */
async function check({ id, type }) {
  // A context of its own: Storybook pages of one context talk to each other (and run each other's plays).
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = [];
  const notes = [];
  page.on('console', (message) => {
    if (message.type() == 'error' && !message.location()?.url?.endsWith('/favicon.ico')) problems.push(`console.error: ${message.text().slice(0, 160)}`);
    if (message.type() == 'warn') notes.push(`console.warn: ${message.text().slice(0, 160)}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message.slice(0, 160)}`));
  // The browser's own request for an icon is no story's doing.
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  await page.goto(`${origin}/iframe.html?id=${id}&viewMode=${type == 'docs' ? 'docs' : 'story'}`, { waitUntil: 'networkidle0' });
  // A story is done when Storybook says so: rendered, played, checked.
  const phase = await page
    .waitForFunction(
      () => {
        const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
        return (!phase || ['finished', 'aborted', 'errored'].includes(phase)) && (phase ?? 'docs');
      },
      { timeout: 20_000 },
    )
    .then((handle) => handle.jsonValue(), () => 'never finished');
  if (phase == 'errored' || phase == 'never finished') problems.push(`story ${phase}`);
  if (!(await bringListsIntoView(page))) problems.push('network never idle');
  await context.close();
  return { id, problems, notes };
}

// A few pages at a time; results in the index's order.
const queue = [...entries];
const results = [];
await Promise.all(
  Array.from({ length: 3 }, async () => {
    for (let entry; (entry = queue.shift()); )
      results.push(await check(entry).catch((error) => ({ id: entry.id, problems: [`check failed: ${error.message}`], notes: [] })));
  }),
);
results.sort((a, b) => entries.findIndex((e) => e.id == a.id) - entries.findIndex((e) => e.id == b.id));
for (const { id, problems, notes } of results) {
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${id}${[...problems, ...notes].map((line) => `\n       ${line}`).join('')}`);
}
const failures = results.filter(({ problems }) => problems.length).length;
await browser.close();
server.close();
console.log(`\n${entries.length - failures} of ${entries.length} pages clean in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
process.exit(failures ? 1 : 0);
