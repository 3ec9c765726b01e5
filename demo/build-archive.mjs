#!/usr/bin/env node
// (Re)writes the generated static files of the demo archive from its JSON (archive/api/):
// the placeholder photographs in archive/img/ and the archive's human pages in archive/photos/,
// archive/users/ and archive/series/. Run it after changing the JSON or archive-pages.mjs.
// Node built-ins only.
//
//   node demo/build-archive.mjs

import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { archivePages, archivePath, loadArchive, placeholderSvg, titleFromSlug } from './archive-pages.mjs';

const ARCHIVE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'archive');

/** The caption drawn into each picture, by file name; a picture not listed is captioned after its name. */
const CAPTIONS = {
  'frida-kahlo-mens-suit': 'Frida Kahlo, 1926',
  'heavy-and-slow-uncle-joe': 'Uncle Joe',
  'leon-trotsky-arrival-mexico': 'Arrival in Mexico, 1937',
  'leon-trotsky-hospital-mexico-city': 'Mexico City, 1940',
  'margarita-neri-coronela-zapatista': 'Margarita Neri',
  'mujeres-zapatistas': 'Mujeres zapatistas',
  'piramide-templo': 'Pirámide Templo',
  'porfirio-diaz-aztec-solar-calendar': 'Porfirio Díaz',
  revolucionarios: 'Revolucionarios',
  'vladimir-mayakovsky': 'Vladimir Mayakovsky',
};

/** The folders this script owns, with the kind of file it writes there. */
const GENERATED = { img: '.svg', photos: '.html', series: '.html', users: '.html' };

const docs = await loadArchive(ARCHIVE_DIR);
const output = new Map(); // path inside the archive → contents

// One picture per file, drawn at the size of its largest reference. The SVG scales to the smaller
// ones, but with preserveAspectRatio="none": they must have the same shape (to a pixel of rounding).
for (const [file, refs] of pictureReferences(docs)) {
  const big = refs.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
  for (const ref of refs) {
    if (Math.abs(ref.height - (ref.width * big.height) / big.width) > 1) {
      throw new Error(`${ref.from} shows ${file} at ${ref.width}×${ref.height}, ${big.from} at ${big.width}×${big.height}: ` +
        'a different shape needs a picture file of its own');
    }
  }
  const name = path.posix.basename(file, '.svg');
  const title = CAPTIONS[name] ?? titleFromSlug(name);
  output.set(file, placeholderSvg({ seed: name, width: big.width, height: big.height, title }));
}
for (const { file, html } of archivePages(docs)) output.set(file, html);

// Remove what an earlier run wrote and nothing references any more, then write what changed.
for (const [dir, ext] of Object.entries(GENERATED)) {
  await mkdir(path.join(ARCHIVE_DIR, dir), { recursive: true });
  for (const name of await readdir(path.join(ARCHIVE_DIR, dir))) {
    if (name.endsWith(ext) && !output.has(`${dir}/${name}`)) {
      await rm(path.join(ARCHIVE_DIR, dir, name));
      console.log(`removed   archive/${dir}/${name}`);
    }
  }
}
let unchanged = 0;
for (const [file, text] of [...output].sort(([a], [b]) => a.localeCompare(b))) {
  const target = path.join(ARCHIVE_DIR, file);
  if ((await readFile(target, 'utf8').catch(() => null)) === text) {
    unchanged++;
    continue;
  }
  await writeFile(target, text);
  console.log(`wrote     archive/${file}`);
}
console.log(`${output.size} generated files in archive/ (${unchanged} unchanged)`);

/**
 * Every reference to a picture in img/ (any object in the JSON whose `src` points there, with its
 * `width` and `height`): Map of file → [{ width, height, from }].
 */
function pictureReferences(docs) {
  const refs = new Map();
  const visit = (value, from) => {
    if (Array.isArray(value)) value.forEach((v) => visit(v, from));
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    const file = archivePath(value.src, from);
    if (file?.startsWith('img/')) {
      if (!/^img\/[a-z0-9][a-z0-9_-]*\.svg$/i.test(file) || /[?#]/.test(value.src)) {
        throw new Error(`${from}: "${value.src}" should be img/<name>.svg, without a query string`);
      }
      const { width, height } = value;
      if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0)) {
        throw new Error(`${from}: "${value.src}" needs a width and a height`);
      }
      if (!refs.has(file)) refs.set(file, []);
      refs.get(file).push({ width, height, from });
    }
    Object.values(value).forEach((v) => visit(v, from));
  };
  docs.forEach(({ file, data }) => visit(data, file));
  return [...refs].sort(([a], [b]) => a.localeCompare(b));
}
