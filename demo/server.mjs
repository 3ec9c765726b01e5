#!/usr/bin/env node
// Demo server: the blog page, the states page, the built library and a pretend
// remote archive (the static folder archive/, a small IIIF Image API, error
// simulation, and a demo sign-in with comment posting whose data is kept in
// data/). Node built-ins only. The archive's pictures and pages are static
// files written by build-archive.mjs.
//
//   node demo/server.mjs            → http://127.0.0.1:8000/
//   PORT=8765 node demo/server.mjs  → http://127.0.0.1:8765/

import http from 'node:http';
import zlib from 'node:zlib';
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { page, placeholderSvg } from './archive-pages.mjs';
import {
  PostedComments,
  SESSION_SECONDS,
  Sessions,
  commentId,
  commentIds,
  fingerprint,
  hasLink,
  mergeComments,
  publicComment,
  readerId,
  visibleTo,
} from './archive-accounts.mjs';

const DEMO_DIR = path.dirname(fileURLToPath(import.meta.url));
const DIST_DIR = path.resolve(DEMO_DIR, '..', 'dist');
const ARCHIVE_DIR = path.join(DEMO_DIR, 'archive');
const DATA_DIR = path.join(DEMO_DIR, 'data'); // runtime data: sessions and posted comments (not in git)
const HOST = '127.0.0.1';
const PORT = parsePort(process.env.PORT);
/** More origins, comma-separated, whose pages may use the archive's credentials (see `allowedOrigins`). */
const EXTRA_ORIGINS = (process.env.ALLOW_ORIGINS ?? '').split(',').flatMap((text) => {
  try {
    return text.trim() ? [new URL(text.trim()).origin] : [];
  } catch {
    console.error(`ALLOW_ORIGINS: "${text}" is not an origin (http://host:port); left out.`);
    return [];
  }
});

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html photo-story',
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');
// The snippet builder reads any archive's JSON and shows its photos.
const BUILDER_CSP = CSP.replace("img-src 'self'", "img-src 'self' https: http:").replace(
  "connect-src 'self'",
  "connect-src 'self' https: http:",
);
// The benchmark's comparison page runs another library, which needs inline styles and no Trusted Types.
const COMPARISON_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

// Which files each static root may hand out. The demo folder itself holds the
// server and its README, so only page assets are served from it.
const DEMO_FILES = new Set(['.html', '.css', '.js', '.json', '.svg', '.png', '.jpg', '.jpeg', '.webp', '.ico', '.woff2']);
const ARCHIVE_FILES = new Set(['.json', '.html', '.css', '.js', '.svg', '.png', '.jpg', '.jpeg', '.webp']);
const DIST_FILES = null; // everything in dist/ (except dotfiles)

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Retry-After',
};

// The fake IIIF image services: id → full size. Pictures are drawn by the same
// seeded generator as the archive's img/<id>.svg files.
const IIIF_IMAGES = {
  'piramide-templo': { width: 3000, height: 2000, title: 'Pirámide Templo' },
  'mujeres-zapatistas': { width: 2400, height: 1800, title: 'Mujeres zapatistas' },
  'frida-kahlo-mens-suit': { width: 1600, height: 2200, title: "Frida Kahlo in a Men's Suit" },
};

const MAX_SLOW_MS = 30_000;
const MAX_IMAGE_SIDE = 4000;
const SLUG = /^[a-z0-9][a-z0-9_-]{0,99}$/i;

const pendingTimers = new Set();

// Sign-in and posting (see "Sign-in and posting" in README.md).
const SESSION_COOKIE = 'ps_session';
const API_EXPOSE = 'ETag, Retry-After, Idempotent-Replayed';
const API_ALLOW_HEADERS = 'Authorization, Idempotency-Key, Content-Type';
const API_VARY = 'Origin, Authorization, Cookie'; // answers that depend on who asks
const MAX_BODY_BYTES = 64 * 1024;
const MAX_NAME_LENGTH = 60;
const DEFAULT_MAX_LENGTH = 2000;
const MAX_SIMULATED_FAILURES = 10;
const sessions = new Sessions(path.join(DATA_DIR, 'sessions.json'));
const postedComments = new PostedComments(path.join(DATA_DIR, 'comments'));
const simulatedFailures = new Map(); // "<list> <Idempotency-Key>" → requests seen with ?fail=
const API_CORS = Symbol('api CORS headers'); // on `res`: headers that win over any route's own

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// ---------------------------------------------------------------- server

const server = http.createServer((req, res) => {
  const started = Date.now();
  res.on('finish', () => {
    if (!process.env.QUIET) {
      console.log(`${req.method} ${req.url} ${res.statusCode} ${Date.now() - started}ms`);
    }
  });
  handle(req, res).catch((err) => {
    const status = err instanceof HttpError ? err.status : 500;
    if (status === 500) console.error(err);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const message = err instanceof HttpError ? err.message : 'Internal server error';
    sendJson(req, res, status, { status, error: message }, err.headers);
  });
});

server.on('error', (err) => {
  if (err.code === 'EADDRINUSE') {
    console.error(`Port ${PORT} is already in use; choose another with the PORT environment variable, e.g. PORT=8001.`);
  } else {
    console.error(err);
  }
  process.exit(1);
});

