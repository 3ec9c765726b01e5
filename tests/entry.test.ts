import { expect } from '@open-wc/testing';
import { normalizeEntry, readEntry } from '../src/data/entry.js';
import { prepare } from '../src/data/fields.js';
import { iiifImage } from '../src/data/iiif-image.js';
import { LoadError } from '../src/data/load-error.js';
import { threads } from '../src/data/comments.js';
import { seedEntry } from './support/fixtures.js';

const base = 'https://archive.example.org/api/photos/42.json';

// The normalizers read HTML and IIIF services once their readers are loaded, as `readEntry` does first.
before(() => prepare({ html: '<b>&amp;', iiif: '' }));

describe('normalizeEntry', () => {
  it('reads every field of the native format, resolving URLs against the document', () => {
    const entry = normalizeEntry(seedEntry, base);
    expect(entry).to.deep.include({
      id: seedEntry.id,
      url: seedEntry.url,
      title: seedEntry.title,
      date: '1939',
      headline: seedEntry.headline,
      story: seedEntry.story,
      published: '2025-01-06',
      credit: seedEntry.credit,
    });
    expect(entry.image).to.deep.include({ ...seedEntry.image, src: 'https://archive.example.org/api/photos/img/trotsky.jpg' });
    expect(entry.creator).to.deep.equal({ label: 'Unknown photographer', url: undefined });
    expect(entry.contributor).to.deep.equal({ label: 'OldPik', url: seedEntry.contributor.url });
    expect(entry.rights).to.deep.equal({ label: 'Public domain', url: seedEntry.rights.url });
    expect(entry.series).to.deep.equal({ label: 'Old Photos', url: seedEntry.series.url });
    expect(entry.previous).to.deep.equal({
      title: seedEntry.previous.title,
      url: seedEntry.previous.url,
      src: 'https://archive.example.org/api/photos/heavy-and-slow.json',
    });
    expect(entry.location).to.deep.equal({ name: 'Mexico City' });
  });

  it('ignores a nearby field that is neither a URL nor a list', () => {
    expect(normalizeEntry({ title: 'T', nearby: {} }, base).nearby).to.equal(undefined);
    expect(normalizeEntry({ title: 'T', nearby: { items: [] } }, base).nearby).to.deep.equal({ json: { items: [] }, url: base });
  });

  it('splits a story string on blank lines and keeps single line breaks', () => {
    const { story } = normalizeEntry({ story: 'One\nline two\n\n\n  Two  \n \nThree' }, base);
    expect(story).to.deep.equal(['One\nline two', 'Two', 'Three']);
    expect(normalizeEntry({ story: ['<p>A</p><p>B &amp; C</p>', 'D'] }, base).story).to.deep.equal(['A', 'B & C', 'D']);
  });

  it('shows HTML in text fields as its text', () => {
    const entry = normalizeEntry({ title: '<i>Pir&aacute;mide</i> <b>Templo</b>', credit: 'A &amp; B' }, base);
    expect([entry.title, entry.credit]).to.deep.equal(['Pirámide Templo', 'A & B']);
  });

  it('keeps the headline as written, quotation marks included', () => {
    expect(normalizeEntry({ headline: '“Why is Stalin in the Kremlin?”' }, base).headline).to.equal('“Why is Stalin in the Kremlin?”');
  });

  it('takes numbers as text and numeric strings as sizes; ignores fields of the wrong type', () => {
    const entry = normalizeEntry(
      {
        title: 1939,
        date: ['1939'],
        story: { text: 'no' },
        image: { src: 'a.jpg', width: '640', height: 'tall' },
        contributor: 42,
        rights: 'https://creativecommons.org/publicdomain/zero/1.0/',
        previous: { url: 'no-title.html' },
        location: { lat: 'north', lon: 500, name: ['x'] },
      },
      base,
    );
    expect(entry.title).to.equal('1939');
    expect(entry.date).to.equal(undefined);
    expect(entry.story).to.deep.equal([]);
    expect([entry.image!.width, entry.image!.height]).to.deep.equal([undefined, undefined]);
    expect(entry.contributor).to.deep.equal({ label: '42', url: undefined });
    expect(entry.rights!.url).to.equal('https://creativecommons.org/publicdomain/zero/1.0/');
    expect(entry.previous).to.equal(undefined);
    expect(entry.location).to.deep.equal({ name: undefined });
  });

  it('is a shape error for a document that is not an entry', () => {
    for (const json of [null, 'text', 42, [seedEntry], {}, { id: 'x', comments: [] }, { title: '   ' }]) {
      expect(() => normalizeEntry(json, base), JSON.stringify(json)).to.throw(LoadError).with.property('reason', 'shape');
    }
  });

  it('turns a IIIF service into src and srcset, and drops a photo whose service is not http(s)', async () => {
    const entry = await readEntry({ json: { title: 'T', image: { iiif: '/iiif/3/x', width: 900, height: 600 } }, url: base }, document.body);
    expect(entry.image!.src).to.equal('https://archive.example.org/iiif/3/x/full/900,/0/default.jpg');
    expect(entry.image!.srcset).to.contain('https://archive.example.org/iiif/3/x/full/400,/0/default.jpg 400w');
    const hostile = await readEntry({ json: { title: 'T', image: { iiif: 'javascript:alert(1)' } }, url: base }, document.body);
    expect(hostile.image).to.equal(undefined);
  });

  it('never throws anything but a shape error on random documents (2,000 seeded cases)', async () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const values = (depth: number): unknown => {
      const pick = Math.floor(random() * 10);
      if (depth > 3 || pick < 5)
        return [null, true, 0, -1, 1e308, NaN, '', ' ', 'javascript:alert(1)', '<img src=x onerror=alert(1)>', '&#0;&#x110000;', 'x'][
          Math.floor(random() * 12)
        ];
      if (pick < 7) return Array.from({ length: Math.floor(random() * 4) }, () => values(depth + 1));
      const keys = ['title', 'src', 'url', 'width', 'height', 'name', 'iiif', 'sizes', 'id', '@id', 'profile', 'label', 'caption'];
      return Object.fromEntries(keys.filter(() => random() < 0.4).map((key) => [key, values(depth + 1)]));
    };
    const fields = Object.keys(seedEntry);
    for (let i = 0; i < 2000; i++) {
      const doc = Object.fromEntries(fields.filter(() => random() < 0.5).map((key) => [key, values(0)]));
      const entry = await readEntry({ json: doc, url: base }, document.body).catch((error) => {
        expect(error, JSON.stringify(doc)).to.be.instanceOf(LoadError);
      });
      const urls = JSON.stringify(entry ?? {}).match(/"(src|url|srcset|nearby|comments|login)":"[^"]*"/g) ?? [];
      for (const url of urls) expect(url).to.match(/":"https?:/);
    }
  });
});

