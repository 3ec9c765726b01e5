import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { normalizeEntry, readEntry } from '../src/data/entry.js';
import { applyMap } from '../src/data/maps.js';
import { find } from '../src/data/paths.js';
import { prepare } from '../src/data/fields.js';
import { readDraft } from '../src/elements/comment-thread/drafts.js';
import type { CommentThread, LoginGate, NearbyPhotos, PhotoStory } from '../src/index.js';
import { SIGNING_IN } from '../src/session/session.js';
import { echo, seedEntry } from './support/fixtures.js';
import { FOREIGN_SESSION, mapBomb, PROTOTYPE_KEYS, READER_WORDS } from './support/hostile.js';
import { all, listSettled, visibleText } from './support/lists.js';
import { place, removePlaced } from './support/place.js';
import { watch } from '../src/upgrade/watch.js';
import { ana, commentsUrl, composer, gateOf, inBox, log, send, sessionUrl, textarea, unique, write } from './support/session.js';
import { part, settled, textOf } from './support/story.js';

/*
 * The faults found by attacking the library with hostile data, pages and networks: each test failed
 * before its fix.
 */

afterEach(removePlaced);

/** What a polluted `Object.prototype` holds, besides what it should. */
const polluted = () => Object.getOwnPropertyNames(Object.prototype).filter((name) => !BUILT_IN.includes(name));
const BUILT_IN = Object.getOwnPropertyNames(Object.prototype);


// As a page with `embed.js`: the plain-HTML form and link rules become stories.
before(watch);

describe('maps never reach a prototype (finding 1)', () => {
  const evil = { t: 'Title', l: 'https://evil.example/login?{return}', k: 'FIXED', s: ' ', c: 'x' };

  it('a post’s data-map with __proto__ keys makes a story and pollutes nothing', async () => {
    const map = { title: 't', '__proto__.login': 'l', '__proto__.key': 'k', '__proto__.text': 's', 'image.__proto__.src': 'l' };
    const box = place(`<blockquote class="photo-story" data-src="${echo(evil)}" data-map='${JSON.stringify(map)}'><a href="https://example.org/">A post</a></blockquote>`);
    await waitUntil(() => box.querySelector('photo-story'), 'never upgraded');
    const story = await settled(box.querySelector<PhotoStory>('photo-story')!);
    expect(textOf(story, 'title')).to.equal('Title');
    expect(polluted()).to.deep.equal([]);
    expect(({} as Record<string, unknown>).login).to.equal(undefined);
  });

  it('in every form of map: an entry’s, a list’s and its items’, nested or not', () => {
    const doc = { t: 'T', l: 'https://evil.example/', list: [{ t: 'N', l: 'https://evil.example/n' }] };
    for (const key of PROTOTYPE_KEYS) {
      applyMap('entry', { title: 't', [`${key}.login`]: 'l', [`image.${key}.k`]: 'l', [`a.b.${key}`]: 'l' }, doc, 'en');
      applyMap('nearby', { items: 'list', [`${key}.comments`]: 'l', item: { title: 't', [`${key}.src`]: 'l', [`thumbnail.${key}.x`]: 't' } }, doc, 'en');
      applyMap('comments', { items: 'list', [`${key}.post`]: 'l', item: { text: 't', [`author.${key}.name`]: 't' } }, doc, 'en');
    }
    expect(polluted()).to.deep.equal([]);
    expect(Object.getPrototypeOf({})).to.equal(Object.prototype);
  });

  it('paths find only a document’s own fields', () => {
    for (const path of ['__proto__', 'constructor', 'constructor.name', 'toString', '__proto__.hasOwnProperty', 'list.constructor'])
      expect(find(path, { list: [{}] }, 'en'), path).to.equal(undefined);
    expect(find('__proto__.x', JSON.parse('{"__proto__": {"x": "own"}}'), 'en'), 'a document’s own "__proto__" key').to.equal('own');
  });

  it('reads only a document’s own fields, even on a page whose Object.prototype something else polluted', async () => {
    const fields = { login: 'https://evil.example/login?{return}', session: 'https://evil.example/session', comments: 'https://evil.example/c', nearby: 'https://evil.example/n', text: ' ', key: 'FIXED', src: 'https://evil.example/x.jpg' };
    for (const [name, value] of Object.entries(fields)) Object.defineProperty(Object.prototype, name, { value, configurable: true, writable: true });
    try {
      const entry = normalizeEntry({ title: 'Own', image: { alt: 'no src' } }, location.href);
      expect([entry.login, entry.session, entry.comments, entry.nearby, entry.image]).to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
      expect(readDraft('no such draft'), 'no draft from nowhere').to.equal(undefined);
      const story = await settled(await fixture<PhotoStory>(html`<photo-story .entry=${seedEntry}></photo-story>`));
      expect(textOf(story, 'title')).to.equal(seedEntry.title);
      expect(story.shadowRoot!.querySelectorAll('comment-thread, nearby-photos').length, 'no section the entry does not link').to.equal(0);
    } finally {
      for (const name of Object.keys(fields)) delete (Object.prototype as Record<string, unknown>)[name];
    }
  });
});