server.listen(PORT, HOST, () => {
  const origin = `http://${HOST}:${server.address().port}`;
  console.log(`Demo: ${origin}/`);
  console.log(`Server-rendered (renderStory at request time): ${origin}/ssr.html`);
  console.log(`oEmbed (paste the entry page's link into WordPress): ${origin}/oembed?url=${encodeURIComponent(`${origin}/archive/photos/leon-trotsky-arrival-mexico.html`)}&format=json`);
});

let closing = false;
function shutdown(signal) {
  if (closing) return;
  closing = true;
  console.log(`\n${signal}: stopping the demo server`);
  for (const timer of pendingTimers) clearTimeout(timer);
  pendingTimers.clear();
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 1000).unref();
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));

async function handle(req, res) {
  // The pretend remote services answer every request, errors included, with CORS.
  if (/^\/(archive|iiif|iiif-raster)(\/|$|\?)/.test(req.url ?? '')) {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'ETag, Retry-After');
    res.setHeader('Cache-Control', 'no-cache');
  }
  const target = parseTarget(req.url);
  const [first, ...rest] = target.segments;
  const api = isApiTarget(target.segments);
  if (api) apiCors(req, res);

  if (req.method === 'OPTIONS') {
    if (api) return apiPreflight(req, res);
    res.writeHead(204, {
      ...CORS,
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': '*',
      'Access-Control-Max-Age': '600',
      Allow: 'GET, HEAD, OPTIONS',
    });
    res.end();
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD' && !(api && req.method === 'POST')) {
    throw Object.assign(new HttpError(405, 'Method not allowed'), {
      headers: { Allow: api ? 'GET, HEAD, POST, OPTIONS' : 'GET, HEAD, OPTIONS', ...CORS },
    });
  }

  switch (first) {
    case 'dist':
      // With CORS: a sandboxed frame (the embed page) loads the modules as another origin.
      return serveStatic(req, res, DIST_DIR, rest, target, {
        allow: DIST_FILES,
        headers: { 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' },
        missing: 'Not found in dist/. Build the library first (npm run build).',
      });
    case 'archive':
      return archive(req, res, rest, target);
    case 'iiif':
      return iiif(req, res, rest);
    case 'iiif-raster': // the same images as PNG, for viewers that cannot show an SVG (the benchmark's comparison)
      return iiif(req, res, rest, true);
    case 'data': // the server's runtime data: sessions and comments held for moderation
      throw new HttpError(404, 'Not found');
    case 'ssr.html': // the blog post with its story rendered here, at request time
      if (!rest.length) return serverRendered(req, res);
      throw new HttpError(404, 'Not found');
    case 'oembed': // the archive as an oEmbed provider
      if (!rest.length) return oembedAnswer(req, res, target.query);
      throw new HttpError(404, 'Not found');
    case 'embed': // the page that the oEmbed answer frames: /embed/<slug>
      if (rest.length === 1) return embedFrame(req, res, rest[0]);
      throw new HttpError(404, 'Not found');
    default:
      return serveStatic(req, res, DEMO_DIR, target.segments, target, {
        allow: DEMO_FILES,
        headers: { 'Cache-Control': 'no-cache' },
      });
  }
}

// ---------------------------------------------------------------- server rendering

/** The story tag of the blog post, and the JSON URL it names. */
const BLOG_STORY = '<photo-story src="/archive/api/photos/leon-trotsky-arrival-mexico.json"></photo-story>';

/**
 * /ssr.html: the blog post (index.html) with its story rendered by `renderStory` at request time. The
 * story's JSON URL is fixed here: a server never renders a URL taken from a request unchecked.
 */
async function serverRendered(req, res) {
  const { renderStory } = await import('../dist/server/index.js');
  const origin = `http://${HOST}:${server.address().port}`;
  const story = await renderStory({ src: `${origin}/archive/api/photos/leon-trotsky-arrival-mexico.json`, fetchpriority: 'high' });
  const post = (await readFile(path.join(DEMO_DIR, 'index.html'), 'utf8')).replace(BLOG_STORY, story);
  const body = Buffer.from(post.replace('<title>', '<title>Server-rendered: '));
  const csp = await servedCsp(story);
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-cache', 'Content-Security-Policy': csp });
  res.end(req.method == 'HEAD' ? undefined : body);
}

/** The demo's policy for a page holding server-rendered stories (`html`): their inline styles allowed by hash. */
async function servedCsp(html) {
  const { styleHashes } = await import('../dist/server/index.js');
  return CSP.replace("style-src 'self'", `style-src 'self' ${styleHashes(html).join(' ')}`);
}

// ---------------------------------------------------------------- oEmbed

/** The archive, as oEmbed names it. */
const PROVIDER_NAME = 'Old Photos';
/** An entry's JSON, its human page and its embed page, by slug. */
const entryAddresses = (slug) => {
  const own = `http://${HOST}:${server.address().port}`;
  return {
    src: `${own}/archive/api/photos/${slug}.json`,
    page: `${own}/archive/photos/${slug}.html`,
    embed: `${own}/embed/${slug}`,
    provider: { name: PROVIDER_NAME, url: `${own}/archive/series/old-photos.html` },
    assets: `${own}/dist/`,
  };
};

/** Whether the archive has an entry by that slug. */
const hasEntry = async (slug) => SLUG.test(slug) && !!(await stat(path.join(ARCHIVE_DIR, 'api', 'photos', `${slug}.json`)).catch(() => null))?.isFile();

