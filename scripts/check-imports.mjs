#!/usr/bin/env node
/**
 * Holds `src/` to its shape (see the top of `src/index.ts`), and fails, saying where, on:
 * - a cycle of static imports (`import type` too: a cycle of types is a cycle of knowledge), leaving
 *   out dynamic `import()` and a module's static imports of a module it also loads with `import()` —
 *   an element may know the types of its own lazy chunk, which imports it back;
 * - an import against the layering: a folder imports only from its own layer or those below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = new URL('../src/', import.meta.url).pathname;
const files = readdirSync(root, { recursive: true })
  .filter((name) => name.endsWith('.ts'))
  .map((name) => join(root, name));

/** `from '…'` of every static import and re-export, resolved to the `.ts` file it names. */
const STATIC = /^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"](\.[^'"]+)['"]|^\s*import\s*['"](\.[^'"]+)['"]/gm;
/** Every `import('…')`, its own lazy chunks. */
const DYNAMIC = /\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g;
const graph = new Map(
  files.map((file) => {
    const code = readFileSync(file, 'utf8');
    const named = (from) => resolve(dirname(file), from.replace(/\.js$/, '.ts'));
    const lazy = new Set([...code.matchAll(DYNAMIC)].map(([, from]) => named(from)));
    return [file, [...code.matchAll(STATIC)].map(([, from, bare]) => named(from ?? bare)).filter((imported) => !lazy.has(imported))];
  }),
);

/** The layers, lowest first; the entries (`index.ts`, `define.ts`, `embed.ts`) stand above them all. */
const LAYERS = [['i18n'], ['data'], ['context', 'session', 'upgrade'], ['elements']];
const layerOf = (file) => LAYERS.findIndex((folders) => folders.includes(relative(root, file).split('/')[0]));
const against = [...graph].flatMap(([file, imports]) =>
  imports.filter((imported) => layerOf(file) >= 0 && layerOf(imported) > layerOf(file)).map((imported) => `${relative(root, file)} → ${relative(root, imported)}`),
);

// Tarjan's strongly connected components: every component of more than one file is a cycle.
let index = 0;
const indices = new Map();
const lowest = new Map();
const stack = [];
const cycles = [];
function visit(file) {
  indices.set(file, index);
  lowest.set(file, index++);
  stack.push(file);
  for (const next of graph.get(file) ?? []) {
    if (!graph.has(next)) continue;
    if (!indices.has(next)) {
      visit(next);
      lowest.set(file, Math.min(lowest.get(file), lowest.get(next)));
    } else if (stack.includes(next)) lowest.set(file, Math.min(lowest.get(file), indices.get(next)));
  }
  if (lowest.get(file) != indices.get(file)) return;
  const component = [];
  let member;
  do component.push((member = stack.pop())); while (member != file);
  if (component.length > 1) cycles.push(component.map((name) => relative(root, name)).sort());
}
for (const file of graph.keys()) if (!indices.has(file)) visit(file);

for (const cycle of cycles) console.error(`import cycle: ${cycle.join(' ↔ ')}`);
for (const line of against) console.error(`import against the layering: ${line}`);
if (cycles.length || against.length) process.exit(1);
console.log(`src/: ${graph.size} modules, no import cycle, none against the layering.`);
