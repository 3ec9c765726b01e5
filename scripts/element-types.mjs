#!/usr/bin/env node
/**
 * Writes the typed tags from `custom-elements.json` (run by `npm run build`, after the manifest), never
 * by hand: `dist/jsx.d.ts`, the tags as React 19 JSX elements — each element's properties (as its class
 * types them), its attributes under their own names, and an `on<event-name>` handler for each of its
 * events, typed by the event's class — `dist/vue.d.ts`, the same as Vue's global components, and
 * `dist/svelte.d.ts`, as Svelte's elements. An app adds `"types": ["photo-story-elements/jsx"]` (or
 * `/vue`, `/svelte`) to its TypeScript settings.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.tagName));

const quote = (name) => `'${name}'`;

/** What an attribute takes in JSX: its words where it has a set of them (`'light' | 'dark'`), else text too. */
function attributeType(text = 'string') {
  const parts = new Set(text.split('|').map((part) => part.trim()).filter((part) => part != 'undefined'));
  if (![...parts].some((part) => /^['"]/.test(part))) parts.add('string');
  return [...parts].join(' | ');
}
const lines = [];
const classes = new Set();
const events = new Set();
for (const { name, tagName, members = [], attributes = [], events: fired = [] } of elements.sort((a, b) => a.tagName.localeCompare(b.tagName))) {
  classes.add(name);
  const fields = members.filter((member) => member.kind == 'field' && !member.static && !member.readonly && member.privacy != 'private').map((member) => member.name);
  // Attributes named otherwise than their property (`heading-level`), or with none (`theme`), as strings.
  const own = attributes.filter((attribute) => attribute.name != attribute.fieldName);
  const handlers = fired.filter((event) => event.type?.text).map((event) => (events.add(event.type.text), `${quote(`on${event.name}`)}?: (event: ${event.type.text}) => void;`));
  lines.push(
    `      ${quote(tagName)}: Tag<${name}> &`,
    `        Partial<Pick<${name}, ${fields.map(quote).join(' | ')}>> & {`,
    ...own.map((attribute) => `          ${quote(attribute.name)}?: ${attributeType(attribute.type?.text)};`),
    ...handlers.map((handler) => `          ${handler}`),
    '        };',
  );
}

const source = `/* Generated from custom-elements.json by scripts/element-types.mjs: do not edit. */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${[...classes].sort().join(', ')} } from './index.js';
import type { ${[...events].sort().join(', ')} } from './events.js';

/** What every tag takes: the attributes and handlers of any HTML element, ref and key. */
type Tag<T> = DetailedHTMLProps<HTMLAttributes<T>, T>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${lines.join('\n')}
    }
  }
}
`;
writeFileSync(new URL('../dist/jsx.d.ts', import.meta.url), source);

// Vue: the tags as global components (`vueCompilerOptions.strictTemplates`): properties by their names
// (templates write them in kebab case as well), attributes without a property, `on<EventName>`.
const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
const vue = elements.map(({ name, tagName, members = [], attributes = [], events: fired = [] }) => {
  const fields = members.filter((member) => member.kind == 'field' && !member.static && !member.readonly && member.privacy != 'private').map((member) => member.name);
  const own = attributes.filter((attribute) => !attribute.fieldName);
  const handlers = fired.filter((event) => event.type?.text).map((event) => `${camel(`on-${event.name}`)}?: (event: ${event.type.text}) => void;`);
  return [
    `    ${quote(tagName)}: DefineComponent<`,
    `      HTMLAttributes & Partial<Pick<${name}, ${fields.map(quote).join(' | ')}>> & {`,
    ...own.map((attribute) => `        ${quote(attribute.name)}?: ${attributeType(attribute.type?.text)};`),
    ...handlers.map((handler) => `        ${handler}`),
    '      }',
    '    >;',
  ].join('\n');
});
writeFileSync(
  new URL('../dist/vue.d.ts', import.meta.url),
  `/* Generated from custom-elements.json by scripts/element-types.mjs: do not edit. */
import type { DefineComponent, HTMLAttributes } from 'vue';
import type { ${[...classes].sort().join(', ')} } from './index.js';
import type { ${[...events].sort().join(', ')} } from './events.js';

declare module 'vue' {
  interface GlobalComponents {
${vue.join('\n')}
  }
}
`,
);
console.log(`dist/jsx.d.ts, vue.d.ts and svelte.d.ts: ${elements.length} elements, ${events.size} event classes.`);

// Svelte 5: the tags among `svelte/elements`' SvelteHTMLElements, with the React ones' props (Svelte
// sets a property where the element has it) and `on<event-name>` handlers.
writeFileSync(
  new URL('../dist/svelte.d.ts', import.meta.url),
  `/* Generated from custom-elements.json by scripts/element-types.mjs: do not edit. */
import type { HTMLAttributes } from 'svelte/elements';
import type { ${[...classes].sort().join(', ')} } from './index.js';
import type { ${[...events].sort().join(', ')} } from './events.js';

/** What every tag takes: the attributes and handlers of any HTML element. */
type Tag<T> = HTMLAttributes<T>;

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
${lines.join('\n').replace(/^ {2}/gm, '')}
  }
}
`,
);

// Editors: VS Code's HTML custom data (`html.customData`) and JetBrains' web-types (named in
// package.json): each tag with its summary, its attributes (with their words where it has a set of
// them) and, for JetBrains, its events.
const words = (text = '') => [...text.matchAll(/'([^']+)'/g)].map(([, word]) => ({ name: word }));
const attributesOf = ({ attributes = [] }) => attributes.map((attribute) => ({ name: attribute.name, description: attribute.description, type: attribute.type?.text }));
writeFileSync(
  new URL('../dist/vscode.html-custom-data.json', import.meta.url),
  JSON.stringify(
    {
      version: 1.1,
      tags: elements.map((element) => ({
        name: element.tagName,
        description: element.summary,
        attributes: attributesOf(element).map(({ name, description, type }) => ({ name, description, ...(words(type).length ? { values: words(type) } : {}) })),
      })),
    },
    null,
    2,
  ),
);
const { name: packageName, version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
writeFileSync(
  new URL('../dist/web-types.json', import.meta.url),
  JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/web-types',
      name: packageName,
      version,
      'description-markup': 'markdown',
      contributions: {
        html: {
          elements: elements.map((element) => ({
            name: element.tagName,
            description: element.summary,
            attributes: attributesOf(element).map(({ name, description, type }) => ({
              name,
              description,
              value: words(type).length ? { type: 'enum' } : { type: type ?? 'string' },
              ...(words(type).length ? { values: words(type) } : {}),
            })),
            events: (element.events ?? []).map(({ name, description }) => ({ name, description })),
          })),
        },
      },
    },
    null,
    2,
  ),
);