/**
 * The slug of one of the archive's own photo pages (`/archive/photos/<slug>.html`, on this server, by IP
 * or by name), else null. The oEmbed route answers for these alone and fetches only the entry's JSON
 * that the slug names: never a URL from the request (server-side request forgery).
 */
async function ownPage(address) {
  let url;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  const port = server.address().port;
  if (url.origin !== `http://${HOST}:${port}` && url.origin !== `http://localhost:${port}`) return null;
  const slug = /^\/archive\/photos\/([^/]+?)(?:\.html)?$/.exec(url.pathname)?.[1];
  return slug && (await hasEntry(slug)) ? slug : null;
}

/** /oembed?url=<an entry's page>&format=json&maxwidth=…&maxheight=…: the oEmbed answer, else 404 or 501. */
async function oembedAnswer(req, res, query) {
  const { oembed, OEmbedError } = await import('../dist/server/index.js');
  const format = query.get('format') ?? 'json';
  try {
    if (format !== 'json') throw new OEmbedError(501);
    const slug = await ownPage(query.get('url') ?? '');
    if (!slug) throw new OEmbedError(404);
    const { src, embed, provider } = entryAddresses(slug);
    const answer = await oembed({ src, embedUrl: embed, provider, maxwidth: query.get('maxwidth') ?? undefined, maxheight: query.get('maxheight') ?? undefined });
    sendJson(req, res, 200, answer, { ...CORS, 'Cache-Control': 'no-cache' });
  } catch (err) {
    if (!(err instanceof OEmbedError)) throw err;
    sendJson(req, res, err.status, { status: err.status, error: err.message }, CORS);
  }
}

/** /embed/<slug>: the entry's embed page, rendered at request time (its policy is in its `<meta>`). */
async function embedFrame(req, res, slug) {
  if (!(await hasEntry(slug))) throw new HttpError(404, 'No such entry in the demo archive');
  const { embedPage } = await import('../dist/server/index.js');
  const { src, page, provider, assets } = entryAddresses(slug);
  const html = await embedPage({ src, page, provider, assets });
  send(req, res, 200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache' }, html);
}

/** An archive photo page, with the discovery link of its oEmbed answer (for WordPress, Discourse, Iframely). */
async function discoverablePage(req, res, slug, headers) {
  const { oembedDiscoveryLink } = await import('../dist/server/index.js');
  const { page: address } = entryAddresses(slug);
  const own = new URL(address).origin;
  const html = (await readFile(path.join(ARCHIVE_DIR, 'photos', `${slug}.html`), 'utf8')).replace('</head>', `${oembedDiscoveryLink(address, `${own}/oembed`)}\n</head>`);
  send(req, res, 200, { 'Content-Type': TYPES['.html'], 'Content-Security-Policy': CSP, ...headers }, html);
}

// ---------------------------------------------------------------- request target

/**
 * Splits the raw request target into decoded path segments. Works on the raw
 * string on purpose: `new URL()` would quietly fold `/archive/../x` into `/x`.
 * Any `.` or `..` segment, encoded or not, is refused.
 */
function parseTarget(rawUrl = '/') {
  if (!rawUrl.startsWith('/')) throw new HttpError(400, 'Bad request target');
  const q = rawUrl.indexOf('?');
  const rawPath = q === -1 ? rawUrl : rawUrl.slice(0, q);
  const query = new URLSearchParams(q === -1 ? '' : rawUrl.slice(q + 1));
  const segments = [];
  for (const raw of rawPath.split('/')) {
    if (raw === '') continue;
    let seg;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      throw new HttpError(400, 'Malformed percent-encoding in path');
    }
    if (seg === '.' || seg === '..' || /[/\\\0]/.test(seg)) {
      throw new HttpError(400, 'Bad path: dot segments, slashes and NUL are not allowed in a segment');
    }
    segments.push(seg);
  }
  return { segments, query, trailingSlash: rawPath.length > 1 && rawPath.endsWith('/'), rawPath };
}