describe('a map’s work is bounded (finding 3)', () => {
  it('a small map over a large list does not freeze the page', async () => {
    const list = Array.from({ length: 200_000 }, () => ({ x: 0 }));
    const map = { title: mapBomb(200), headline: mapBomb(200).replaceAll('y', 'z') };
    const element = Object.assign(document.createElement('div'), { map });
    const started = performance.now();
    const error = await readEntry({ json: { list }, url: location.href }, element).catch((error) => error);
    const took = performance.now() - started;
    expect(error.reason, 'the alternatives past the bound are not tried').to.equal('shape');
    // Before the bound: 27 s on this document and map.
    expect(took).to.be.below(3000);
  });

  it('a map that finds what it should within its bound still reads large documents', async () => {
    const list = Array.from({ length: 5000 }, (_, i) => ({ id: `i${i}`, label: [{ '@language': 'en', '@value': `Photo ${i}` }] }));
    const element = Object.assign(document.createElement('div'), { map: { title: 'list[id=i4999].label', story: 'list.label | nothing' } });
    const entry = await readEntry({ json: { list }, url: location.href }, element);
    expect(entry.title).to.equal('Photo 4999');
  });
});

describe('a map by #id is a JSON script (finding 7)', () => {
  it('an element of a post with the same id, earlier in the page, does not replace the site’s map', async () => {
    const box = place(`<p id="site-map">{"title": "t"}</p><script type="application/json" id="site-map">{"title": "name"}</script>`);
    const story = await settled(await fixture<PhotoStory>(html`<photo-story map="#site-map" src=${echo({ name: 'The site’s', t: 'The post’s' })}></photo-story>`));
    expect(textOf(story, 'title')).to.equal('The site’s');
    box.querySelector('script')!.remove();
    const other = await settled(await fixture<PhotoStory>(html`<photo-story map="#site-map" src=${echo({ name: 'The site’s', t: 'The post’s' })}></photo-story>`));
    expect(part(other, 'retry'), 'no map at all then').to.exist;
  });
});

/** Another origin of the test server: an archive the page did not choose. */
const foreign = `http://127.0.0.1:${location.port}`;
const onForeign = (url: string) => url.replace(location.origin, foreign);
const threadOf = (el: PhotoStory) => el.shadowRoot!.querySelector<CommentThread>('comment-thread')!;
const loginButton = (thread: CommentThread) => gateOf(thread).shadowRoot!.querySelector<HTMLButtonElement>('[part=login]')!;

