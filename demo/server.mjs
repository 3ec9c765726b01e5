#!/usr/bin/env node
// Demo server: the blog page, the states page, the built library and a pretend
// remote archive (the static folder archive/, a small IIIF Image API and error
// simulation). Node built-ins only. The archive's pictures and pages are static
// files written by build-archive.mjs.
//
//   node demo/server.mjs            → http://127.0.0.1:8000/
//   PORT=8765 node demo/server.mjs  → http://127.0.0.1:8765/

import http from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { page, placeholderSvg } from './archive-pages.mjs';

const DEMO_DIR = path.dirname(fileURLToPath(import.meta.url));
const DIST_DIR = path.resolve(DEMO_DIR, '..', 'dist');
const ARCHIVE_DIR = path.join(DEMO_DIR, 'archive');
const HOST = '127.0.0.1';
const PORT = parsePort(process.env.PORT);

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
const ARCHIVE_FILES = new Set(['.json', '.html', '.css', '.svg', '.png', '.jpg', '.jpeg', '.webp']);
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
  console.log(`Demo: http://${HOST}:${server.address().port}/`);
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
  if (/^\/(archive|iiif)(\/|$|\?)/.test(req.url ?? '')) {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'ETag, Retry-After');
    res.setHeader('Cache-Control', 'no-cache');
  }
  const target = parseTarget(req.url);
  const [first, ...rest] = target.segments;

  if (req.method === 'OPTIONS') {
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
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    throw Object.assign(new HttpError(405, 'Method not allowed'), {
      headers: { Allow: 'GET, HEAD, OPTIONS', ...CORS },
    });
  }

  switch (first) {
    case 'dist':
      return serveStatic(req, res, DIST_DIR, rest, target, {
        allow: DIST_FILES,
        headers: { 'Cache-Control': 'no-cache' },
        missing: 'Not found in dist/. Build the library first (npm run build).',
      });
    case 'archive':
      return archive(req, res, rest, target);
    case 'iiif':
      return iiif(req, res, rest);
    default:
      return serveStatic(req, res, DEMO_DIR, target.segments, target, {
        allow: DEMO_FILES,
        headers: { 'Cache-Control': 'no-cache' },
      });
  }
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
      res.writeHead(301, { Location: `${target.rawPath}/${search}`, ...(opts.headers ?? {}) });
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
  if (ext === '.html') headers['Content-Security-Policy'] = CSP;

  if (req.headers['if-none-match'] === etag) {
    delete headers['Content-Length'];
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, headers);
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

  return serveStatic(req, res, ARCHIVE_DIR, segments, target, {
    allow: ARCHIVE_FILES,
    headers: head === 'img' ? ARCHIVE_IMAGE : ARCHIVE_JSON,
  });
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

async function iiif(req, res, segments) {
  const [id, ...rest] = segments;
  const image = id && Object.hasOwn(IIIF_IMAGES, id) ? IIIF_IMAGES[id] : null;
  if (!image) throw Object.assign(new HttpError(404, 'Unknown image'), { headers: CORS });
  const base = `${origin(req)}/iiif/${encodeURIComponent(id)}`;

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

function send(req, res, status, headers, body) {
  const buf = Buffer.from(body, 'utf8');
  res.writeHead(status, { 'Content-Length': buf.length, 'X-Content-Type-Options': 'nosniff', ...headers });
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