function isInside(root, file) {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

// ---------------------------------------------------------------- static files

async function serveStatic(req, res, root, segments, target, opts = {}) {
  const notFound = () => new HttpError(404, opts.missing ?? 'Not found');
  if (segments.some((s) => s.startsWith('.'))) throw notFound();

  let file = path.join(root, ...segments);
  if (!isInside(root, file)) throw notFound();

  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    const index = await stat(path.join(file, 'index.html')).catch(() => null);
    if (!index?.isFile()) throw notFound();
    if (!target.trailingSlash && segments.length > 0) {
      const search = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
      writeHead(res, 301, { Location: `${target.rawPath}/${search}`, ...(opts.headers ?? {}) });
      res.end();
      return;
    }
    file = path.join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) throw notFound();

  // Symlinks must not lead out of the root either.
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
  if (!isInside(realRoot, realFile)) throw notFound();

  const ext = path.extname(file).toLowerCase();
  if (opts.allow && !opts.allow.has(ext)) throw notFound();

  const type = TYPES[ext] ?? 'application/octet-stream';
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers = {
    'Content-Type': type,
    'Content-Length': info.size,
    'Last-Modified': info.mtime.toUTCString(),
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
    ...(opts.headers ?? {}),
  };
  if (ext === '.html') {
    const name = path.basename(file);
    headers['Content-Security-Policy'] = name === 'builder.html' ? BUILDER_CSP : name === 'clover.html' ? COMPARISON_CSP : CSP;
    // The bench's server-rendered page: its stories' inline styles, by hash (see `styleHashes`).
    if (name === 'served.html') headers['Content-Security-Policy'] = await servedCsp(await readFile(file, 'utf8'));
  }

  if (req.headers['if-none-match'] === etag) {
    delete headers['Content-Length'];
    writeHead(res, 304, headers);
    res.end();
    return;
  }
  writeHead(res, 200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

// ---------------------------------------------------------------- the pretend archive

const ARCHIVE_JSON = { ...CORS, 'Cache-Control': 'no-cache' };
const ARCHIVE_IMAGE = { ...CORS, 'Cache-Control': 'public, max-age=3600' };

async function archive(req, res, segments, target) {
  const [head, ...rest] = segments;

  // /archive/status/<code>
  if (head === 'status' && rest.length === 1) {
    const code = Number(rest[0]);
    if (!Number.isInteger(code) || code < 200 || code > 599) {
      throw new HttpError(400, 'Status must be an integer from 200 to 599');
    }
    const headers = { ...ARCHIVE_JSON };
    if (code === 429 || code === 503) headers['Retry-After'] = '2';
    if (code === 204 || code === 304) return send(req, res, code, headers, '');
    const reason = http.STATUS_CODES[code] ?? 'Unknown status';
    return sendJson(req, res, code, { status: code, error: reason, simulated: true }, headers);
  }

  // /archive/slow/<ms>/<rest of path>
  if (head === 'slow' && rest.length >= 1) {
    const ms = Number(rest[0]);
    if (!Number.isFinite(ms) || ms < 0) throw new HttpError(400, 'Delay must be a number of milliseconds');
    const aborted = await delay(Math.min(ms, MAX_SLOW_MS), res);
    if (aborted) return;
    return archive(req, res, rest.slice(1), target);
  }

  // /archive/redirect/<rest of path> → 302 to /archive/<rest of path>
  // (relative URLs inside the document then resolve against the final URL)
  if (head === 'redirect' && rest.length >= 1) {
    const search = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
    const location = `/archive/${rest.map(encodeURIComponent).join('/')}${search}`;
    return send(req, res, 302, { ...ARCHIVE_JSON, Location: location }, '');
  }

  // The demo sign-in page, and the API of sessions and comment posting
  if (head === 'login' && rest.length === 0) return loginPage(req, res);
  if (head === 'api' && (await archiveApi(req, res, rest, target))) return;
  if (req.method === 'POST') throw methodNotAllowed('GET, HEAD, OPTIONS');

  if (head === 'broken.json' && rest.length === 0) {
    return send(req, res, 200, { 'Content-Type': TYPES['.json'], ...ARCHIVE_JSON }, '{"title": "Cut off');
  }

  if (head === 'not-json.json' && rest.length === 0) {
    const html = page({
      file: 'not-json.json',
      title: 'Welcome to the archive',
      body: '<h1>Welcome to the archive</h1>\n<p>This is an HTML page, not the JSON you asked for. ' +
        'A proxy, a login wall or a misconfigured server often answers like this, with status 200.</p>',
    });
    return send(req, res, 200, { 'Content-Type': TYPES['.html'], 'Content-Security-Policy': CSP, ...ARCHIVE_JSON }, html);
  }

  // Human pages without their extension: /archive/photos/<slug> → <slug>.html
  if ((head === 'photos' || head === 'users' || head === 'series') && rest.length === 1 && SLUG.test(rest[0])) {
    const info = await stat(path.join(ARCHIVE_DIR, head, `${rest[0]}.html`)).catch(() => null);
    if (!info?.isFile()) throw new HttpError(404, 'No such page in the demo archive');
    const search = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
    return send(req, res, 301, { ...ARCHIVE_JSON, Location: `${encodeURIComponent(rest[0])}.html${search}` }, '');
  }

  const slug = head === 'photos' && rest.length === 1 ? /^(.+)\.html$/.exec(rest[0])?.[1] : undefined;
  if (slug && (await hasEntry(slug))) return discoverablePage(req, res, slug, ARCHIVE_JSON);

  return serveStatic(req, res, ARCHIVE_DIR, segments, target, {
    allow: ARCHIVE_FILES,
    headers: head === 'img' ? ARCHIVE_IMAGE : ARCHIVE_JSON,
  });
}

// ---------------------------------------------------------------- sign-in and posting

/**
 * The origins a signed-in reader's page may be on: the demo's usual address and this server's own,
 * by IP and by name, and those `ALLOW_ORIGINS` lists (an app on another port: `http://localhost:5173`).
 * They get their origin back with credentials from the archive's API, and the sign-in page answers
 * (postMessage) or returns (redirect) only to them.
 */
function allowedOrigins() {
  const ports = new Set([8000, server.address()?.port ?? PORT]);
  return new Set([...ports].flatMap((port) => [`http://127.0.0.1:${port}`, `http://localhost:${port}`]).concat(EXTRA_ORIGINS));
}

/** /archive/api/…, also behind /archive/slow/<ms>/. */
function isApiTarget([first, ...rest]) {
  if (first !== 'archive') return false;
  let i = 0;
  while (rest[i] === 'slow' && i + 1 < rest.length) i += 2;
  return rest[i] === 'api';
}

/**
 * CORS of the archive's API. An allowed origin gets itself back with credentials; any other origin
 * (or none) gets `*` on GET and HEAD, and nothing on POST, so a foreign page cannot read what it posted.
 */
function apiCors(req, res) {
  const from = req.headers.origin;
  res.setHeader('Vary', 'Origin');
  if (from && allowedOrigins().has(from)) {
    res[API_CORS] = {
      'Access-Control-Allow-Origin': from,
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Expose-Headers': API_EXPOSE,
    };
  } else if (req.method === 'GET' || req.method === 'HEAD') {
    res[API_CORS] = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': API_EXPOSE };
  } else {
    res[API_CORS] = { 'Access-Control-Allow-Origin': null, 'Access-Control-Expose-Headers': API_EXPOSE };
  }
  for (const [name, value] of Object.entries(res[API_CORS])) {
    if (value === null) res.removeHeader(name);
    else res.setHeader(name, value);
  }
}

function apiPreflight(req, res) {
  const from = req.headers.origin;
  const asked = String(req.headers['access-control-request-method'] ?? 'GET').toUpperCase();
  const headers = {
    Allow: 'GET, HEAD, POST, OPTIONS',
    'Access-Control-Max-Age': '600',
    'Access-Control-Expose-Headers': API_EXPOSE,
  };
  if (from && allowedOrigins().has(from)) {
    Object.assign(headers, {
      'Access-Control-Allow-Origin': from,
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Allow-Methods': 'GET, POST',
      'Access-Control-Allow-Headers': API_ALLOW_HEADERS,
    });
  } else if (asked === 'GET' || asked === 'HEAD') {
    // Reading stays open to everyone, with any header but credentials, as for the rest of the archive.
    Object.assign(headers, {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, HEAD',
      'Access-Control-Allow-Headers': '*',
    });
  } else {
    headers['Access-Control-Allow-Origin'] = null; // no CORS: the browser will not send the request
  }
  res[API_CORS] = null;
  writeHead(res, 204, headers);
  res.end();
}

/**
 * Refuses a POST from a page whose origin is neither allowed nor the archive's own. A browser sends
 * `Origin` with every POST; requests without one (curl, scripts) are let through.
 */
function checkPostOrigin(req) {
  const from = req.headers.origin;
  if (from === undefined || allowedOrigins().has(from) || from === origin(req)) return;
  throw new HttpError(403, 'Pages on this origin may not sign in or post to the archive.');
}

/** The reader behind a request: `Authorization: Bearer <token>` if sent, else the session cookie. */
async function authenticate(req) {
  const header = req.headers.authorization;
  let token;
  if (header !== undefined) {
    token = /^Bearer +(\S+) *$/i.exec(header)?.[1];
  } else {
    token = readCookie(req, SESSION_COOKIE);
  }
  const user = token ? await sessions.lookup(token) : null;
  return user ? { user, token } : null;
}

function readCookie(req, name) {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function sessionCookie(value, maxAge) {
  return `${SESSION_COOKIE}=${value}; Path=/archive; HttpOnly; SameSite=Lax; Max-Age=${maxAge}`;
}

/** Reads a JSON request body (at most MAX_BODY_BYTES); an object or an error. */
async function readJsonBody(req, tooLarge = 'The request body is too large.') {
  if (!/^application\/json\s*(;|$)/i.test(String(req.headers['content-type'] ?? ''))) {
    throw new HttpError(415, 'Send JSON, with Content-Type: application/json.');
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES) throw new HttpError(413, tooLarge);
  let body;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(422, 'Send a JSON object.');
  }
  return body;
}

function methodNotAllowed(allow) {
  return Object.assign(new HttpError(405, 'Method not allowed'), { headers: { Allow: allow } });
}

/** /archive/api/…: resolves true when it answered, false to leave the path to the static files. */
async function archiveApi(req, res, segments, target) {
  const [name, ...rest] = segments;
  const reading = req.method === 'GET' || req.method === 'HEAD';
  if (rest.length === 0 && name === 'session') {
    if (!reading) throw methodNotAllowed('GET, HEAD, OPTIONS');
    await sessionRoute(req, res);
    return true;
  }
  if (rest.length === 0 && (name === 'login' || name === 'logout')) {
    if (req.method !== 'POST') throw methodNotAllowed('POST, OPTIONS');
    await (name === 'login' ? loginRoute(req, res) : logoutRoute(req, res));
    return true;
  }
  if (name === 'comments' && rest.length === 1 && rest[0].endsWith('.json') && SLUG.test(rest[0].slice(0, -5))) {
    const slug = rest[0].slice(0, -5);
    const list = await readCommentList(slug);
    if (reading) await commentListRoute(req, res, slug, list);
    else await postCommentRoute(req, res, slug, list, target);
    return true;
  }
  return false;
}

// GET /archive/api/session → 200 {user, token} | 401 {user: null}
async function sessionRoute(req, res) {
  const auth = await authenticate(req);
  const headers = { 'Cache-Control': 'no-store', Vary: API_VARY };
  if (!auth) return sendJson(req, res, 401, { user: null }, { ...headers, 'WWW-Authenticate': 'Bearer' });
  return sendJson(req, res, 200, { user: auth.user, token: auth.token }, headers);
}

// POST /archive/api/login {name} → 200 {user, token} and the session cookie
async function loginRoute(req, res) {
  checkPostOrigin(req);
  const body = await readJsonBody(req);
  const name = typeof body.name === 'string'
    ? body.name.replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, '').replace(/\s+/g, ' ').trim()
    : '';
  if (!name) throw new HttpError(422, 'Type the name to show with your comments.');
  if (name.length > MAX_NAME_LENGTH) throw new HttpError(422, `A name can be at most ${MAX_NAME_LENGTH} characters.`);
  const user = { id: readerId(name), name };
  const token = await sessions.create(user);
  return sendJson(req, res, 200, { user, token }, {
    'Set-Cookie': sessionCookie(token, SESSION_SECONDS),
    'Cache-Control': 'no-store',
  });
}

// POST /archive/api/logout → 204, the token revoked and the cookie cleared
async function logoutRoute(req, res) {
  checkPostOrigin(req);
  const bearer = /^Bearer +(\S+) *$/i.exec(req.headers.authorization ?? '')?.[1];
  for (const token of new Set([bearer, readCookie(req, SESSION_COOKIE)])) {
    if (token) await sessions.revoke(token);
  }
  return send(req, res, 204, { 'Set-Cookie': sessionCookie('', 0), 'Cache-Control': 'no-store' }, '');
}

/** The static comment list archive/api/comments/<slug>.json, parsed. */
async function readCommentList(slug) {
  const file = path.join(ARCHIVE_DIR, 'api', 'comments', `${slug}.json`);
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (err.code === 'ENOENT' || err.code === 'EISDIR') throw new HttpError(404, 'No such comment list in the demo archive');
    throw err;
  }
  try {
    const list = JSON.parse(text);
    if (list !== null && typeof list === 'object') return list;
  } catch {
    // reported below
  }
  throw new Error(`archive/api/comments/${slug}.json is not a JSON comment list`);
}