describe('the host’s reader stays with the host’s sources (finding 2)', () => {
  /** A story of the site signed in by the page, whose nearby photo is an entry on another origin with a comment list there. */
  async function swapToForeign(signIn: 'before' | 'after') {
    const key = unique();
    const evil = onForeign(echo({ title: 'Elsewhere', story: 'A record of another archive.', comments: commentsUrl(key, {}, foreign) }));
    const site = { ...seedEntry, nearby: [{ title: 'Nearby', src: evil }] };
    const el = await settled(
      signIn == 'before'
        ? await fixture<PhotoStory>(html`<photo-story src=${echo(site)} .user=${ana} .token=${'TOKEN-1'}></photo-story>`)
        : await fixture<PhotoStory>(html`<photo-story src=${echo(site)}></photo-story>`),
    );
    // The README's own example: the page swaps the story in place.
    el.addEventListener('nearby-select', (event) => event.preventDefault());
    const nearby = await listSettled(el.shadowRoot!.querySelector<NearbyPhotos>('nearby-photos')!);
    nearby.shadowRoot!.querySelector<HTMLElement>('[part=item]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=title]')?.textContent?.includes('Elsewhere'), 'never swapped');
    return { el, key };
  }

  const noCredentials = async (key: string) => {
    const seen = await log(key);
    expect(seen.some((entry) => entry.method == 'POST'), 'the post reached the other archive').to.be.true;
    expect(seen.map((entry) => entry.authorization)).to.deep.equal(seen.map(() => null));
  };

  it('a new token or the same reader set again after a swap sends nothing to the other origin', async () => {
    const { el, key } = await swapToForeign('before');
    el.token = 'TOKEN-2';
    el.user = { ...ana };
    const thread = await composer(threadOf(el));
    await write(thread, 'Hello.');
    await send(thread);
    await noCredentials(key);
  });

  it('a reader who signs in after the swap sends nothing to the other origin', async () => {
    const { el, key } = await swapToForeign('after');
    el.user = ana;
    el.token = 'TOKEN-1';
    const thread = await composer(threadOf(el));
    await write(thread, 'Hello.');
    await send(thread);
    await noCredentials(key);
  });
});

