// The demo archive's generated content, shared by server.mjs and build-archive.mjs: the placeholder
// "old photographs" (also drawn by the server's IIIF route) and the archive's own human pages,
// built from its JSON with relative links only, so the archive folder works under any path.
// Node built-ins only.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

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
export function placeholderSvg({ seed, width: W, height: H, title, viewBox, outWidth, outHeight }) {
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

// ---------------------------------------------------------------- the archive's JSON and its URLs

/** Where archive URLs are resolved: only the part below `/archive/` matters. */
const ARCHIVE_ROOT = 'http://archive.invalid/archive/';

/**
 * Every JSON document under `<archiveDir>/api`, parsed: `[{ file, data }]`, `file` being the path
 * inside the archive folder, e.g. `api/photos/piramide-templo.json`.
 */
export async function loadArchive(archiveDir) {
  const names = await readdir(path.join(archiveDir, 'api'), { recursive: true });
  const docs = [];
  for (const name of names.map((n) => n.split(path.sep).join('/')).filter((n) => n.endsWith('.json')).sort()) {
    const file = `api/${name}`;
    try {
      docs.push({ file, data: JSON.parse(await readFile(path.join(archiveDir, file), 'utf8')) });
    } catch (err) {
      throw new Error(`${file}: ${err.message}`);
    }
  }
  return docs;
}

/**
 * The path inside the archive folder that `url`, written in the archive file `from`, points at
 * (query and fragment dropped), or null for a URL outside the archive.
 */
export function archivePath(url, from) {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url, ARCHIVE_ROOT + from);
    return u.href.startsWith(ARCHIVE_ROOT) ? decodeURIComponent(u.pathname.slice('/archive/'.length)) : null;
  } catch {
    return null;
  }
}

/** A relative URL from the archive file `from` to the archive path `to` (which may lead out of the folder). */
function relativeUrl(from, to) {
  return path.posix.relative(path.posix.dirname(from), to).split('/').map(encodeURIComponent).join('/');
}

// ---------------------------------------------------------------- human pages of the archive

const PAGE = /^(photos|users|series)\/([^/]+)\.html$/;
/** The series page every page's header links to. */
const HOME = 'series/old-photos.html';

/**
 * The archive's human pages: one for every entry in `api/photos/`, one for every photo, contributor
 * and series page that a `url` in the JSON points at (`photos/<slug>.html`, `users/<name>.html`,
 * `series/<slug>.html`), and the series page of the header. Returns `[{ file, html }]`, `file` being
 * the path inside the archive folder. Throws for a linked page the JSON has nothing to show on.
 */
export function archivePages(docs) {
  const entries = docs
    .filter(({ file, data }) => /^api\/photos\/[^/]+\.json$/.test(file) && isObject(data))
    .map(({ file, data }) => ({ slug: path.posix.basename(file, '.json'), from: file, entry: data }));
  const nearby = docs
    .filter(({ file }) => file.startsWith('api/nearby/'))
    .flatMap(({ file, data }) => (Array.isArray(data?.items) ? data.items : []).filter(isObject).map((item) => ({ item, from: file })));

  const wanted = new Set([HOME, ...entries.map(({ slug }) => `photos/${slug}.html`)]);
  const collect = (value, from) => {
    if (Array.isArray(value)) value.forEach((v) => collect(v, from));
    if (!isObject(value)) return;
    const target = archivePath(value.url, from);
    if (target && PAGE.test(target)) wanted.add(target);
    Object.values(value).forEach((v) => collect(v, from));
  };
  docs.forEach(({ file, data }) => collect(data, file));

  return [...wanted].sort().map((file) => {
    const html = humanPage(file, entries, nearby);
    if (!html) throw new Error(`${file} is linked to, but the archive's JSON has nothing to show on it`);
    return { file, html };
  });
}

function humanPage(file, entries, nearby) {
  const [, kind, slug] = PAGE.exec(file);
  const linksHere = (url, from) => archivePath(url, from) === file;
  if (kind === 'photos') {
    const found = entries.find((e) => e.slug === slug);
    if (found) return photoPage(file, found, nearby);
    const listed = nearby.find(({ item, from }) => linksHere(item.url, from));
    return listed ? stubPhotoPage(file, listed) : null;
  }
  if (kind === 'users') {
    const mine = entries.filter(({ entry, from }) => linksHere(entry.contributor?.url, from));
    const name = mine[0]?.entry.contributor.name ?? slug;
    return page({
      file,
      title: `${name} — Old Photos`,
      body: `<h1>${escapeHtml(name)}</h1>
<p>A member of the demo archive.</p>
${mine.length ? `<h2>Photos contributed</h2>\n${entryList(file, mine)}` : '<p>No photos contributed yet.</p>'}`,
    });
  }
  const inSeries = entries.filter(({ entry, from }) => linksHere(entry.series?.url, from));
  if (!inSeries.length) return null;
  const name = inSeries[0].entry.series.name ?? titleFromSlug(slug);
  return page({
    file,
    title: `${name} — a series`,
    body: `<h1>${escapeHtml(name)}</h1>\n<p>A series of the demo archive.</p>\n${entryList(file, inSeries)}`,
  });
}

