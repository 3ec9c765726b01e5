#!/usr/bin/env node
// Demo server: the blog page, the states page, the built library and a pretend
// remote archive (JSON entries, placeholder photos, a small IIIF Image API and
// error simulation). Node built-ins only.
//
//   node demo/server.mjs            → http://127.0.0.1:8000/
//   PORT=8765 node demo/server.mjs  → http://127.0.0.1:8765/

import http from 'node:http';
import { createReadStream } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

// The fake IIIF image services: id → full size. Pictures are the same seeded
// placeholders as /archive/img/<id>.svg.
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

  // /archive/img/<slug>.svg?w=&h=&t=
  if (head === 'img' && rest.length === 1 && rest[0].endsWith('.svg')) {
    const slug = rest[0].slice(0, -4);
    if (!SLUG.test(slug)) throw new HttpError(404, 'Not found');
    const w = clampInt(target.query.get('w'), 1200, 16, MAX_IMAGE_SIDE);
    const h = clampInt(target.query.get('h'), 800, 16, MAX_IMAGE_SIDE);
    const title = cleanTitle(target.query.get('t')) || titleFromSlug(slug);
    const svg = placeholderSvg({ seed: slug, width: w, height: h, title });
    return send(req, res, 200, { 'Content-Type': 'image/svg+xml', ...ARCHIVE_IMAGE }, svg);
  }

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
      title: 'Welcome to the archive',
      body: '<h1>Welcome to the archive</h1>\n<p>This is an HTML page, not the JSON you asked for. ' +
        'A proxy, a login wall or a misconfigured server often answers like this, with status 200.</p>',
    });
    return send(req, res, 200, { 'Content-Type': TYPES['.html'], 'Content-Security-Policy': CSP, ...ARCHIVE_JSON }, html);
  }

  // Human pages: /archive/photos/<slug>, /archive/users/<name>, /archive/series/<slug>
  if ((head === 'photos' || head === 'users' || head === 'series') && rest.length === 1 && SLUG.test(rest[0])) {
    const html = await humanPage(head, rest[0]);
    if (!html) throw new HttpError(404, 'No such page in the demo archive');
    return send(req, res, 200, {
      'Content-Type': TYPES['.html'],
      'Content-Security-Policy': CSP,
      'Cache-Control': 'no-cache',
    }, html);
  }

  return serveStatic(req, res, ARCHIVE_DIR, segments, target, { allow: ARCHIVE_FILES, headers: ARCHIVE_JSON });
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

// ---------------------------------------------------------------- placeholder photographs

