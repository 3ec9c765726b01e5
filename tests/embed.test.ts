import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { blankPage, EMBED } from './support/blank-page.js';
import { echo, seedEntry } from './support/fixtures.js';

type Embed = typeof import('../src/embed.js');

describe('dist/embed.js', () => {
  it('defines <photo-story>, and a second copy on the page breaks nothing and says which tags it found taken', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const first: Embed = await import(new URL('/dist/embed.js', location.href).href);
      const second: Embed = await import(new URL('/dist/embed.js?copy=2', location.href).href);
      expect(first.PhotoStory).not.to.equal(second.PhotoStory);
      expect(customElements.get('photo-story')).to.equal(first.PhotoStory);
      expect(warnings.map(String)).to.deep.equal(
        ['photo-story', 'nearby-photos', 'comment-thread', 'login-gate'].map((tag) => `photo-story-elements: <${tag}> is already defined.`),
      );
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
    // The byline, and the photo's button (the chunks hold their strings without key names: named again).
    for (const [lang, expected, enlarge, chunks] of [
      ['en', 'Contributed by OldPik on January 6, 2025', 'Enlarge the photo', []],
      ['es', 'Aportada por OldPik el 6 de enero de 2025', 'Ampliar la foto', ['locales.js', 'locale-es.js']],
      // Portugal's words over Brazil's, and Traditional Chinese for Taiwan.
      ['pt-PT', 'Contribuição de OldPik em 6 de janeiro de 2025', 'Ampliar a foto', ['locales.js', 'locale-pt.js', 'locale-pt-PT.js']],
      ['zh-TW', '由 OldPik 於 2025年1月6日 提供', '放大照片', ['locales.js', 'locale-zh-Hant.js']],
    ] as const) {
      const page = await blankPage(`<script type="module" src="${EMBED}"></script><photo-story lang="${lang}" src="${echo(seedEntry)}"></photo-story>`);
      const root = () => page.querySelector('photo-story')?.shadowRoot;
      const byline = () => root()?.querySelector('[part=byline]')?.textContent?.replace(/\s+/g, ' ').trim();
      await waitUntil(() => byline() == expected && root()!.querySelector<HTMLElement>('[part=zoom]')!.ariaLabel == enlarge, `the ${lang} byline: ${byline()}`, { timeout: 5000 });
      const loaded = page.defaultView!.performance.getEntriesByType('resource').map(({ name }) => name);
      expect(loaded.filter((name) => name.includes('/chunks/')).map((name) => name.replace(/.*\//, ''))).to.deep.equal(chunks);
      page.defaultView!.frameElement!.remove();
    }
  });

  it('names every string of every language as its source table does, though the chunks hold them without names', async () => {
    const { load, tablesOf } = await import(new URL('/dist/chunks/locales.js', location.href).href);
    const codes = ['ar', 'ca', 'de', 'es', 'fa', 'fr', 'he', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'pt-PT', 'ru', 'sv', 'tr', 'uk', 'zh', 'zh-Hant'];
    for (const code of codes) {
      const built: Record<string, unknown> = {};
      await load(code, (tag: string, table: object) => tag == code && Object.assign(built, table));
      const { strings } = await import(`../src/i18n/locales/${code}.ts`);
      expect(built, code).to.deep.equal(Object.fromEntries(Object.entries(strings).filter(([, value]) => value)));
    }
    expect(tablesOf('zh-TW')).to.deep.equal([['zh-TW', 'zh-Hant']]);
  });

  it('looks the same as the npm build: the same heights for the story and each section', async () => {
    const entry = { ...seedEntry, image: { ...seedEntry.image, src: undefined }, nearby: echo({ items: [1, 2].map((n) => ({ title: `Nearby ${n}`, date: '1939', url: `https://archive.example.org/photos/n${n}` })) }), comments: echo({ comments: [{ id: 'c1', author: { name: 'Marta' }, text: 'Seen.' }] }) };
    const src = echo(entry);
    /** A page 600 px wide and tall enough that the lists load, with the story through `script`. */
    const page = async (script: string) => {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 600px; height: 3000px; border: 0';
      frame.srcdoc = `<!doctype html><html lang="en"><body style="margin: 0">${script}<photo-story src="${src}"></photo-story></body></html>`;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const doc = frame.contentDocument!;
      const story = () => doc.querySelector('photo-story')?.shadowRoot;
      const list = (tag: string) => story()?.querySelector(tag)?.shadowRoot;
      await waitUntil(() => list('comment-thread')?.querySelector('article') && list('nearby-photos')?.querySelector('[part=item]'), 'the story and its lists', { timeout: 5000 });
      const height = (el: Element | null | undefined) => Math.round(el?.getBoundingClientRect().height ?? -1);
      const heights = {
        story: height(doc.querySelector('photo-story')),
        ...Object.fromEntries(['title', 'meta', 'headline', 'story', 'series', 'byline'].map((part) => [part, height(story()!.querySelector(`[part=${part}]`))])),
        comments: height(story()!.querySelector('comment-thread')),
        nearby: height(story()!.querySelector('nearby-photos')),
      };
      frame.remove();
      return heights;
    };
    const embedded = await page(`<script type="module" src="${EMBED}"></script>`);
    const npm = await page(`<script type="module">import '/dist/define.js';</script>`);
    for (const [box, value] of Object.entries(npm)) expect(value, box).to.be.closeTo(embedded[box as keyof typeof embedded], 1);
  });

  it('self-hosted without its chunks: a list says it could not be loaded, and nothing is left unhandled', async () => {
    const comments = echo({ comments: [{ id: 'c1', author: { name: 'Marta' }, text: 'Seen.' }] });
    const entry = { ...seedEntry, image: undefined, comments, session: '/api/session?key=selfhosted', login: '/login' };
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 600px; height: 3000px';
    frame.srcdoc = `<!doctype html><html lang="fr"><body><script type="module" src="/selfhosted/embed.js"></script><photo-story src="${echo(entry)}"></photo-story></body></html>`;
    const unhandled: unknown[] = [];
    frame.addEventListener('load', () => frame.contentWindow!.addEventListener('unhandledrejection', (event) => unhandled.push(event.reason)));
    document.body.append(frame);
    const thread = () => frame.contentDocument?.querySelector('photo-story')?.shadowRoot?.querySelector('comment-thread')?.shadowRoot;
    await waitUntil(() => thread()?.querySelector('[part=retry]'), 'the comments never failed', { timeout: 8000 });
    // French is a chunk too: English stands in, and the list says what failed, not "Couldn’t reach the archive".
    expect(thread()!.querySelector('[part=status]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('The comments could not be loaded. Try again');
    // The session code (the entry names a session) is a chunk that never comes: nothing is thrown about it.
    await waitUntil(() => frame.contentWindow!.performance.getEntriesByType('resource').some(({ name }) => name.includes('session-link')), 'the session chunk was not asked for');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(unhandled.map(String)).to.deep.equal([]);
    frame.remove();
  });
});