describe('a record’s login and session count only on its own origin (findings 4, 5 and 6)', () => {
  const realOpen = window.open;
  let opened: [url: string, name: string][];
  let frame: HTMLIFrameElement;
  beforeEach(() => {
    frame = document.createElement('iframe');
    document.body.append(frame);
    opened = [];
    window.open = ((url: string, name: string) => (opened.push([url, name]), frame.contentWindow)) as typeof window.open;
  });
  afterEach(() => {
    window.open = realOpen;
    frame.remove();
    sessionStorage.clear();
  });

  const answer = (data: unknown) => window.dispatchEvent(new MessageEvent('message', { origin: location.origin, source: frame.contentWindow, data }));

  it('never asks a session URL that a record names on another origin, even once the reader signed in', async () => {
    const key = unique();
    const entry = { ...seedEntry, comments: commentsUrl(key), session: onForeign(new URL(sessionUrl(key, ana), location.href).href), login: '/login' };
    const el = await settled(await fixture<PhotoStory>(html`<photo-story src=${echo(entry)}></photo-story>`));
    const thread = await listSettled(threadOf(el));
    await waitUntil(() => loginButton(thread), 'no Log in');
    loginButton(thread).click();
    await import('../src/session/session-link.js');
    await new Promise((resolve) => setTimeout(resolve));
    answer({ user: ana, token: 'from-popup' });
    await composer(thread);
    expect((await log(key)).filter((entry) => entry.path == '/api/session'), 'the foreign session URL').to.deep.equal([]);
  });

  it('opens a login page on another origin only when the page names it, not when a record does; never with the page’s fragment', async () => {
    history.replaceState(null, '', '#comment-c1');
    try {
      const entry = { ...seedEntry, comments: commentsUrl(unique()), ...FOREIGN_SESSION };
      const refused = await settled(await fixture<PhotoStory>(html`<photo-story .entry=${entry}></photo-story>`));
      const request = oneEvent(refused, 'login-request');
      loginButton(await listSettled(threadOf(refused))).click();
      expect((await request).detail.url, 'no login page').to.equal(undefined);
      expect(opened).to.deep.equal([]);

      // The page names that login page itself.
      const allowed = await settled(await fixture<PhotoStory>(html`<photo-story login-url=${entry.login} .entry=${entry}></photo-story>`));
      loginButton(await listSettled(threadOf(allowed))).click();
      const page = encodeURIComponent(location.href.split('#')[0]);
      expect(opened.map(([url]) => url)).to.deep.equal([`https://evil.example/login?back=${page}`]);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('opens a new sign-in window each time, never one a frame could have opened by name (finding 6)', async () => {
    const gate = await fixture<LoginGate>(html`<login-gate login-url="https://login6.example/in"></login-gate>`);
    const button = gate.shadowRoot!.querySelector<HTMLButtonElement>('[part=login]')!;
    button.click();
    button.click();
    expect(opened.length).to.equal(2);
    expect(opened.map(([, name]) => name || '_blank')).to.deep.equal(['_blank', '_blank']);
  });

  it('asks a session URL the record names only once the reader asked to sign in: no cookies unprompted', async () => {
    const quiet = unique();
    const entry = (key: string) => ({ ...seedEntry, comments: commentsUrl(key), session: sessionUrl(key, ana), login: '/login' });
    const el = await settled(await fixture<PhotoStory>(html`<photo-story src=${echo(entry(quiet))}></photo-story>`));
    await listSettled(threadOf(el));
    // The reader comes back from the login page (popups blocked) to another story of the same kind.
    const back = unique();
    sessionStorage.setItem(SIGNING_IN, location.origin);
    const other = await settled(await fixture<PhotoStory>(html`<photo-story src=${echo(entry(back))}></photo-story>`));
    await composer(threadOf(other));
    expect((await log(back)).filter((entry) => entry.path == '/api/session').length, 'asked once the reader asked').to.equal(1);
    expect(sessionStorage.getItem(SIGNING_IN), 'once').to.equal(null);
    expect((await log(quiet)).filter((entry) => entry.path == '/api/session'), 'never asked unprompted').to.deep.equal([]);
  });
});

describe('a story’s size is bounded (finding 8)', () => {
  it('draws at most 500 paragraphs of a story, however many it has', async () => {
    const story = Array.from({ length: 52_000 }, (_, i) => `Paragraph ${i}.`).join('\n\n');
    const el = await settled(await fixture<PhotoStory>(html`<photo-story .entry=${{ title: 'Long', story }}></photo-story>`));
    const drawn = all(el, '[part=story] p');
    expect(drawn.length).to.equal(500);
    expect(visibleText(drawn[499])).to.equal('Paragraph 499.');
  });

  it('reads no document longer than 32 MiB: the reader is told the archive sent no photo story', async () => {
    const body = `{"title": "Huge", "story": "${'x'.repeat(2 ** 25)}"}`;
    const fetcher = async () => new Response(body, { headers: { 'Content-Type': 'application/json' } });
    const el = await settled(await fixture<PhotoStory>(html`<photo-story .fetch=${fetcher} src="https://archive.example/huge.json"></photo-story>`));
    expect(textOf(el, 'status')).to.match(/^The archive sent something that is not a photo story\./);
    await expect(el).to.be.accessible();
  });
});

describe('a reader’s own words (finding 9)', () => {
  afterEach(() => localStorage.clear());

  it('show as written while sending and once posted, even where the page reads HTML', async () => {
    // A document with HTML elsewhere on the page: the HTML reader is loaded.
    await prepare({ text: '<p>Markup in some record</p>' });
    const key = unique();
    const el = await composer(await fixture<CommentThread>(html`<comment-thread src=${commentsUrl(key)} .user=${ana} .token=${'tok'}></comment-thread>`));
    const last = () => visibleText(all(el, 'article p').at(-1));
    for (const [n, words] of READER_WORDS.entries()) {
      await write(el, words);
      const posted = send(el);
      await el.updateComplete;
      expect(last(), 'while sending').to.equal(words);
      await posted;
      await waitUntil(async () => (await log(key)).filter((entry) => entry.method == 'GET').length == n + 2, 'the list was not asked again');
      await waitUntil(() => all(el, 'article').length == n + 2 && !all(el, '[part=badge]').length, 'the list asked again never showed');
      await el.updateComplete;
      expect(last(), 'once posted and the list asked again').to.equal(words);
    }
  });
});

describe('what the archive stored wins over what was typed (review of finding 9)', () => {
  afterEach(() => localStorage.clear());

  it('shows the archive’s words when it answers with other words than the reader sent (an earlier attempt’s, say)', async () => {
    const archive = async (_: string, init: RequestInit) =>
      init.method == 'POST'
        ? new Response(JSON.stringify({ id: 'p1', author: { name: 'Ana' }, text: 'The words of an earlier attempt' }), { status: 201 })
        : new Response(JSON.stringify({ comments: [] }));
    const el = await composer(await fixture<CommentThread>(html`<comment-thread src=${commentsUrl(unique())} .user=${ana} .token=${'tok'} .fetch=${archive}></comment-thread>`));
    await write(el, 'The words typed now');
    await send(el);
    expect(visibleText(all(el, 'article p').at(-1))).to.equal('The words of an earlier attempt');
  });
});

describe('one draft, one key, in every tab (finding 10)', () => {
  afterEach(() => localStorage.clear());

  /** The draft of `el`'s reader in storage, as another tab sees it. */
  const stored = () => Object.entries(localStorage).find(([name]) => name.startsWith('photo-story-draft '))!;
  /** What another tab does: writes the draft, and this tab hears of it. */
  const otherTab = (name: string, value: string | null) => {
    if (value == null) localStorage.removeItem(name);
    else localStorage.setItem(name, value);
    window.dispatchEvent(new StorageEvent('storage', { key: name, newValue: value, storageArea: localStorage }));
  };

  it('keeps the key with the draft from the first word, and follows the draft another tab writes or posts', async () => {
    const key = unique();
    const el = await composer(await fixture<CommentThread>(html`<comment-thread src=${commentsUrl(key)} .user=${ana} .token=${'tok'}></comment-thread>`));
    await write(el, 'Typed here');
    const [name, value] = stored();
    expect(JSON.parse(value).key, 'a key before any attempt').to.match(/^[0-9a-f]{32}$/);

    otherTab(name, JSON.stringify({ text: 'Typed in the other tab', key: 'K-OTHER-TAB' }));
    await el.updateComplete;
    expect(textarea(el).value).to.equal('Typed in the other tab');
    await send(el);
    const post = (await log(key)).find((entry) => entry.method == 'POST')!;
    expect(post.idempotencyKey, 'the other tab’s key: the archive stores the comment once').to.equal('K-OTHER-TAB');

    // The reader writes on in the other tab, which then posts it: this box empties.
    otherTab(name, JSON.stringify({ text: 'Another comment', key: 'K-SECOND' }));
    await el.updateComplete;
    expect(textarea(el).value).to.equal('Another comment');
    otherTab(name, null);
    await el.updateComplete;
    expect(textarea(el).value, 'posted from the other tab').to.equal('');
    expect(inBox(el, '[part=send]')!.hasAttribute('disabled')).to.be.true;

    // Written on here while the other tab posts its draft: the text stays, as a comment of its own.
    otherTab(name, JSON.stringify({ text: 'Third', key: 'K-THIRD' }));
    await el.updateComplete;
    await write(el, 'Third, and more written here');
    otherTab(name, null);
    await el.updateComplete;
    expect(textarea(el).value, 'nothing typed here is lost').to.equal('Third, and more written here');
    await send(el);
    const posts = (await log(key)).filter((entry) => entry.method == 'POST');
    expect(posts.at(-1)!.idempotencyKey, 'a key of its own, not the posted one').to.not.equal('K-THIRD');
  });
});
