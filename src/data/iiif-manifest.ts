import { record, type Data } from './fields.js';
import { failure, find, textOf, texts } from './paths.js';
import type { Kind } from './reading.js';

/*
 * The IIIF preset: Presentation 3.0 and 2.1 manifests as entries, collections as nearby lists. Part of
 * the maps chunk.
 */

/** Metadata labels (in any of their languages) that hold the date, and the maker of the photo. */
const DATE_LABEL = /"(date|dates|date created|created|creation date|fecha|date de création|datum|дата)"/i;
const CREATOR_LABEL = /"(creator|creators|photographer|artist|author|maker|fotógrafo|autor|photographe|auteur|fotograf|urheber|фотограф|автор)"/i;

/** The names of rightsstatements.org's statements. */
const STATEMENTS: Record<string, string> = {
  InC: 'In Copyright',
  'InC-OW-EU': 'In Copyright – EU Orphan Work',
  'InC-EDU': 'In Copyright – Educational Use Permitted',
  'InC-NC': 'In Copyright – Non-Commercial Use Permitted',
  'InC-RUU': 'In Copyright – Rights-holder(s) Unlocatable or Unidentifiable',
  'NoC-CR': 'No Copyright – Contractual Restrictions',
  'NoC-NC': 'No Copyright – Non-Commercial Use Only',
  'NoC-OKLR': 'No Copyright – Other Known Legal Restrictions',
  'NoC-US': 'No Copyright – United States',
  CNE: 'Copyright Not Evaluated',
  UND: 'Copyright Undetermined',
  NKC: 'No Known Copyright',
};

/**
 * A IIIF manifest as a native entry: label → title, summary/description → story, metadata (Date,
 * Creator, …) → date and creator, navDate's year when no date, requiredStatement/attribution →
 * credit, rights/license → rights, homepage/related → url, the first canvas's image with its Image API
 * service (for the `srcset`), else the thumbnail. A collection, read as a nearby list, gives its
 * manifests. Anything else is given back as it is.
 */
export function fromIiif(kind: Kind, json: unknown, lang: string): unknown {
  const at = (path: string, from: unknown = json) => find(path, from, lang);
  const link = (value: unknown) => textOf(find('id | @id', value, lang) ?? value, lang);
  if (kind == 'nearby') {
    const members = [at('items'), at('manifests')].find(Array.isArray) ?? [];
    return {
      items: members
        .filter((member) => !/collection/i.test(String(at('type | @type', member))))
        .map((member) => {
          const label = texts(at('label', member), lang);
          return { title: label.texts[0], lang: label.lang, src: link(member), url: link(at('homepage | related', member)), thumbnail: link(at('thumbnail', member)) };
        }),
    };
  }
  if (kind != 'entry') return json;

  const title = texts(at('label'), lang);
  const pairs = at('metadata');
  const metadata = (label: RegExp) => (Array.isArray(pairs) ? pairs.find((pair) => label.test(JSON.stringify(record(pair)?.label))) : undefined);
  const canvas = at('items[0] | sequences.canvases[0]');
  const resource = record(at('items.items.body.items[0] | items.items.body | images.resource', canvas));
  const service = at('service[0] | service', resource);
  const rights = textOf(at('rights | license'), lang);
  const navDate = textOf(at('navDate'), lang)?.slice(0, 4);
  const entry: Data = {
    id: link(json),
    url: link(at('homepage | related')),
    title: title.texts[0],
    lang: title.lang,
    story: texts(at('summary | description'), lang).texts,
    date: textOf(at('value', metadata(DATE_LABEL)), lang) ?? navDate,
    creator: texts(at('value', metadata(CREATOR_LABEL)), lang).texts.join('; ') || undefined,
    credit: textOf(at('requiredStatement.value | attribution'), lang),
    rights: rights && { label: rightsLabel(rights), url: rights },
    image: {
      // The service gives a `src` of a sensible width; the image's own URL (often the full size) is
      // the fallback of an image without a usable service.
      src: link(service) ? undefined : (link(resource) ?? link(at('thumbnail'))),
      width: at('width', resource) ?? at('width', canvas),
      height: at('height', resource) ?? at('height', canvas),
      iiif: service,
    },
  };
  if (!entry.title && !link(resource) && !(entry.story as string[]).length) throw failure('the IIIF document has no label, no image and no summary');
  return entry;
}

/** A readable name for a Creative Commons or rightsstatements.org URL; other rights as given. */
export function rightsLabel(rights: string): string {
  const cc = /creativecommons\.org\/(licenses|publicdomain)\/([\w-]+)\/([\d.]+)/i.exec(rights);
  if (cc) return cc[1] == 'licenses' ? `CC ${cc[2].toUpperCase()} ${cc[3]}` : cc[2] == 'zero' ? `CC0 ${cc[3]}` : 'Public Domain Mark';
  const statement = /rightsstatements\.org\/vocab\/([\w-]+)\//i.exec(rights);
  return (statement && STATEMENTS[statement[1]]) || rights;
}