function hashString(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry32(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const r1 = (n) => Math.round(n * 10) / 10;

/**
 * A sepia "old photograph": sky and ground gradients, a skyline or a stepped
 * pyramid on the horizon, a few figures, grain, scratches, a vignette and a
 * small caption. Drawn in the full image's coordinates; `viewBox` crops it and
 * `outWidth`/`outHeight` give the intrinsic size.
 */
function placeholderSvg({ seed, width: W, height: H, title, viewBox, outWidth, outHeight }) {
  const rnd = mulberry32(hashString(seed));
  const pick = (min, max) => min + rnd() * (max - min);
  const vb = viewBox ?? { x: 0, y: 0, w: W, h: H };
  const ow = outWidth ?? vb.w;
  const oh = outHeight ?? vb.h;
  const unit = Math.min(W, H);

  const warm = Math.round(pick(-6, 6));
  const tone = (l, s = 32) => `hsl(${34 + warm} ${s}% ${l}%)`;
  const horizon = H * pick(0.52, 0.68);
  const shapes = [];

  // Sky and ground.
  shapes.push(`<rect width="${W}" height="${r1(horizon)}" fill="url(#sky)"/>`);
  shapes.push(`<rect y="${r1(horizon)}" width="${W}" height="${r1(H - horizon)}" fill="url(#ground)"/>`);

  const kind = /piramide|pyramid|templo|temple/i.test(seed)
    ? 'pyramid'
    : /arrival|harbou?r|port|tampico|ship/i.test(seed)
      ? 'harbour'
      : H > W * 1.15
        ? 'studio'
        : rnd() < 0.2 ? 'harbour' : 'town';

  if (kind !== 'studio') {
    // Distant hills.
    let d = `M0 ${r1(horizon)}`;
    const hillSteps = 6;
    for (let i = 0; i <= hillSteps; i++) {
      d += ` L${r1((W * i) / hillSteps)} ${r1(horizon - unit * pick(0.02, 0.09))}`;
    }
    d += ` L${W} ${r1(horizon)} Z`;
    shapes.push(`<path d="${d}" fill="${tone(62, 20)}" opacity="0.7"/>`);
  }

  let groundLine = horizon + (H - horizon) * pick(0.45, 0.7);
  let figures = 2 + Math.floor(rnd() * 5);
  let figH = H * pick(0.22, 0.34);
  let fx = W * pick(0.12, 0.3);

  if (kind === 'pyramid') {
    const cx = W * pick(0.4, 0.6);
    const base = W * pick(0.38, 0.52);
    const tiers = 4 + Math.floor(rnd() * 3);
    const tierH = (H * pick(0.2, 0.28)) / tiers;
    for (let i = 0; i < tiers; i++) {
      const bw = base * (1 - i / (tiers + 0.6));
      shapes.push(`<rect x="${r1(cx - bw / 2)}" y="${r1(horizon - tierH * (i + 1))}" width="${r1(bw)}" height="${r1(tierH + 0.5)}" fill="${tone(44 - i * 2, 26)}"/>`);
      shapes.push(`<rect x="${r1(cx - bw / 2)}" y="${r1(horizon - tierH * (i + 1))}" width="${r1(bw)}" height="${r1(tierH * 0.12)}" fill="${tone(58, 22)}" opacity="0.6"/>`);
    }
    // The stairway up the front and the temple on top.
    shapes.push(`<path d="M${r1(cx - base * 0.07)} ${r1(horizon)} L${r1(cx - base * 0.04)} ${r1(horizon - tierH * tiers)} L${r1(cx + base * 0.04)} ${r1(horizon - tierH * tiers)} L${r1(cx + base * 0.07)} ${r1(horizon)} Z" fill="${tone(54, 22)}" opacity="0.75"/>`);
    const top = base * (1 - tiers / (tiers + 0.6));
    shapes.push(`<rect x="${r1(cx - top / 2)}" y="${r1(horizon - tierH * (tiers + 1))}" width="${r1(top)}" height="${r1(tierH + 0.5)}" fill="${tone(32, 24)}"/>`);
    // Small figures at the foot, for scale.
    figures = 1 + Math.floor(rnd() * 3);
    figH = H * pick(0.07, 0.1);
    groundLine = horizon + (H - horizon) * pick(0.12, 0.25);
    fx = cx + base * pick(0.55, 0.7);
  } else if (kind === 'harbour') {
    // Water between the horizon and the quay, a ship, a quay edge.
    const quay = horizon + (H - horizon) * pick(0.3, 0.42);
    shapes.push(`<rect y="${r1(horizon)}" width="${W}" height="${r1(quay - horizon)}" fill="${tone(66, 18)}"/>`);
    for (let i = 0; i < 9; i++) {
      const y = horizon + (quay - horizon) * pick(0.1, 0.95);
      shapes.push(`<path d="M${r1(pick(0, W * 0.8))} ${r1(y)} h${r1(W * pick(0.05, 0.2))}" stroke="${tone(80, 20)}" stroke-width="${r1(unit * 0.003)}" opacity="0.6"/>`);
    }
    const shipW = W * pick(0.4, 0.55);
    const sx = rnd() < 0.5 ? W * pick(0.02, 0.1) : W - shipW - W * pick(0.02, 0.1);
    const deck = horizon + (quay - horizon) * 0.35;
    const hullH = H * 0.07;
    shapes.push(`<path d="M${r1(sx)} ${r1(deck - hullH)} L${r1(sx + shipW)} ${r1(deck - hullH * 1.2)} L${r1(sx + shipW * 0.95)} ${r1(deck)} L${r1(sx + shipW * 0.04)} ${r1(deck)} Z" fill="${tone(24, 22)}"/>`);
    shapes.push(`<rect x="${r1(sx + shipW * 0.55)}" y="${r1(deck - hullH * 2.1)}" width="${r1(shipW * 0.22)}" height="${r1(hullH * 1.0)}" fill="${tone(40, 20)}"/>`);
    shapes.push(`<rect x="${r1(sx + shipW * 0.62)}" y="${r1(deck - hullH * 3.2)}" width="${r1(shipW * 0.06)}" height="${r1(hullH * 1.2)}" fill="${tone(20, 22)}"/>`);
    shapes.push(`<path d="M${r1(sx + shipW * 0.2)} ${r1(deck - hullH)} V${r1(deck - hullH * 4)} M${r1(sx + shipW * 0.88)} ${r1(deck - hullH * 1.15)} V${r1(deck - hullH * 3.6)}" stroke="${tone(26, 20)}" stroke-width="${r1(unit * 0.004)}"/>`);
    shapes.push(`<rect y="${r1(quay)}" width="${W}" height="${r1(unit * 0.012)}" fill="${tone(30, 20)}" opacity="0.8"/>`);
    groundLine = quay + (H - quay) * pick(0.55, 0.75);
  } else if (kind === 'studio') {
    // A photographer's studio: a painted backdrop, a floor, a small table.
    const floor = H * pick(0.7, 0.78);
    shapes.push(`<rect width="${W}" height="${r1(floor)}" fill="${tone(64, 18)}"/>`);
    shapes.push(`<ellipse cx="${r1(W * 0.5)}" cy="${r1(floor * 0.45)}" rx="${r1(W * 0.42)}" ry="${r1(floor * 0.4)}" fill="${tone(76, 22)}" opacity="0.7"/>`);
    shapes.push(`<rect y="${r1(floor)}" width="${W}" height="${r1(H - floor)}" fill="${tone(44, 24)}"/>`);
    const tx = rnd() < 0.5 ? W * 0.12 : W * 0.7;
    const tw = W * 0.18;
    shapes.push(`<rect x="${r1(tx)}" y="${r1(floor - H * 0.2)}" width="${r1(tw)}" height="${r1(H * 0.015)}" fill="${tone(28, 22)}"/>`);
    shapes.push(`<rect x="${r1(tx + tw * 0.45)}" y="${r1(floor - H * 0.19)}" width="${r1(tw * 0.1)}" height="${r1(H * 0.2)}" fill="${tone(28, 22)}"/>`);
    shapes.push(`<path d="M${r1(tx + tw * 0.4)} ${r1(floor - H * 0.2)} q${r1(tw * 0.1)} ${r1(-H * 0.08)} ${r1(tw * 0.2)} 0 Z" fill="${tone(34, 22)}"/>`);
    figures = 1;
    figH = H * pick(0.6, 0.66);
    groundLine = floor + (H - floor) * 0.45;
    fx = W * pick(0.45, 0.55);
  } else {
    // A town: houses, a tower, a dome.
    let x = -W * 0.02;
    while (x < W) {
      const bw = W * pick(0.05, 0.14);
      const bh = H * pick(0.08, 0.24);
      const l = pick(30, 46);
      shapes.push(`<rect x="${r1(x)}" y="${r1(horizon - bh)}" width="${r1(bw)}" height="${r1(bh)}" fill="${tone(l, 24)}"/>`);
      const roof = rnd();
      if (roof < 0.25) {
        shapes.push(`<path d="M${r1(x)} ${r1(horizon - bh)} L${r1(x + bw / 2)} ${r1(horizon - bh - bw * 0.35)} L${r1(x + bw)} ${r1(horizon - bh)} Z" fill="${tone(l - 6, 24)}"/>`);
      } else if (roof < 0.38) {
        shapes.push(`<ellipse cx="${r1(x + bw / 2)}" cy="${r1(horizon - bh)}" rx="${r1(bw * 0.38)}" ry="${r1(bw * 0.32)}" fill="${tone(l - 4, 24)}"/>`);
      }
      const rows = Math.floor(bh / (H * 0.05));
      for (let r = 0; r < rows; r++) {
        if (rnd() < 0.5) continue;
        shapes.push(`<rect x="${r1(x + bw * 0.2)}" y="${r1(horizon - bh + H * 0.05 * r + H * 0.015)}" width="${r1(bw * 0.6)}" height="${r1(H * 0.018)}" fill="${tone(l + 14, 20)}" opacity="0.5"/>`);
      }
      x += bw + W * pick(0, 0.03);
    }
  }

  // Figures standing on a shared line: coats or skirts, some hats.
  for (let i = 0; i < figures && fx < W * 0.95; i++) {
    const h = figH * pick(0.88, 1.05);
    shapes.push(figure(fx, groundLine, h, rnd, tone(pick(14, 24), 22)));
    fx += h * pick(0.32, 0.6);
  }

  // Scratches and dust.
  for (let i = 0; i < 5; i++) {
    const sx = pick(0, W);
    shapes.push(`<path d="M${r1(sx)} ${r1(pick(0, H * 0.4))} l${r1(pick(-W * 0.02, W * 0.02))} ${r1(pick(H * 0.2, H * 0.6))}" stroke="${tone(92, 30)}" stroke-width="${r1(Math.max(0.6, unit * 0.0015))}" opacity="${r1(pick(0.15, 0.45))}"/>`);
  }
  for (let i = 0; i < 14; i++) {
    shapes.push(`<circle cx="${r1(pick(0, W))}" cy="${r1(pick(0, H))}" r="${r1(unit * pick(0.001, 0.004))}" fill="${tone(pick(10, 90), 20)}" opacity="0.5"/>`);
  }

  // Caption: a small label in the lower left corner.
  const scale = Math.min(ow / vb.w, oh / vb.h);
  const fontSize = r1(Math.max(11, Math.min(28, Math.min(ow, oh) * 0.035)) / scale);
  const caption = escapeXml(title.length > 60 ? `${title.slice(0, 59)}…` : title);
  const pad = r1(fontSize * 0.9);
  const captionSvg =
    `<text x="${pad}" y="${r1(H - pad)}" font-family="Georgia, 'Times New Roman', serif" font-size="${fontSize}" ` +
    `font-style="italic" fill="${tone(92, 35)}" stroke="${tone(15, 30)}" stroke-width="${r1(fontSize * 0.18)}" ` +
    `paint-order="stroke" stroke-linejoin="round">${caption}</text>`;

  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${ow}" height="${oh}" viewBox="${vb.x} ${vb.y} ${vb.w} ${vb.h}" preserveAspectRatio="none" role="img" aria-label="${caption}">
<title>${caption}</title>
<defs>
<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${tone(80, 30)}"/><stop offset="1" stop-color="${tone(70, 28)}"/></linearGradient>
<linearGradient id="ground" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${tone(52, 26)}"/><stop offset="1" stop-color="${tone(34, 28)}"/></linearGradient>
<radialGradient id="vignette" cx="0.5" cy="0.5" r="0.72"><stop offset="0.55" stop-color="#2a1a0a" stop-opacity="0"/><stop offset="1" stop-color="#2a1a0a" stop-opacity="0.72"/></radialGradient>
<filter id="grain" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="${r1(Math.min(0.9, 700 / unit) * 10) / 10}" numOctaves="2" seed="${hashString(seed) % 1000}"/><feColorMatrix type="saturate" values="0"/></filter>
</defs>
${shapes.join('\n')}
<rect width="${W}" height="${H}" filter="url(#grain)" opacity="0.14"/>
<rect width="${W}" height="${H}" fill="url(#vignette)"/>
${captionSvg}
</svg>
`;
}

/** One standing figure, feet at `ground`, `h` tall. */
function figure(cx, ground, h, rnd, fill) {
  const top = ground - h;
  const w = h * (0.26 + rnd() * 0.06);
  const skirt = rnd() < 0.35;
  const hem = top + h * (skirt ? 0.88 : 0.64);
  const flare = skirt ? 0.62 : 0.5;
  const parts = [
    `<circle cx="${r1(cx)}" cy="${r1(top + h * 0.085)}" r="${r1(h * 0.068)}"/>`,
    `<rect x="${r1(cx - h * 0.025)}" y="${r1(top + h * 0.14)}" width="${r1(h * 0.05)}" height="${r1(h * 0.04)}"/>`,
    `<path d="M${r1(cx - w * 0.46)} ${r1(top + h * 0.22)} Q${r1(cx - w * 0.44)} ${r1(top + h * 0.17)} ${r1(cx)} ${r1(top + h * 0.17)} ` +
      `Q${r1(cx + w * 0.44)} ${r1(top + h * 0.17)} ${r1(cx + w * 0.46)} ${r1(top + h * 0.22)} ` +
      `L${r1(cx + w * flare)} ${r1(hem)} L${r1(cx - w * flare)} ${r1(hem)} Z"/>`,
    `<rect x="${r1(cx - w * 0.6)}" y="${r1(top + h * 0.21)}" width="${r1(w * 0.16)}" height="${r1(h * 0.36)}" rx="${r1(w * 0.08)}"/>`,
    `<rect x="${r1(cx + w * 0.44)}" y="${r1(top + h * 0.21)}" width="${r1(w * 0.16)}" height="${r1(h * 0.36)}" rx="${r1(w * 0.08)}"/>`,
  ];
  if (skirt) {
    parts.push(`<rect x="${r1(cx - w * 0.3)}" y="${r1(hem)}" width="${r1(w * 0.2)}" height="${r1(ground - hem)}"/>`);
    parts.push(`<rect x="${r1(cx + w * 0.1)}" y="${r1(hem)}" width="${r1(w * 0.2)}" height="${r1(ground - hem)}"/>`);
  } else {
    parts.push(`<rect x="${r1(cx - w * 0.4)}" y="${r1(hem - h * 0.02)}" width="${r1(w * 0.34)}" height="${r1(ground - hem + h * 0.02)}"/>`);
    parts.push(`<rect x="${r1(cx + w * 0.06)}" y="${r1(hem - h * 0.02)}" width="${r1(w * 0.34)}" height="${r1(ground - hem + h * 0.02)}"/>`);
  }
  const hat = rnd();
  if (hat < 0.3) {
    // A wide-brimmed hat.
    parts.push(`<ellipse cx="${r1(cx)}" cy="${r1(top + h * 0.045)}" rx="${r1(h * 0.16)}" ry="${r1(h * 0.018)}"/>`);
    parts.push(`<ellipse cx="${r1(cx)}" cy="${r1(top + h * 0.02)}" rx="${r1(h * 0.06)}" ry="${r1(h * 0.045)}"/>`);
  } else if (hat < 0.6) {
    // A cap or a fedora.
    parts.push(`<rect x="${r1(cx - h * 0.1)}" y="${r1(top + h * 0.035)}" width="${r1(h * 0.2)}" height="${r1(h * 0.02)}" rx="${r1(h * 0.01)}"/>`);
    parts.push(`<rect x="${r1(cx - h * 0.065)}" y="${r1(top - h * 0.005)}" width="${r1(h * 0.13)}" height="${r1(h * 0.045)}" rx="${r1(h * 0.015)}"/>`);
  }
  return `<g fill="${fill}">${parts.join('')}</g>`;
}

// ---------------------------------------------------------------- human pages of the archive

async function loadEntries() {
  const dir = path.join(ARCHIVE_DIR, 'api', 'photos');
  const names = (await readdir(dir).catch(() => [])).filter((n) => n.endsWith('.json')).sort();
  const entries = [];
  for (const name of names) {
    try {
      const entry = JSON.parse(await readFile(path.join(dir, name), 'utf8'));
      if (entry && typeof entry === 'object') entries.push({ slug: name.slice(0, -5), entry });
    } catch {
      // A broken sample file is skipped here; the JSON route still serves it as is.
    }
  }
  return entries;
}

async function loadNearbyItems() {
  const dir = path.join(ARCHIVE_DIR, 'api', 'nearby');
  const names = (await readdir(dir).catch(() => [])).filter((n) => n.endsWith('.json'));
  const items = [];
  for (const name of names) {
    try {
      const list = JSON.parse(await readFile(path.join(dir, name), 'utf8'));
      const base = `http://archive.invalid/archive/api/nearby/${name}`;
      for (const item of Array.isArray(list?.items) ? list.items : []) {
        items.push({ item, base });
      }
    } catch {
      // skip
    }
  }
  return items;
}

/** Resolves a URL from a document of the archive to a same-site path, or null. */
function localPath(url, base) {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url, base);
    if (u.origin !== 'http://archive.invalid') return null;
    return u.pathname + u.search;
  } catch {
    return null;
  }
}

