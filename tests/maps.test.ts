import { expect } from '@open-wc/testing';
import { threads } from '../src/data/comments.js';
import { readEntry } from '../src/data/entry.js';
import { readComments, readNearby } from '../src/data/lists.js';
import { LoadError } from '../src/data/load-error.js';
import { find, texts } from '../src/data/paths.js';
import { nativeJson, type Kind, type Reading } from '../src/data/reading.js';
import { PROTOTYPE_KEYS } from './support/hostile.js';

/** The worked maps of `fixtures/apis/` (see its README): real APIs' shapes, and what a reader must get. */
interface Case {
  kind: Kind | 'iiif';
  url: string;
  lang: string;
  map?: Record<string, unknown>;
  expect: Record<string, unknown>;
  contains?: Record<string, string>;
  expectByLang?: Record<string, Record<string, unknown>>;
}
const cases: Record<string, Case> = await (await fetch(new URL('./fixtures/apis/maps.json', import.meta.url))).json();
const fixture = async (name: string) => (await fetch(new URL(`./fixtures/apis/${name}`, import.meta.url))).json();

/** An element that reads as `settings` say, in `lang`. */
const reader = (lang: string, settings: Partial<Reading> = {}) => {
  const element = Object.assign(document.createElement('div'), settings) as unknown as Reading;
  element.setAttribute('lang', lang);
  return element;
};

/** Reads a document as a native element would, with the threads reader at hand for comments. */
async function read(kind: Kind, json: unknown, url: string, element: Reading): Promise<unknown> {
  const doc = { json, url };
  if (kind == 'entry') return readEntry(doc, element);
  if (kind == 'nearby') return readNearby(doc, element);
  return readComments(doc, element, async () => threads);
}

/** A field of what the elements show, named as the native format names it (`first.author.name`). */
function field(result: unknown, path: string): unknown {
  const keys = path
    .replace(/^first\b/, 'items[0]')
    .replace(/^count$/, 'items.length')
    .replace(/^creator$/, 'creator.name')
    .split(/\.|\[(\d+)\]\.?/)
    .filter(Boolean)
    // People and labels are `{label, url}` once read.
    .map((key, i, all) => (key == 'name' && /^(author|contributor|creator)$/.test(all[i - 1]) ? 'label' : key));
  const value = keys.reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], result);
  return Array.isArray(value) && value.every((item) => typeof item == 'string') ? value.join(' ') : (value ?? null);
}

describe('declarative maps and the IIIF preset, on the shapes of real archive APIs', () => {
  for (const [name, test] of Object.entries(cases)) {
    it(`reads ${name} (${test.kind})`, async () => {
      const json = await fixture(name);
      const settings = test.kind == 'iiif' ? { format: 'auto' } : { map: JSON.stringify(test.map) };
      const kind = test.kind == 'iiif' ? 'entry' : test.kind;
      for (const [lang, expected] of [[test.lang, test.expect] as const, ...Object.entries(test.expectByLang ?? {})]) {
        const result = await read(kind, json, test.url, reader(lang, settings));
        const native = await nativeJson(kind, { json, url: test.url }, reader(lang, settings));
        for (const [path, value] of Object.entries(expected)) {
          if (path == 'image.iiif') {
            const service = (native as { image?: { iiif?: unknown } }).image?.iiif;
            expect(new URL(String(find('id | @id', service, lang) ?? service), test.url).href, `${name} ${path}`).to.equal(value);
            continue;
          }
          const found = field(result, path);
          if (path == 'image.src' && test.kind == 'iiif') {
            // The service gives the photo a `src` of a sensible width, rather than the full image.
            expect(String(found), `${name} ${path}`).to.match(/\/full\/\d+,\d*\/0\/default\.jpg$/);
            expect(String(found).startsWith(String(expected['image.iiif'])), `${name} ${path} from the service`).to.equal(true);
            continue;
          }
          if (typeof value == 'string' && typeof found == 'string') expect(found.replace(/\s+/g, ' '), `${name} ${path} (${lang})`).to.equal(value.replace(/\s+/g, ' '));
          else expect(found, `${name} ${path} (${lang})`).to.deep.equal(value);
        }
        for (const [path, part] of Object.entries(test.contains ?? {})) {
          expect(String(field(result, path)).replace(/\s+/g, ' '), `${name} ${path}`).to.include(part);
        }
      }
    });
  }
});