// GET /archive/api/comments/<slug>.json → the static list with the posted comments merged in
async function commentListRoute(req, res, slug, list) {
  const viewer = await authenticate(req);
  const merged = mergeComments(list, await postedComments.list(slug), viewer?.user.id);
  const body = `${JSON.stringify(merged, null, 2)}\n`;
  const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  const headers = { 'Content-Type': TYPES['.json'], 'Cache-Control': 'no-cache', Vary: API_VARY, ETag: etag };
  if (req.headers['if-none-match'] === etag) {
    writeHead(res, 304, { ...headers, 'X-Content-Type-Options': 'nosniff' });
    res.end();
    return;
  }
  send(req, res, 200, headers, body);
}

// POST /archive/api/comments/<slug>.json {text, parent?} → 201 the comment | 202 the comment, pending
async function postCommentRoute(req, res, slug, list, target) {
  if (list.post === false) throw new HttpError(403, 'Comments are closed.');
  checkPostOrigin(req);
  const key = req.headers['idempotency-key'];
  if (typeof key !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new HttpError(400, 'Send an Idempotency-Key header (1 to 200 visible ASCII characters), the same on every retry of one comment.');
  }
  const auth = await authenticate(req);
  if (!auth) {
    throw Object.assign(new HttpError(401, 'Sign in again to post.'), { headers: { 'WWW-Authenticate': 'Bearer' } });
  }

  // ?fail=<n>: the first n requests with this key fail, as a flaky network or server would.
  const fail = target.query.get('fail');
  if (fail !== null) {
    const n = Number(fail);
    if (!Number.isInteger(n) || n < 0 || n > MAX_SIMULATED_FAILURES) {
      throw new HttpError(400, `fail must be a whole number from 0 to ${MAX_SIMULATED_FAILURES}`);
    }
    const counter = `${slug} ${key}`;
    const seen = (simulatedFailures.get(counter) ?? 0) + 1;
    simulatedFailures.delete(counter);
    simulatedFailures.set(counter, seen);
    if (simulatedFailures.size > 1000) simulatedFailures.delete(simulatedFailures.keys().next().value);
    if (seen <= n) {
      throw Object.assign(new HttpError(503, `Simulated failure ${seen} of ${n}; try again.`), {
        headers: { 'Retry-After': '1', 'Cache-Control': 'no-store' },
      });
    }
  }

  const maxLength = Number.isInteger(list.maxLength) && list.maxLength > 0 ? list.maxLength : DEFAULT_MAX_LENGTH;
  const tooLong = `Comments can be at most ${maxLength} characters.`;
  const body = await readJsonBody(req, tooLong);
  const text = typeof body.text === 'string'
    ? body.text.replace(/\r\n?/g, '\n').replace(/[^\P{Cc}\n\t]/gu, '').trim()
    : '';
  if (!text) throw new HttpError(422, 'Write something first.');
  if (text.length > maxLength) throw new HttpError(413, tooLong);
  const parent = body.parent ?? undefined;
  if (parent !== undefined && (typeof parent !== 'string' || parent === '')) {
    throw new HttpError(422, 'parent must be the id of a comment.');
  }

  const result = await postedComments.update(slug, (data) => {
    const earlier = Object.hasOwn(data.requests, key) ? data.requests[key] : null;
    if (earlier) {
      if (earlier.user !== auth.user.id) throw new HttpError(422, 'This Idempotency-Key was used by another reader.');
      if (earlier.fingerprint !== fingerprint(text, parent)) {
        throw new HttpError(422, 'This Idempotency-Key was used for a different comment; use a new key for a new comment.');
      }
      return { record: earlier, replayed: true };
    }
    let held = hasLink(text);
    if (parent !== undefined) {
      const postedParent = data.comments.find((c) => c.id === parent && visibleTo(c, auth.user.id));
      if (!postedParent && !commentIds(list.comments ?? list).has(parent)) {
        throw new HttpError(422, 'The comment you are replying to does not exist.');
      }
      if (postedParent?.status === 'pending') held = true; // shown no earlier than its parent
    }
    const comment = {
      id: commentId(),
      author: { name: auth.user.name },
      authorId: auth.user.id,
      created: new Date().toISOString(),
      text,
      ...(parent !== undefined ? { parent } : {}),
      ...(held ? { status: 'pending' } : {}),
    };
    data.comments.push(comment);
    const record = {
      user: auth.user.id,
      fingerprint: fingerprint(text, parent),
      status: held ? 202 : 201,
      body: publicComment(comment),
    };
    data.requests[key] = record;
    return { record, save: true };
  });

  const headers = { 'Cache-Control': 'no-store' };
  if (result.replayed) headers['Idempotent-Replayed'] = 'true';
  return sendJson(req, res, result.record.status, result.record.body, headers);
}

