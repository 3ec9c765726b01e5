import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { blankPage, EMBED } from './support/blank-page.js';
import { echo, seedEntry } from './support/fixtures.js';

type Embed = typeof import('../src/embed.js');

describe('dist/embed.js', () => {
  it('defines <photo-story>, and a second copy on the page breaks nothing and warns once', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const first: Embed = await import(new URL('/dist/embed.js', location.href).href);
      const second: Embed = await import(new URL('/dist/embed.js?copy=2', location.href).href);
      expect(first.PhotoStory).not.to.equal(second.PhotoStory);
      expect(customElements.get('photo-story')).to.equal(first.PhotoStory);
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0][0])).to.contain('<photo-story> is already defined');
    } finally {
      console.warn = warn;
    }
    const el = await fixture(html`<photo-story .entry=${seedEntry}></photo-story>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=title]'));
    expect(el.shadowRoot!.querySelector('[part=title]')!.textContent!.trim()).to.equal(seedEntry.title);
  });

  it('exports the classes so a page can register the element under another name', async () => {
    const { PhotoStory }: Embed = await import(new URL('/dist/embed.js', location.href).href);
    customElements.define('archive-story', class extends PhotoStory {});
    const el = document.createElement('archive-story') as InstanceType<typeof PhotoStory>;
    el.entry = { title: 'Renamed' };
    document.body.append(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=title]'));
    expect(el.shadowRoot!.querySelector('[part=title]')!.textContent!.trim()).to.equal('Renamed');
    el.remove();
  });

  it('loads another language only on a page in that language, and that language alone', async () => {
    for (const [lang, expected, chunks] of [
      ['en', 'Contributed by OldPik on January 6, 2025', []],
      ['es', 'Aportada por OldPik el 6 de enero de 2025', ['locale-es.js']],
    ] as const) {
      const page = await blankPage(`<script type="module" src="${EMBED}"></script><photo-story lang="${lang}" src="${echo(seedEntry)}"></photo-story>`);
      const byline = () => page.querySelector('photo-story')?.shadowRoot?.querySelector('[part=byline]')?.textContent?.replace(/\s+/g, ' ').trim();
      await waitUntil(() => byline() == expected, `the ${lang} byline`, { timeout: 5000 });
      const loaded = page.defaultView!.performance.getEntriesByType('resource').map(({ name }) => name);
      expect(loaded.filter((name) => name.includes('/chunks/')).map((name) => name.replace(/.*\//, ''))).to.deep.equal(chunks);
      page.defaultView!.frameElement!.remove();
    }
  });
});