describe('paths', () => {
  const doc = {
    item: { title: 'T', image_url: ['small.jpg', 'large.jpg'], 'dotted.key': 'D' },
    pages: { '4711': { imageinfo: [{ url: 'u' }] } },
    metadata: [
      { label: { en: ['Creator'] }, value: { none: ['Hugo Brehme'] } },
      { label: { en: ['Date'], es: ['Fecha'] }, value: { none: ['c. 1922'] } },
    ],
    proxies: [{ about: 'x' }, { dcTitle: { def: ['Titel'], en: ['Title'] } }],
    empty: '',
  };

  it('reads dot keys, indexes from either end, ids, members by a field, and alternatives', () => {
    expect(find('item.title', doc, 'en')).to.equal('T');
    expect(find('item.image_url[0]', doc, 'en')).to.equal('small.jpg');
    expect(find('item.image_url[-1]', doc, 'en')).to.equal('large.jpg');
    expect(find('item["dotted.key"]', doc, 'en')).to.equal('D');
    expect(find('pages.*.imageinfo[0].url', doc, 'en')).to.equal('u');
    expect(find('metadata[label=date].value', doc, 'en')).to.deep.equal({ none: ['c. 1922'] }, 'matched in any case');
    expect(find('metadata[label=Fecha].value', doc, 'es')).to.deep.equal({ none: ['c. 1922'] }, 'in the reader’s language');
    expect(find('empty | item.nothing | item.title', doc, 'en')).to.equal('T', 'the first that is not empty');
    expect(find('proxies.dcTitle', doc, 'en')).to.deep.equal(doc.proxies[1].dcTitle, 'a key looks into the members of an array');
    expect(find('', doc, 'en')).to.equal(doc);
    for (const nowhere of ['item.title.more', 'item.image_url[9]', 'metadata[label=Place].value', 'nothing[0].x', 'item[', 'item]]', 'a..b']) {
      expect(find(nowhere, doc, 'en'), nowhere).to.equal(undefined);
    }
  });

  it('flattens language maps of all three styles and value wrappers, keeping the language of the text', () => {
    expect(texts({ en: ['Title'], es: ['Título'] }, 'es-MX')).to.deep.equal({ texts: ['Título'], lang: 'es' });
    expect(texts({ ru: ['Прибытие'], none: ['Arrival'] }, 'en')).to.deep.equal({ texts: ['Arrival'], lang: undefined }, 'no language before any');
    expect(texts({ ru: ['Прибытие'] }, 'en')).to.deep.equal({ texts: ['Прибытие'], lang: 'ru' }, 'any, which keeps its lang');
    expect(texts([{ '@language': 'fr', '@value': 'Arrivée' }, { '@language': 'en', '@value': 'Arrival' }], 'en').texts).to.deep.equal(['Arrival']);
    expect(texts({ def: ['Titel'], en: ['Title'] }, 'de').texts).to.deep.equal(['Titel'], 'Europeana’s def is no language');
    expect(texts({ _content: 'Flickr' }, 'en').texts).to.deep.equal(['Flickr']);
    expect(texts({ '@value': 'JSON-LD' }, 'en').texts).to.deep.equal(['JSON-LD']);
    expect(texts({ value: 'Commons', source: 'commons-desc-page' }, 'en').texts).to.deep.equal(['Commons']);
    expect(texts({ id: 'https://x.example/1' }, 'en').texts).to.deep.equal([], 'an object with an id is not a language map');
  });
});

describe('maps', () => {
  it('take values that are not paths as they are: a read-only list, a fixed rights label', async () => {
    const list = (await read('comments', [{ body: 'Hi' }], 'https://x.example/c.json', reader('en', { map: { items: '', post: false, item: { text: 'body' } } }))) as { post: boolean; items: unknown[] };
    expect([list.post, list.items.length]).to.deep.equal([false, 1]);
    const entry = (await read('entry', { name: 'T' }, 'https://x.example/e.json', reader('en', { map: { title: 'name', rights: { label: 'Public domain' } } }))) as { rights?: { label: string } };
    expect(entry.rights?.label).to.equal('Public domain');
  });
});

/** What `Object.prototype` holds before the fuzz: afterwards, just the same. */
const BUILT_IN = Object.getOwnPropertyNames(Object.prototype);

