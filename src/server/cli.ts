#!/usr/bin/env node
/**
 * `npx photo-story-elements render <url|file> [options]`: prints a story as HTML, for sites built by
 * other tools (Hugo, Jekyll, a shell script): render at build time, include the file.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readStory, renderStory, type RenderOptions } from './render-story.js';
import { staticStory } from '../upgrade/static-form.js';

const USAGE = `Usage: photo-story-elements render <url|file.json> [options]

Prints the story as HTML: a <photo-story> with its declarative shadow DOM, which
embed.js takes over without fetching again.

  --lang xx          the interface language (default: the entry's, else English)
  --format f         auto, native or iiif
  --map json|@file   a declarative map from the archive's JSON (JSON, or @ and a file)
  --nearby-map …     likewise, for the entry's nearby list
  --comments-map …   likewise, for its comments
  --hide "…"         built-in sections to leave out: comments, nearby
  --heading-level n  the title's heading level (default 2)
  --lists lazy       the story alone: its lists load in the browser
  --static           the plain-HTML form instead (<blockquote class="photo-story">),
                     for editors that strip scripts; embed.js upgrades it
`;

/** A map option: JSON, or `@file` holding JSON. */
async function mapOption(value?: string): Promise<unknown> {
  if (value === undefined) return undefined;
  return JSON.parse(value.startsWith('@') ? await readFile(value.slice(1), 'utf8') : value);
}

async function main(argv: string[]): Promise<string> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      format: { type: 'string' },
      map: { type: 'string' },
      'nearby-map': { type: 'string' },
      'comments-map': { type: 'string' },
      hide: { type: 'string' },
      'heading-level': { type: 'string' },
      lists: { type: 'string' },
      static: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, source] = positionals;
  if (values.help || command != 'render' || !source || (values.lists && values.lists != 'lazy')) throw new Usage();
  const url = /^https?:\/\//i.test(source);
  const options: RenderOptions = {
    ...(url ? { src: source } : { entry: JSON.parse(await readFile(source, 'utf8')) }),
    lang: values.lang,
    format: values.format,
    map: await mapOption(values.map),
    nearbyMap: await mapOption(values['nearby-map']),
    commentsMap: await mapOption(values['comments-map']),
    hide: values.hide,
    headingLevel: values['heading-level'] ? Number(values['heading-level']) : undefined,
    lists: values.lists as 'lazy' | undefined,
  };
  if (!values.static) return renderStory(options);
  const { entry, lang, src } = await readStory(options);
  const attributes: [string, string | undefined][] = [
    ['format', values.format],
    ['map', values.map && JSON.stringify(options.map)],
    ['hide', values.hide],
    ['heading-level', values['heading-level']],
  ];
  return staticStory(entry, { src, lang: values.lang && lang, attributes });
}

class Usage extends Error {}

main(process.argv.slice(2)).then(
  (html) => process.stdout.write(`${html}\n`),
  (error) => {
    process.stderr.write(error instanceof Usage || error?.code?.startsWith?.('ERR_PARSE_ARGS') ? USAGE : `photo-story-elements: ${error?.reason ? `cannot load the entry (${error.reason}${error.status ? ` ${error.status}` : ''})` : error?.message ?? error}\n`);
    process.exitCode = error instanceof Usage ? 64 : 1;
  },
);