const storyParagraphs = (story) =>
  Array.isArray(story)
    ? story.filter((p) => typeof p === 'string')
    : typeof story === 'string'
      ? story.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
      : [];

function entryList(file, entries) {
  return `<ul class="entries">\n${entries
    .map(({ slug, entry }) => `<li><a href="${escapeHtml(relativeUrl(file, `photos/${slug}.html`))}">${escapeHtml(entry.title ?? 'Untitled')}</a>${entry.date ? ` <span class="date">${escapeHtml(String(entry.date))}</span>` : ''}</li>`)
    .join('\n')}\n</ul>`;
}

function photoPage(file, { from, entry }, nearby) {
  const image = isObject(entry.image) ? entry.image : {};
  // The entry's own picture file; an entry with only a IIIF service shows the thumbnail a nearby list
  // gives for it (the pages are static: no image service to ask).
  let src = archivePath(image.src, from);
  if (!src) {
    const listed = nearby.find(({ item, from: f }) => archivePath(item.url, f) === file && archivePath(item.thumbnail?.src, f));
    if (listed) src = archivePath(listed.item.thumbnail.src, listed.from);
  }
  const title = typeof entry.title === 'string' ? entry.title : 'Untitled';
  const paragraphs = storyParagraphs(entry.story);
  const link = (ref, text) => {
    const target = archivePath(ref?.url, from);
    return target ? `<a href="${escapeHtml(relativeUrl(file, target))}">${escapeHtml(text)}</a>` : escapeHtml(text);
  };
  return page({
    file,
    title: `${title} — Old Photos`,
    body: `<article>
<h1>${escapeHtml(title)}</h1>
${entry.date ? `<p class="date">${escapeHtml(String(entry.date))}</p>` : ''}
${src ? `<figure>
<img src="${escapeHtml(relativeUrl(file, src))}" alt="${escapeHtml(image.alt ?? '')}"${Number.isFinite(image.width) ? ` width="${image.width}"` : ''}${Number.isFinite(image.height) ? ` height="${image.height}"` : ''}>
${image.caption ? `<figcaption>${escapeHtml(image.caption)}</figcaption>` : ''}
</figure>` : ''}
${entry.headline ? `<blockquote><p>${escapeHtml(entry.headline)}</p></blockquote>` : ''}
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${entry.previous?.title ? `<p>Previously${entry.series?.name ? ` in ${escapeHtml(entry.series.name)}` : ''}: ${link(entry.previous, entry.previous.title)}</p>` : ''}
${entry.next?.title ? `<p>Next: ${link(entry.next, entry.next.title)}</p>` : ''}
${entry.contributor?.name ? `<p class="meta">Contributed by ${link(entry.contributor, entry.contributor.name)}${entry.published ? ` on ${escapeHtml(entry.published)}` : ''}</p>` : ''}
${entry.credit ? `<p class="meta">${escapeHtml(entry.credit)}</p>` : ''}
<p class="meta"><a href="${escapeHtml(relativeUrl(file, from))}">This entry as JSON</a></p>
</article>`,
  });
}

function stubPhotoPage(file, { item, from }) {
  const title = typeof item.title === 'string' ? item.title : 'Untitled';
  const thumb = isObject(item.thumbnail) ? item.thumbnail : {};
  const src = archivePath(thumb.src, from);
  return page({
    file,
    title: `${title} — Old Photos`,
    body: `<article>
<h1>${escapeHtml(title)}</h1>
${item.date ? `<p class="date">${escapeHtml(String(item.date))}</p>` : ''}
${src ? `<figure><img src="${escapeHtml(relativeUrl(file, src))}" alt="${escapeHtml(thumb.alt ?? '')}"${Number.isFinite(thumb.width) ? ` width="${thumb.width}"` : ''}${Number.isFinite(thumb.height) ? ` height="${thumb.height}"` : ''}></figure>` : ''}
<p>The demo archive has no full entry for this photo.</p>
</article>`,
  });
}

/**
 * An archive page around `body`, to be served as the archive file `file` (e.g. `photos/x.html`).
 * All its links are relative; the icon and the footer link lead to the demo folder around the archive.
 * No inline script or style: the pages are served with a strict Content Security Policy.
 */
export function page({ file, title, body }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${relativeUrl(file, 'site.css')}">
<link rel="icon" href="${relativeUrl(file, '../favicon.svg')}" type="image/svg+xml">
</head>
<body>
<header class="archive-header"><a href="${relativeUrl(file, HOME)}">Old Photos</a> <span>a pretend archive for the demo</span></header>
<main>
${body}
</main>
<footer class="archive-footer"><a href="${relativeUrl(file, '../index.html')}">Back to the demo</a></footer>
</body>
</html>
`;
}

// ---------------------------------------------------------------- helpers

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

export function titleFromSlug(slug) {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function escapeXml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
