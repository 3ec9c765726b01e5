import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import type { PhotoStory } from '../src/index.js';
import { echo, requestCount, seedEntry } from './support/fixtures.js';
import { PASTED_LINK_TAILS } from './support/hostile.js';
import { keep, place, removePlaced } from './support/place.js';
import { watch } from '../src/upgrade/watch.js';
import { part, settled, textOf } from './support/story.js';

declare global {
  interface Window {
    ran?: string;
  }
}

const ENTRY_PAGE = 'https://archive.example.org/photos/leon-trotsky-arrival-mexico';

/** DESIGN's plain-HTML form, reading `src`. */
const plainForm = (src: string, attributes = '') =>
  `<blockquote class="photo-story" data-src="${src}" cite="${ENTRY_PAGE}" ${attributes}>
    <a href="${ENTRY_PAGE}">Leon Trotsky's arrival in Mexico</a>
  </blockquote>`;

/** A site's rule for links to embed, as it would sit on the script tag of `embed.js`. */
function rule(attributes: Record<string, string>): void {
  const script = document.createElement('script');
  script.type = 'application/json'; // a rule only: nothing to run
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  document.head.append(keep(script));
}

const storiesIn = (box: Element) => [...box.querySelectorAll<PhotoStory>('photo-story')];

async function upgraded(box: Element, count: number): Promise<PhotoStory[]> {
  await waitUntil(() => storiesIn(box).length == count, `expected ${count} stories`, { timeout: 3000 });
  return storiesIn(box);
}

const visible = (node: Element) => node.checkVisibility();


// As a page with `embed.js`: the plain-HTML form and link rules become stories.
before(watch);

