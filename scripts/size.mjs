#!/usr/bin/env node
/**
 * Prints the raw, gzip and brotli size of dist/embed.js and of every chunk beside it, and exits
 * non-zero when the drop-in bundle, or a language's chunk, is over its budget. Run `npm run build` first.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The budget, in gzip bytes, of the JavaScript that the one-tag seed page loads (signed out, scrolled
 * to the end): dist/embed.js, with every element and Lit; the chunks beside it load only on pages that
 * need them (IIIF, …) and are reported, not counted.
 */
const BUDGET_GZIP = 14 * 1024;
/** Each language's chunk (`chunks/locale-<code>.js`), loaded by pages in that language. */
const LOCALE_GZIP = 1024;
const dist = new URL('../dist/', import.meta.url).pathname;
const embed = join(dist, 'embed.js');
if (!existsSync(embed)) {
  console.error('dist/embed.js is missing: run `npm run build` first.');
  process.exit(1);
}

const chunks = existsSync(join(dist, 'chunks'))
  ? readdirSync(join(dist, 'chunks'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => join(dist, 'chunks', name))
  : [];

const measure = (file) => {
  const bytes = readFileSync(file);
  return {
    file: relative(join(dist, '..'), file),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

const rows = [embed, ...chunks].map(measure);
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
console.log(['file', 'raw', 'gzip', 'brotli'].map((h, i) => (i ? h.padStart(12) : h.padEnd(40))).join(''));
for (const row of rows) console.log([row.file, kb(row.raw), kb(row.gzip), kb(row.brotli)].map((c, i) => (i ? c.padStart(12) : c.padEnd(40))).join(''));

const { gzip } = rows[0];
const locales = rows.filter((row) => /chunks\/locale-/.test(row.file));
const heavy = locales.filter((row) => row.gzip >= LOCALE_GZIP);
for (const row of heavy) console.error(`${row.file} is ${row.gzip} B gzip, over its budget of ${LOCALE_GZIP} B.`);
if (gzip > BUDGET_GZIP) console.error(`dist/embed.js is ${kb(gzip)} gzip, over its budget of ${kb(BUDGET_GZIP)}.`);
if (heavy.length || gzip > BUDGET_GZIP) process.exit(1);
console.log(`dist/embed.js: ${kb(gzip)} gzip of a ${kb(BUDGET_GZIP)} budget; ${locales.length} languages, the largest ${Math.max(...locales.map((row) => row.gzip))} B gzip of ${LOCALE_GZIP} B each.`);