// GET /archive/login?next=<page address>: the demo sign-in page (its script: archive/login.js)
function loginPage(req, res) {
  const origins = [...allowedOrigins()].join(' ');
  const html = page({
    file: 'login.html',
    title: 'Sign in · Old Photos',
    body: `<h1>Sign in to comment</h1>
<p class="meta">This is a demo sign-in: there are no passwords and no accounts. Type the name to show with your
comments; the same name signs you in as the same reader.</p>
<div id="signed-in" class="login-current" hidden>
<p>You are signed in as <strong id="signed-in-name"></strong>.</p>
<p class="login-actions"><button type="button" id="continue">Continue</button>
<button type="button" id="sign-out" class="secondary">Sign out</button></p>
</div>
<form id="login" class="login" data-origins="${origins.replace(/[&<>"']/g, '')}">
<label for="login-name">Your name</label>
<input id="login-name" name="name" type="text" autocomplete="nickname" maxlength="${MAX_NAME_LENGTH}" required>
<button type="submit">Sign in</button>
</form>
<p id="login-status" class="login-status" role="status"></p>
<noscript><p>Signing in needs JavaScript.</p></noscript>
<script type="module" src="login.js"></script>`,
  });
  return send(req, res, 200, {
    'Content-Type': TYPES['.html'],
    'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
    'Cache-Control': 'no-store',
  }, html);
}