const storyParagraphs = (story) =>
  Array.isArray(story)
    ? story.filter((p) => typeof p === 'string')
    : typeof story === 'string'
      ? story.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
      : [];

async function humanPage(kind, slug) {
  if (kind === 'photos') {
    const entries = await loadEntries();
    const found = entries.find((e) => e.slug === slug);
    if (found) return photoPage(found.slug, found.entry);
    const nearby = (await loadNearbyItems()).find(({ item, base }) => localPath(item?.url, base) === `/archive/photos/${slug}`);
    if (nearby) return stubPhotoPage(nearby.item, nearby.base);
    return null;
  }
  if (kind === 'users') {
    const entries = await loadEntries();
    const mine = entries.filter(({ entry }) => String(entry.contributor?.name ?? '').toLowerCase() === slug.toLowerCase());
    const name = mine[0]?.entry.contributor.name ?? slug;
    return page({
      title: `${name} — Old Photos`,
      body: `<h1>${escapeHtml(name)}</h1>
<p>A member of the demo archive.</p>
${mine.length ? `<h2>Photos contributed</h2>\n${entryList(mine)}` : '<p>No photos contributed yet.</p>'}`,
    });
  }
  if (kind === 'series') {
    const entries = await loadEntries();
    const inSeries = entries.filter(({ slug: s, entry }) =>
      localPath(entry.series?.url, `http://archive.invalid/archive/api/photos/${s}.json`) === `/archive/series/${slug}`);
    if (!inSeries.length) return null;
    const name = inSeries[0].entry.series.name ?? titleFromSlug(slug);
    return page({
      title: `${name} — a series`,
      body: `<h1>${escapeHtml(name)}</h1>\n<p>A series of the demo archive.</p>\n${entryList(inSeries)}`,
    });
  }
  return null;
}