/**
 * A seeded generator (mulberry32), so that a failing case can be run again. Integer arithmetic only:
 * a linear congruential one in floating point loses its low bits and falls into a short cycle.
 */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('fuzz: random paths and maps over random documents', () => {
  const CASES = 3000;
  const next = random(20_261_126);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const keys = ['a', 'b', 'title', 'items', 'id', '@id', 'label', 'value', 'en', 'none', '@value', '_content', '0', '*', ...PROTOTYPE_KEYS];
  const leaf = () => pick<unknown>(['x', '', 0, -1, 1e308, null, true, '<img src=x onerror=alert(1)>', 'javascript:alert(1)', ' JaVaScRiPt:alert(1)', '&lt;b&gt;', [], {}]);
  const value = (depth: number): unknown => {
    if (depth > 4 || next() < 0.3) return leaf();
    if (next() < 0.4) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
    return Object.fromEntries(Array.from({ length: Math.floor(next() * 4) }, () => [pick(keys), value(depth + 1)]));
  };
  const path = () =>
    Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick([pick(keys), `[${Math.floor(next() * 5) - 2}]`, `[${pick(keys)}=${pick(keys)}]`, '*', '|', ' | ', '[', '"'])).join(pick(['.', '', ' ']));

  it(`runs ${CASES} cases: nothing throws but a shape error, no javascript: URL survives, nothing becomes markup`, async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      for (let i = 0; i < CASES; i++) {
        const json = value(0);
        const lang = pick(['en', 'es', 'ru', 'de-AT']);
        find(path(), json, lang);
        texts(json, lang);
        const kind = pick<Kind>(['entry', 'nearby', 'comments']);
        // Maps name native fields, and fields that would reach a prototype if followed.
        const reach = `${pick(PROTOTYPE_KEYS)}.${pick(['login', 'key', 'text', 'comments'])}`;
        const map = kind == 'entry'
          ? Object.fromEntries(['title', 'image.src', 'story', 'url', 'creator', 'image.iiif', reach].map((field) => [field, path()]))
          : { items: pick(['', path()]), next: path(), [reach]: path(), item: { title: path(), text: path(), url: path(), 'thumbnail.src': path(), replies: path(), [reach]: path() } };
        for (const settings of [{ map }, { format: 'iiif' }]) {
          const result = await read(kind, json, 'https://archive.example.org/doc.json', reader(lang, settings)).catch((error) => {
            expect(error instanceof LoadError, `case ${i}: ${error}`).to.equal(true);
          });
          const urls = JSON.stringify(result ?? {}).match(/"(src|url|srcset|avatar|next)":"[^"]*"/g) ?? [];
          for (const url of urls) expect(url, `case ${i}`).to.match(/":"https?:/);
        }
      }
      expect(Object.getOwnPropertyNames(Object.prototype), 'no prototype was reached').to.deep.equal(BUILT_IN);
    } finally {
      console.warn = warn;
    }
  });
});

describe('fuzz: the native format’s readers over random documents', () => {
  const CASES = 3000;
  const next = random(19_370_109);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const keys = [
    'title', 'date', 'headline', 'story', 'image', 'src', 'alt', 'width', 'height', 'caption', 'iiif', 'creator',
    'contributor', 'name', 'url', 'published', 'credit', 'rights', 'label', 'series', 'previous', 'next', 'location',
    'nearby', 'comments', 'session', 'login', 'lang', 'items', 'thumbnail', 'id', 'author', 'avatar', 'created',
    'text', 'status', 'replies', 'parent', 'total', 'post', 'maxLength', ...PROTOTYPE_KEYS,
  ];
  const leaf = () =>
    pick<unknown>([
      'x', '', 0, -1, 1e308, NaN, null, true, '2025-01-06', '2025-13-45', 'c. 1922', '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>', 'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<b>', '//evil.example/x',
      '../a.json', '/b.json', 'https://archive.example.org/c', '&lt;b&gt;', '&#106;avascript:x', 'x'.repeat(10_000), [], {},
    ]);
  const value = (depth: number): unknown => {
    if (depth > 5 || next() < 0.25) return leaf();
    if (next() < 0.35) return Array.from({ length: Math.floor(next() * 5) }, () => value(depth + 1));
    return Object.fromEntries(Array.from({ length: Math.floor(next() * 6) }, () => [pick(keys), value(depth + 1)]));
  };

  it(`runs ${CASES} cases: nothing throws but a shape error, and every URL read is http(s)`, async () => {
    let documents = 0;
    let urlsRead = 0;
    for (let i = 0; i < CASES; i++) {
      // Half the documents have every field of the format, each with a random value.
      const full = (): unknown => Object.fromEntries(keys.map((key) => [key, next() < 0.6 ? leaf() : value(2)]));
      const json = next() < 0.5 ? value(0) : pick([full(), [full(), full()], { items: [full(), full()], comments: [full()] }]);
      const kind = pick<Kind>(['entry', 'nearby', 'comments']);
      const result = await read(kind, json, 'https://archive.example.org/api/doc.json', reader(pick(['en', 'ru', 'es-MX']), { format: 'native' })).catch((error) => {
        expect(error instanceof LoadError, `case ${i}: ${error}`).to.equal(true);
      });
      // An entry's inline nearby list is kept as it came, for the nearby element to read as a list.
      const { nearby, ...shown } = (result ?? {}) as { nearby?: { json?: unknown } };
      const inline = nearby?.json && (await read('nearby', nearby.json, 'https://archive.example.org/api/doc.json', reader('en', {})).catch(() => undefined));
      const urls = JSON.stringify([shown, nearby?.json ? inline : nearby]).match(/"(src|url|srcset|avatar|next|comments|nearby|session|login|iiif)":"[^"]*"/g) ?? [];
      for (const url of urls) expect(url, `case ${i}`).to.match(/":"https?:/);
      documents += result ? 1 : 0;
      urlsRead += urls.length;
    }
    expect(Object.getOwnPropertyNames(Object.prototype), 'no prototype was reached').to.deep.equal(BUILT_IN);
    // The documents are close enough to the format to be read, often with links: the cases test something.
    expect(documents, 'documents read').to.be.above(CASES / 10);
    expect(urlsRead, 'URLs read').to.be.above(CASES / 20);
  });
});