/** Waits `ms`; resolves true when the client went away meanwhile. */
function delay(ms, res) {
  return new Promise((resolve) => {
    const onClose = () => {
      clearTimeout(timer);
      pendingTimers.delete(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      pendingTimers.delete(timer);
      res.off('close', onClose);
      resolve(false);
    }, ms);
    pendingTimers.add(timer);
    res.once('close', onClose);
  });
}

// ---------------------------------------------------------------- fake IIIF Image API 3.0 (level 1)

async function iiif(req, res, segments, raster = false) {
  const [id, ...rest] = segments;
  const image = id && Object.hasOwn(IIIF_IMAGES, id) ? IIIF_IMAGES[id] : null;
  if (!image) throw Object.assign(new HttpError(404, 'Unknown image'), { headers: CORS });
  const base = `${origin(req)}/${raster ? 'iiif-raster' : 'iiif'}/${encodeURIComponent(id)}`;

  if (rest.length === 0) {
    return send(req, res, 303, { ...CORS, Location: `${base}/info.json` }, '');
  }

  if (rest.length === 1 && rest[0] === 'info.json') {
    const { width, height } = image;
    const info = {
      '@context': 'http://iiif.io/api/image/3/context.json',
      id: base,
      type: 'ImageService3',
      protocol: 'http://iiif.io/api/image',
      profile: 'level1',
      width,
      height,
      sizes: [8, 4, 2].map((d) => ({ width: Math.round(width / d), height: Math.round(height / d) })),
      preferredFormats: ['jpg'],
    };
    return sendJson(req, res, 200, info, { ...CORS, 'Cache-Control': 'public, max-age=3600' });
  }

  if (rest.length !== 4) throw Object.assign(new HttpError(400, 'Expected {region}/{size}/{rotation}/{quality}.{format}'), { headers: CORS });
  const [regionText, sizeText, rotation, qualityFormat] = rest;
  const bad = (message) => Object.assign(new HttpError(400, message), { headers: CORS });

  const region = parseRegion(regionText, image);
  if (!region) throw bad(`Unsupported region "${regionText}"`);
  const size = parseSize(sizeText, region.w, region.h);
  if (!size) throw bad(`Unsupported size "${sizeText}"`);
  if (rotation !== '0') throw bad('Only rotation 0 is supported');
  if (!/^(default|color)\.jpg$/.test(qualityFormat)) throw bad('Only default.jpg (or color.jpg) is supported');

  if (raster) return send(req, res, 200, { 'Content-Type': 'image/png', ...ARCHIVE_IMAGE }, gradientPng(size.w, size.h));
  const svg = placeholderSvg({
    seed: id,
    width: image.width,
    height: image.height,
    title: image.title,
    viewBox: region,
    outWidth: size.w,
    outHeight: size.h,
  });
  // The picture is an SVG whatever the path says; browsers sniff nothing here.
  return send(req, res, 200, { 'Content-Type': 'image/svg+xml', ...ARCHIVE_IMAGE }, svg);
}