describe('the plain-HTML form and link auto-embeds', () => {
  afterEach(() => {
    removePlaced();
    delete window.ran;
  });

  it('upgrades DESIGN’s blockquote into a story that keeps the markup as fallback until the story shows', async () => {
    const src = echo(seedEntry, { delay: 400 });
    const box = place(plainForm(src));
    const [story] = await upgraded(box, 1);
    const quote = story.querySelector('blockquote')!;
    expect(story.getAttribute('src')).to.equal(src);
    expect(quote.getAttribute('cite')).to.equal(ENTRY_PAGE);
    expect(visible(quote), 'fallback while loading').to.be.true;
    expect(part(story, 'skeleton'), 'no skeleton over the fallback').to.be.null;
    await expect(story).to.be.accessible();

    await settled(story);
    expect(textOf(story, 'title')).to.equal(seedEntry.title);
    expect(visible(quote), 'fallback once the story shows').to.be.false;
    expect(story.contains(quote), 'hidden, not removed').to.be.true;
    await expect(story).to.be.accessible();
  });

  it('shows the fallback again, with the error and Try again, when loading fails', async () => {
    const box = place(plainForm(echo({ error: 'gone' }, { status: 404 })));
    const [story] = await upgraded(box, 1);
    await settled(story);
    expect(part(story, 'retry')).to.exist;
    expect(textOf(story, 'status')).to.match(/could not be found/);
    const link = story.querySelector('blockquote a')!;
    expect(visible(link)).to.be.true;
    expect(link.textContent).to.equal("Leon Trotsky's arrival in Mexico");
    await expect(story).to.be.accessible();
  });

  it('takes every attribute of the element as data-*, and never an event handler', async () => {
    const box = place(
      plainForm(
        echo(seedEntry),
        `data-heading-level="4" data-hide="comments nearby" data-lang="en-GB" data-loading="lazy" data-theme="dark"
         data-onclick="window.ran = 'data-onclick'" data-style="display: none"`,
      ),
    );
    const [story] = await upgraded(box, 1);
    await settled(story);
    expect(part(story, 'title')!.getAttribute('aria-level')).to.equal('4');
    expect(story.getAttribute('hide')).to.equal('comments nearby');
    expect(story.lang).to.equal('en-GB');
    expect(story.getAttribute('theme')).to.equal('dark');
    expect(part(story, 'image')!.getAttribute('loading')).to.equal('lazy');
    expect(story.hasAttribute('onclick')).to.be.false;
    expect(story.hasAttribute('style')).to.be.false;
    story.click();
    expect(window.ran).to.be.undefined;
    await expect(story).to.be.accessible();
  });

  it('never lets a post’s markup choose the readers’ session', async () => {
    const box = place(
      plainForm(
        echo(seedEntry),
        'data-session-src="https://evil.example/session" data-credentials-origins="https://evil.example" data-login-url="https://evil.example/login" login-url="https://evil.example/login"',
      ),
    );
    const [story] = await upgraded(box, 1);
    expect(story.getAttributeNames().sort()).to.deep.equal(['src']);
  });

  it('gives the story the blockquote’s own lang', async () => {
    const box = place(plainForm(echo(seedEntry), 'lang="es"'));
    const [story] = await upgraded(box, 1);
    expect(story.lang).to.equal('es');
  });

  it('upgrades markup added later, once, however often it moves', async () => {
    const src = echo(seedEntry);
    const box = place('<p>An article that loads its body later.</p>');
    await nextFrame();
    box.insertAdjacentHTML('beforeend', `<section>${plainForm(src)}</section>`);
    const [story] = await upgraded(box, 1);
    await settled(story);
    box.prepend(box.querySelector('section')!); // moved by the host page
    box.append(document.createElement('p'));
    // Changes are upgraded in order: once a form added after the move is a story, the move was seen.
    box.insertAdjacentHTML('beforeend', plainForm(echo(seedEntry)));
    await upgraded(box, 2);
    expect(storiesIn(box)[0], 'the moved story, not a second one').to.equal(story);
    expect(story.querySelectorAll('blockquote')).to.have.length(1);
    expect(await requestCount(src)).to.equal(1);
    await expect(story).to.be.accessible();
  });

  it('leaves markup inside an editor alone', async () => {
    const box = place(
      `<div contenteditable="true">${plainForm(echo(seedEntry))}<div contenteditable="false">${plainForm(echo(seedEntry))}</div></div>
       <blockquote class="photo-story" contenteditable="true" data-src="${echo(seedEntry)}">Being edited</blockquote>
       <div contenteditable="false">${plainForm(echo(seedEntry))}</div>`,
    );
    await upgraded(box, 1); // only the last: contenteditable="false" outside any editor is no editor
    expect(box.querySelectorAll('blockquote.photo-story:not(photo-story *)'), 'still the author’s blockquotes').to.have.length(3);
  });

  describe('after a CMS sanitized the post', () => {
    const post = (name: string) => fetch(`/tests/fixtures/cms/${name}`).then((response) => response.text());

    it('still upgrades after DOMPurify’s defaults, and nothing in the post runs', async () => {
      const box = place(DOMPurify.sanitize(await post('post.html')));
      const [trotsky, met] = await upgraded(box, 2);
      await Promise.all([settled(trotsky), settled(met)]);
      expect(part(trotsky, 'title')!.getAttribute('aria-level')).to.equal('3');
      expect(textOf(trotsky, 'title')).to.equal("Leon Trotsky's arrival in Mexico");
      expect(trotsky.shadowRoot!.querySelector('comment-thread, nearby-photos'), 'data-hide').to.be.null;
      expect(textOf(met, 'title')).to.equal('Pyramid of the Sun, Teotihuacán');
      expect(textOf(met, 'meta')).to.equal('ca. 1920–25');
      expect(storiesIn(box).some((story) => story.hasAttribute('onclick'))).to.be.false;
      expect(window.ran).to.be.undefined;
      await expect(trotsky).to.be.accessible();
      await expect(met).to.be.accessible();
    });

    it('still upgrades after WordPress’s kses, wptexturize and wpautop, bare links included', async () => {
      rule({ 'data-match': 'https://archive.example.org/photos/', 'data-json': '/tests/fixtures/cms/{path}.json' });
      const box = place(await post('post.wordpress.html'));
      const stories = await upgraded(box, 3);
      await Promise.all(stories.map(settled));
      expect(stories.map((story) => textOf(story, 'title'))).to.deep.equal([
        "Leon Trotsky's arrival in Mexico",
        'Pyramid of the Sun, Teotihuacán',
        'Frida Kahlo in a Men’s Suit',
      ]);
      expect(box.querySelector('p > a[href$="frida-suit"]')!.closest('photo-story'), 'a link in a sentence').to.be.null;
      expect(window.ran).to.be.undefined;
      for (const story of stories) await expect(story).to.be.accessible();
    });
  });

  describe('link auto-embeds', () => {
    beforeEach(() =>
      rule({
        'data-match': 'https://archive.example.org/photos/ https://photos.example.net/p/',
        'data-json': '/tests/fixtures/cms/{path}.json',
        'data-heading-level': '3',
        'data-onload': "window.ran = 'rule'",
      }),
    );

    it('turns a link or URL that stands alone in its paragraph into a story, with the rule’s attributes', async () => {
      const box = place(`
        <p><a href="${ENTRY_PAGE}">Leon Trotsky's arrival in Mexico</a></p>
        <p>
          https://photos.example.net/p/frida-suit/?utm_source=blog#top <br>
        </p>`);
      const stories = await upgraded(box, 2);
      expect(stories.map((story) => story.getAttribute('src'))).to.deep.equal([
        '/tests/fixtures/cms/leon-trotsky-arrival-mexico.json',
        '/tests/fixtures/cms/frida-suit.json',
      ]);
      await Promise.all(stories.map(settled));
      expect(part(stories[1], 'title')!.getAttribute('aria-level')).to.equal('3');
      expect(textOf(stories[1], 'title')).to.equal('Frida Kahlo in a Men’s Suit');
      expect(stories[0].querySelector('p > a')!.getAttribute('href'), 'the paragraph is the fallback').to.equal(ENTRY_PAGE);
      expect(stories.some((story) => story.hasAttribute('onload'))).to.be.false;
      for (const story of stories) await expect(story).to.be.accessible();
    });

    it('leaves other links as they are', async () => {
      const box = place(`
        <p>Read <a href="${ENTRY_PAGE}">this story</a> first.</p>
        <p><a href="https://archive.example.org/about">About the archive</a></p>
        <p><a href="https://archive.example.org/photos/">All photos</a></p>
        <p>https://archive.example.org/photos/frida-suit is the next one.</p>
        <ul><li><a href="${ENTRY_PAGE}">In a list</a></li></ul>
        <p><a href="javascript:alert(1)//https://archive.example.org/photos/x">Tricky</a></p>
        ${plainForm(echo(seedEntry))}`);
      await upgraded(box, 1); // the plain form, placed last, shows the scan is done
      expect(box.querySelectorAll('photo-story p, photo-story li')).to.have.length(0);
      expect(box.querySelectorAll('a')).to.have.length(6);
    });

    it('upgrades a blockquote by its cite alone, and links added later', async () => {
      const box = place(`<blockquote class="photo-story" cite="${ENTRY_PAGE}"><p>Trotsky</p></blockquote>`);
      const [story] = await upgraded(box, 1);
      expect(story.getAttribute('src')).to.equal('/tests/fixtures/cms/leon-trotsky-arrival-mexico.json');
      const later = document.createElement('p');
      box.append(later);
      later.innerHTML = '<a href="https://archive.example.org/photos/frida-suit">Frida</a>';
      const [, frida] = await upgraded(box, 2);
      await settled(frida);
      expect(textOf(frida, 'title')).to.equal('Frida Kahlo in a Men’s Suit');
    });

    it('lets the site’s own rule name the session of the stories it makes', async () => {
      rule({ 'data-match': 'https://museum.example/objects/', 'data-login-url': 'https://museum.example/login', 'data-session-src': '/api/session' });
      const box = place('<p><a href="https://museum.example/objects/12">Object 12</a></p>');
      const [story] = await upgraded(box, 1);
      expect([story.getAttribute('login-url'), story.getAttribute('session-src')]).to.deep.equal(['https://museum.example/login', '/api/session']);
    });

    it('gives a blockquote with its own data-src nothing of the rule, not even when its cite matches', async () => {
      rule({ 'data-match': 'https://museum.example/objects/', 'data-login-url': 'https://museum.example/login', 'data-hide': 'comments' });
      const box = place(`<blockquote class="photo-story" cite="https://museum.example/objects/12" data-src="${echo(seedEntry)}">Object 12</blockquote>`);
      const [story] = await upgraded(box, 1);
      expect(story.getAttributeNames().sort()).to.deep.equal(['src']);
    });

    it('applies a rule added later to the links already on the page', async () => {
      const box = place('<p><a href="https://late.example/photos/frida-suit">Frida</a></p>');
      await nextFrame();
      rule({ 'data-match': 'https://late.example/photos/', 'data-json': '/tests/fixtures/cms/{id}.json' });
      const [story] = await upgraded(box, 1);
      await settled(story);
      expect(textOf(story, 'title')).to.equal('Frida Kahlo in a Men’s Suit');
    });

    it('encodes what {id} and {path} fill in: a pasted link cannot add to the JSON URL’s query (finding 11)', async () => {
      rule({ 'data-match': 'https://archive.example.org/items/', 'data-json': 'https://archive.example.org/api/photo?id={id}&path={path}' });
      const box = place(`${PASTED_LINK_TAILS.map((tail) => `<p><a href="https://archive.example.org/items/${tail}">A photo</a></p>`).join('')}
        <p><a href="https://archive.example.org/items/mexico/caf%C3%A9%20de%20tacuba?x=1">Café</a></p>`);
      const stories = await upgraded(box, PASTED_LINK_TAILS.length + 1);
      const encoded = stories.pop()!;
      for (const story of stories) {
        const query = new URL(story.getAttribute('src')!).searchParams;
        expect([...query.keys()], story.getAttribute('src')!).to.deep.equal(['id', 'path']);
        expect(query.get('id')).to.match(/^42(&admin=1|;admin=1)?$/);
      }
      expect(encoded.getAttribute('src'), 'encoded once, slashes of the path kept').to.equal(
        'https://archive.example.org/api/photo?id=caf%C3%A9%20de%20tacuba&path=mexico/caf%C3%A9%20de%20tacuba',
      );
    });

    it('fills {id} with the page’s last segment and {url} with the whole page URL, encoded', async () => {
      rule({ 'data-match': 'https://museum.example/objects/', 'data-json': 'https://museum.example/api/{id}?page={url}' });
      const box = place('<p><a href="https://museum.example/objects/prints/12.html?lang=en">Object 12</a></p>');
      const [story] = await upgraded(box, 1);
      expect(story.getAttribute('src')).to.equal(
        'https://museum.example/api/12?page=https%3A%2F%2Fmuseum.example%2Fobjects%2Fprints%2F12.html%3Flang%3Den',
      );
    });
  });
});