function entryList(entries) {
  return `<ul class="entries">\n${entries
    .map(({ slug, entry }) => `<li><a href="/archive/photos/${encodeURIComponent(slug)}">${escapeHtml(entry.title ?? 'Untitled')}</a>${entry.date ? ` <span class="date">${escapeHtml(String(entry.date))}</span>` : ''}</li>`)
    .join('\n')}\n</ul>`;
}

function photoPage(slug, entry) {
  const base = `http://archive.invalid/archive/api/photos/${slug}.json`;
  const image = entry.image ?? {};
  let src = localPath(image.src, base);
  if (!src && typeof image.iiif === 'string') src = localPath(`${image.iiif.replace(/\/$/, '')}/full/1000,/0/default.jpg`, base);
  const title = typeof entry.title === 'string' ? entry.title : 'Untitled';
  const paragraphs = storyParagraphs(entry.story);
  const link = (ref, text) => {
    const href = localPath(ref?.url, base);
    return href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);
  };
  return page({
    title: `${title} — Old Photos`,
    body: `<article>
<h1>${escapeHtml(title)}</h1>
${entry.date ? `<p class="date">${escapeHtml(String(entry.date))}</p>` : ''}
${src ? `<figure>
<img src="${escapeHtml(src)}" alt="${escapeHtml(image.alt ?? '')}"${Number.isFinite(image.width) ? ` width="${image.width}"` : ''}${Number.isFinite(image.height) ? ` height="${image.height}"` : ''}>
${image.caption ? `<figcaption>${escapeHtml(image.caption)}</figcaption>` : ''}
</figure>` : ''}
${entry.headline ? `<blockquote><p>${escapeHtml(entry.headline)}</p></blockquote>` : ''}
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${entry.previous?.title ? `<p>Previously${entry.series?.name ? ` in ${escapeHtml(entry.series.name)}` : ''}: ${link(entry.previous, entry.previous.title)}</p>` : ''}
${entry.next?.title ? `<p>Next: ${link(entry.next, entry.next.title)}</p>` : ''}
${entry.contributor?.name ? `<p class="meta">Contributed by ${link(entry.contributor, entry.contributor.name)}${entry.published ? ` on ${escapeHtml(entry.published)}` : ''}</p>` : ''}
${entry.credit ? `<p class="meta">${escapeHtml(entry.credit)}</p>` : ''}
<p class="meta"><a href="/archive/api/photos/${encodeURIComponent(slug)}.json">This entry as JSON</a></p>
</article>`,
  });
}