describe('threads', () => {
  const count = (comments: { replies: unknown[] }[]): number =>
    comments.reduce((sum, c) => sum + 1 + count(c.replies as { replies: unknown[] }[]), 0);

  it('reads at most 10,000 comments, replies included', () => {
    const replies = Array.from({ length: 12_000 }, (_, i) => ({ text: `r${i}` }));
    expect(count(threads([{ text: 'top', replies }], base))).to.equal(10_000);
  });

  it('nests at most 12 levels, whether replies are nested or flat', () => {
    let nested: Record<string, unknown> = { id: 'deep', text: 'deepest' };
    for (let i = 0; i < 20; i++) nested = { id: `n${i}`, text: `level ${i}`, replies: [nested] };
    const flat = Array.from({ length: 5 }, (_, i) => ({ id: `f${i}`, text: 'x', parent: i ? `f${i - 1}` : 'n10' }));
    const depth = (c: { replies: unknown[] }): number => 1 + Math.max(0, ...c.replies.map((r) => depth(r as { replies: unknown[] })));
    const found = threads([nested, ...flat], base);
    expect(found.map(depth)).to.deep.equal([13, 2], 'a reply below the 12th level starts a thread of its own');
    expect(count(found)).to.equal(13 + 5, 'nested replies past 12 levels are dropped; flat ones are kept');
  });

  it('threads a parent whose id has spaces', () => {
    const items = threads([{ id: 'a b', text: 'one' }, { id: 'c', parent: 'a b', text: 'two' }], base);
    expect(items.length).to.equal(1);
    expect(items[0].id).to.equal('a-b');
  });
});

describe('iiifImage', () => {
  it('offers widths up to the image’s own, for a service given by URL', () => {
    const image = iiifImage('https://iiif.example.org/iiif/3/abc/info.json', base, 1000)!;
    expect(image.srcset).to.equal(
      ['400', '800', '1000'].map((w) => `https://iiif.example.org/iiif/3/abc/full/${w},/0/default.jpg ${w}w`).join(', '),
    );
    expect(image.src).to.equal('https://iiif.example.org/iiif/3/abc/full/1000,/0/default.jpg');
  });

  it('caps the widths it asks for', () => {
    const image = iiifImage({ id: 'https://i.example/x', width: 9000, height: 6000 }, base)!;
    expect(image.srcset!.split(', ').map((c) => c.split(' ')[1])).to.deep.equal(['400w', '800w', '1200w', '1600w', '2400w']);
  });

  it('asks a service that lists sizes for those sizes only, in the form of its version', () => {
    const sizes = [{ width: 150, height: 100 }, { width: 600, height: 400 }, { width: 1200, height: 800 }];
    const v3 = iiifImage({ id: 'https://i.example/3', type: 'ImageService3', profile: 'level0', sizes }, base)!;
    expect(v3.srcset).to.contain('https://i.example/3/full/600,400/0/default.jpg 600w');
    const v2 = iiifImage({ '@id': 'https://i.example/2', profile: 'http://iiif.io/api/image/2/level0.json', sizes }, base)!;
    expect(v2.srcset).to.contain('https://i.example/2/full/600,/0/default.jpg 600w');
    expect(v2.src).to.equal('https://i.example/2/full/1200,/0/default.jpg');
  });

  it('asks a level-0 service without sizes for the full image only', () => {
    expect(iiifImage({ id: 'https://i.example/3', type: 'ImageService3', profile: 'level0' }, base)).to.deep.equal({
      src: 'https://i.example/3/full/max/0/default.jpg',
    });
    expect(iiifImage({ '@id': 'https://i.example/2', profile: ['http://iiif.io/api/image/2/level0.json'] }, base)).to.deep.equal({
      src: 'https://i.example/2/full/full/0/default.jpg',
    });
  });

  it('refuses services that are not http(s)', () => {
    expect(iiifImage('javascript:alert(1)//', base)).to.equal(undefined);
    expect(iiifImage({ id: 42 }, base)).to.equal(undefined);
  });
});
