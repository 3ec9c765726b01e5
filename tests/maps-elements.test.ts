import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { CommentThread, NearbyPhotos, PhotoStory } from '../src/index.js';
import { echo } from './support/fixtures.js';
import { all, listSettled, visibleText } from './support/lists.js';
import { part, settled, textOf } from './support/story.js';

const fixture_ = async (name: string) => (await fetch(new URL(`./fixtures/apis/${name}`, import.meta.url))).json();
const cases = await (await fetch(new URL('./fixtures/apis/maps.json', import.meta.url))).json();
const mapOf = (name: string) => JSON.stringify(cases[name].map);

describe('elements reading other formats', () => {
  it('shows a IIIF 3 manifest, recognised by its @context: title, date, credit, rights and a responsive image', async () => {
    const el = await settled(await fixture<PhotoStory>(html`<photo-story src=${echo(await fixture_('iiif3-manifest.json'))}></photo-story>`));
    expect(textOf(el, 'title')).to.equal('Vendors at La Merced market');
    expect(textOf(el, 'meta')).to.equal('c. 1922');
    expect(textOf(el, 'caption')).to.include('Photo: Hugo Brehme').and.include('Courtesy of the Fototeca Ejemplo').and.include('Public Domain Mark');
    const img = part(el, 'image') as HTMLImageElement;
    expect(img.srcset).to.match(/^https:\/\/iiif\.fototeca\.example\.org\/iiif\/3\/1922-045\/full\/400,\/0\/default\.jpg 400w, /);
    expect(img.srcset.split(', ').length).to.equal(5, '400 to 2400 wide, nothing larger');
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['4096', '2898'], 'the space is kept before the photo arrives');
    await expect(el).to.be.accessible();
  });

  it('shows a IIIF 2.1 manifest with format="iiif", its HTML description as text', async () => {
    const el = await settled(await fixture<PhotoStory>(html`<photo-story format="iiif" src=${echo(await fixture_('iiif21-manifest.json'))}></photo-story>`));
    expect(textOf(el, 'title')).to.equal('Map of Mexico City');
    expect(textOf(el, 'meta')).to.equal('late 17th century');
    expect(textOf(el, 'story')).to.include('streets & parishes');
    expect(part(el, 'story')!.querySelector('*:not(p)')).to.equal(null, 'no markup from data');
    expect((part(el, 'image') as HTMLImageElement).srcset).to.include('/plano-1690/full/400,/0/default.jpg 400w');
    await expect(el).to.be.accessible();
  });

  it('marks a title taken from another language with its lang', async () => {
    const manifest = { '@context': 'http://iiif.io/api/presentation/3/context.json', type: 'Manifest', label: { ru: ['Прибытие Троцкого'] } };
    const el = await settled(await fixture<PhotoStory>(html`<photo-story lang="en" src=${echo(manifest)}></photo-story>`));
    expect(part(el, 'title')!.getAttribute('lang')).to.equal('ru');
    expect(textOf(el, 'title')).to.equal('Прибытие Троцкого');
  });

  it('reads any record by a map given inline or as #id, and the native format stays native with format="native"', async () => {
    const src = echo(await fixture_('met-object.json'));
    const inline = await settled(await fixture<PhotoStory>(html`<photo-story map=${mapOf('met-object.json')} src=${src}></photo-story>`));
    expect(textOf(inline, 'title')).to.equal('Pyramid of the Sun, Teotihuacán');
    expect(textOf(inline, 'caption')).to.include('Photo: Hugo Brehme').and.include('Gilman Collection');
    const byId = await fixture<HTMLElement>(html`<div>
      <script type="application/json" id="met-map">${mapOf('met-object.json')}</script>
      <photo-story map="#met-map" src=${src}></photo-story>
    </div>`);
    const story = await settled(byId.querySelector('photo-story')!);
    expect(textOf(story, 'title')).to.equal('Pyramid of the Sun, Teotihuacán');
    const native = await settled(await fixture<PhotoStory>(html`<photo-story format="native" src=${echo(await fixture_('iiif3-manifest.json'))}></photo-story>`));
    expect(textOf(native, 'status'), 'a manifest read as native has no title, photo or story').to.equal('The archive sent something that is not a photo story. Try again');
    await expect(inline).to.be.accessible();
  });

  it('names the paths that found nothing, and shows the reader one sentence', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await fixture<PhotoStory>(html`<photo-story map='{"title": "item.titel", "image.src": "item.bild"}' src=${echo({ item: { title: 'T' } })}></photo-story>`);
      const { detail } = await oneEvent(el, 'photo-story-error');
      await settled(el);
      expect(detail.reason).to.equal('shape');
      expect(textOf(el, 'status')).to.equal('The archive sent something that is not a photo story. Try again');
      expect(warnings.join('\n')).to.include('"item.titel" (title)').and.include('"item.bild" (image.src)');
      const broken = await fixture<PhotoStory>(html`<photo-story map="#no-such-map" src=${echo({ title: 'T' })}></photo-story>`);
      await settled(broken);
      expect(warnings.join('\n')).to.include('"#no-such-map" is not a JSON object');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('lets transform win over map, and map over format', async () => {
    const src = echo({ '@context': 'http://iiif.io/api/presentation/3/context.json', label: { en: ['From IIIF'] }, name: 'From the map' });
    const el = await fixture<PhotoStory>(html`<photo-story map='{"title": "name"}' src=${src}></photo-story>`);
    await settled(el);
    expect(textOf(el, 'title')).to.equal('From the map');
    el.transform = async (json: unknown, url: string) => ({ title: `From a transform of ${(json as { name: string }).name}`, url: new URL('page', url).href });
    await oneEvent(el, 'photo-story-load');
    await el.updateComplete;
    expect(textOf(el, 'title')).to.equal('From a transform of From the map');
    el.map = undefined;
    el.transform = undefined;
    await oneEvent(el, 'photo-story-load');
    await el.updateComplete;
    expect(textOf(el, 'title')).to.equal('From IIIF');
  });

  it('reads the lists a story links with nearby-map and comments-map', async () => {
    const entry = { title: 'T', nearby: echo(await fixture_('loc-search.json')), comments: echo(await fixture_('wordpress-comments.json')) };
    const el = await settled(
      await fixture<PhotoStory>(html`<photo-story nearby-map=${mapOf('loc-search.json')} comments-map=${mapOf('wordpress-comments.json')} .entry=${entry}></photo-story>`),
    );
    const nearby = await listSettled(el.shadowRoot!.querySelector<NearbyPhotos>('nearby-photos')!);
    expect(all(nearby, '[part=item-title]').map(visibleText)[0]).to.equal('Cathedral, City of Mexico');
    const thread = await listSettled(el.shadowRoot!.querySelector<CommentThread>('comment-thread')!);
    expect(all(thread, '[part=author]').map(visibleText).slice(0, 2)).to.deep.equal(['Marta Ruiz', 'jdelacruz']);
    expect(all(thread, 'article article').length, 'replies threaded by parent').to.be.above(0);
    const markup = all(thread, 'article > p *').map((node) => node.localName);
    expect(markup.filter((name) => name != 'a'), 'WordPress HTML shown as text').to.deep.equal([]);
    expect(visibleText(thread.shadowRoot!.querySelector('article > p'))).to.equal(cases['wordpress-comments.json'].expect['first.text']);
    await expect(el).to.be.accessible();
  });

  it('reads a IIIF collection as nearby photos', async () => {
    const collection = {
      '@context': 'http://iiif.io/api/presentation/3/context.json',
      type: 'Collection',
      items: [
        { id: 'https://iiif.example.org/m/1.json', type: 'Manifest', label: { en: ['First'] }, thumbnail: [{ id: '//img.example.org/1.jpg', type: 'Image' }] },
        { id: 'https://iiif.example.org/c/2.json', type: 'Collection', label: { en: ['A sub-collection'] } },
        { id: 'javascript:alert(1)', type: 'Manifest', label: { en: ['Second'] } },
      ],
    };
    const el = await listSettled(await fixture<NearbyPhotos>(html`<nearby-photos src=${echo(collection)}></nearby-photos>`));
    expect(all(el, '[part=item-title]').map(visibleText)).to.deep.equal(['First', 'Second']);
    expect(all<HTMLImageElement>(el, '[part=thumbnail]')[0].src).to.equal(`${location.protocol}//img.example.org/1.jpg`);
    expect(all(el, '[part=item]').map((a) => a.getAttribute('href'))).to.deep.equal([null, null], 'no page, and no javascript: link');
    await expect(el).to.be.accessible();
  });
});

describe('a map by #id inside a shadow root', () => {
  it('is found in the element’s own tree', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<script type="application/json" id="shadow-map">{"title": "name"}</script>`;
    const story = document.createElement('photo-story') as PhotoStory;
    story.setAttribute('map', '#shadow-map');
    story.src = echo({ name: 'Found in the shadow root' });
    root.append(story);
    await settled(story);
    expect(textOf(story, 'title')).to.equal('Found in the shadow root');
  });
});