function stubPhotoPage(item, base) {
  const title = typeof item.title === 'string' ? item.title : 'Untitled';
  const thumb = item.thumbnail ?? {};
  const src = localPath(thumb.src, base);
  return page({
    title: `${title} — Old Photos`,
    body: `<article>
<h1>${escapeHtml(title)}</h1>
${item.date ? `<p class="date">${escapeHtml(String(item.date))}</p>` : ''}
${src ? `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(thumb.alt ?? '')}"${Number.isFinite(thumb.width) ? ` width="${thumb.width}"` : ''}${Number.isFinite(thumb.height) ? ` height="${thumb.height}"` : ''}></figure>` : ''}
<p>The demo archive has no full entry for this photo.</p>
</article>`,
  });
}

function page({ title, body }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/archive/site.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body>
<header class="archive-header"><a href="/archive/series/old-photos">Old Photos</a> <span>a pretend archive for the demo</span></header>
<main>
${body}
</main>
<footer class="archive-footer"><a href="/">Back to the demo</a></footer>
</body>
</html>
`;
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

function clampInt(text, fallback, min, max) {
  const n = Number.parseInt(text ?? '', 10);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, n));
}

function cleanTitle(text) {
  return (text ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 80);
}

function titleFromSlug(slug) {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function escapeXml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
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