/** The PNGs of the last few sizes asked for (a benchmark asks for the same ones again and again). */
const pngs = new Map();

/** A PNG of a soft sepia gradient, `width` × `height`, made with zlib alone (no image library). */
function gradientPng(width, height) {
  const key = `${width}x${height}`;
  if (!pngs.has(key)) {
    if (pngs.size >= 16) pngs.delete(pngs.keys().next().value);
    pngs.set(key, encodePng(width, height));
  }
  return pngs.get(key);
}

/** CRC-32 as PNG chunks carry it (zlib.crc32 is newer than some Node 20 releases). */
function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function encodePng(width, height) {
  const stride = 1 + width * 3;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0, i = y * stride + 1; x < width; x++, i += 3) {
      const shade = 120 + ((100 * (x + y)) / (width + height)) | 0;
      raw[i] = shade + 20;
      raw[i + 1] = shade;
      raw[i + 2] = shade - 30;
    }
  }
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function parseRegion(text, { width, height }) {
  if (text === 'full') return { x: 0, y: 0, w: width, h: height };
  if (text === 'square') {
    const s = Math.min(width, height);
    return { x: Math.floor((width - s) / 2), y: Math.floor((height - s) / 2), w: s, h: s };
  }
  let m = /^(\d+),(\d+),(\d+),(\d+)$/.exec(text);
  let nums;
  if (m) {
    nums = m.slice(1).map(Number);
  } else if ((m = /^pct:([\d.]+),([\d.]+),([\d.]+),([\d.]+)$/.exec(text))) {
    const p = m.slice(1).map(Number);
    nums = [p[0] * width / 100, p[1] * height / 100, p[2] * width / 100, p[3] * height / 100].map(Math.round);
  } else {
    return null;
  }
  let [x, y, w, h] = nums;
  if (x >= width || y >= height || w <= 0 || h <= 0) return null;
  w = Math.min(w, width - x);
  h = Math.min(h, height - y);
  return { x, y, w, h };
}

/** IIIF 3.0 size syntax; upscaling only with the `^` prefix. */
function parseSize(text, rw, rh) {
  const up = text.startsWith('^');
  const t = up ? text.slice(1) : text;
  let w;
  let h;
  let m;
  if (t === 'max') {
    [w, h] = [rw, rh];
    if (up) {
      const scale = Math.min(MAX_IMAGE_SIDE / rw, MAX_IMAGE_SIDE / rh);
      if (scale > 1) [w, h] = [Math.floor(rw * scale), Math.floor(rh * scale)];
    }
  } else if ((m = /^(\d+),$/.exec(t))) {
    w = Number(m[1]);
    h = Math.round((rh * w) / rw);
  } else if ((m = /^,(\d+)$/.exec(t))) {
    h = Number(m[1]);
    w = Math.round((rw * h) / rh);
  } else if ((m = /^pct:([\d.]+)$/.exec(t))) {
    const p = Number(m[1]) / 100;
    [w, h] = [Math.round(rw * p), Math.round(rh * p)];
  } else if ((m = /^(!)?(\d+),(\d+)$/.exec(t))) {
    const [bw, bh] = [Number(m[2]), Number(m[3])];
    if (m[1]) {
      const scale = Math.min(bw / rw, bh / rh);
      [w, h] = [Math.round(rw * scale), Math.round(rh * scale)];
    } else {
      [w, h] = [bw, bh];
    }
  } else {
    return null;
  }
  if (!(w >= 1 && h >= 1)) return null;
  if (!up && (w > rw || h > rh)) return null;
  if (w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE) return null;
  return { w, h };
}

// ---------------------------------------------------------------- helpers

/** `res.writeHead`, with the API's CORS headers (if any) over the route's own; null drops a header. */
function writeHead(res, status, headers) {
  const all = { ...headers, ...(res[API_CORS] ?? {}) };
  for (const [name, value] of Object.entries(all)) if (value === null) delete all[name];
  res.writeHead(status, all);
}

function send(req, res, status, headers, body) {
  const buf = Buffer.from(body, 'utf8');
  writeHead(res, status, { 'Content-Length': buf.length, 'X-Content-Type-Options': 'nosniff', ...headers });
  res.end(req.method === 'HEAD' ? undefined : buf);
}

function sendJson(req, res, status, value, headers = {}) {
  send(req, res, status, { 'Content-Type': TYPES['.json'], ...headers }, `${JSON.stringify(value, null, 2)}\n`);
}

function origin(req) {
  const host = req.headers.host;
  return /^[a-z0-9.-]+(:\d{1,5})?$/i.test(host ?? '') ? `http://${host}` : `http://${HOST}:${server.address().port}`;
}

function parsePort(text) {
  if (text === undefined || text === '') return 8000;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    console.error(`PORT must be a number from 0 to 65535, got "${text}"`);
    process.exit(1);
  }
  return n;
}
