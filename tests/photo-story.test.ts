import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PhotoStory } from '../src/index.js';
import { ElementEvent, NearbySelectEvent, PhotoStoryErrorEvent, PhotoStoryLoadEvent } from '../src/events.js';
import { echo, requestCount, seedEntry, stubFetch } from './support/fixtures.js';
import { part, settled, textOf } from './support/story.js';

describe('<photo-story>', () => {
  describe('with every field of the native format', () => {
    let el: PhotoStory;
    beforeEach(async () => {
      el = await settled(await fixture(html`<photo-story src=${echo(seedEntry)}></photo-story>`));
    });

    it('shows every field in the reading order of the seed page', async () => {
      const root = el.shadowRoot!;
      const order = ['title', 'meta', 'image', 'caption', 'headline', 'story', 'series', 'byline'].map((name) =>
        part(el, name),
      );
      order.forEach((node, i) => {
        expect(node, `part ${i}`).to.exist;
        if (i) expect(order[i - 1]!.compareDocumentPosition(node!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      });
      expect(textOf(el, 'title')).to.equal("Leon Trotsky's arrival in Mexico");
      expect(textOf(el, 'meta')).to.equal('1939 · Mexico City');
      expect(textOf(el, 'headline')).to.equal('Why is Stalin in the Kremlin and I in exile?');
      expect([...part(el, 'story')!.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(seedEntry.story);
      expect(textOf(el, 'caption')).to.equal(
        'Leon Trotsky and Natalya Sedova arrive in Mexico, January 1937. Photo: Unknown photographer · Courtesy of the Old Photos archive · Public domain',
      );
      expect(textOf(el, 'series')).to.equal(
        'Previously in Old Photos: Heavy and Slow, Uncle Joe Next in Old Photos: Frida Kahlo in a Men’s Suit',
      );
      expect(textOf(el, 'byline')).to.equal('Contributed by OldPik on January 6, 2025');
      const links = Object.fromEntries([...root.querySelectorAll('a')].map((a) => [a.textContent!.trim(), a.href]));
      expect(links).to.deep.equal({
        "Leon Trotsky's arrival in Mexico": seedEntry.url,
        'Public domain': seedEntry.rights.url,
        'Old Photos': seedEntry.series.url + '',
        'Heavy and Slow, Uncle Joe': seedEntry.previous.url,
        'Frida Kahlo in a Men’s Suit': seedEntry.next.url,
        OldPik: seedEntry.contributor.url,
      });
      await expect(el).to.be.accessible();
    });

    it('shows the photo in a figure with alt, size and a URL resolved against the JSON document', () => {
      const img = part(el, 'image') as HTMLImageElement;
      expect(img.closest('figure')).to.exist;
      expect(img.alt).to.equal(seedEntry.image.alt);
      expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['1200', '800']);
      expect(img.src).to.equal(new URL('/api/img/trotsky.jpg', location.href).href);
    });

    it('titles the story with a level-2 heading by default', () => {
      const title = part(el, 'title')!;
      expect([title.getAttribute('role'), title.getAttribute('aria-level')]).to.deep.equal(['heading', '2']);
      expect(el.getAttribute('aria-busy')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[aria-busy]')!.getAttribute('aria-busy')).to.equal('false');
    });
  });

  it('takes the heading level from heading-level, clamped to 1–6', async () => {
    const el = await fixture<PhotoStory>(html`<photo-story heading-level="3" .entry=${seedEntry}></photo-story>`);
    await settled(el);
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('3');
    el.headingLevel = 9;
    await el.updateComplete;
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('6');
  });

  it('gives each event a class of its own: instanceof tells them apart, and the detail is typed', async () => {
    const seen: Event[] = [];
    const keep = (event: Event) => seen.push(event);
    await settled(await fixture(html`<photo-story @photo-story-load=${keep} @photo-story-error=${keep} .entry=${seedEntry}></photo-story>`));
    await settled(await fixture(html`<photo-story @photo-story-load=${keep} @photo-story-error=${keep} .entry=${'not an entry'}></photo-story>`));
    const [loaded, failed] = seen;
    expect([loaded instanceof PhotoStoryLoadEvent, loaded instanceof PhotoStoryErrorEvent, loaded instanceof ElementEvent]).to.deep.equal([true, false, true]);
    expect([failed instanceof PhotoStoryErrorEvent, failed instanceof NearbySelectEvent]).to.deep.equal([true, false]);
    if (loaded instanceof PhotoStoryLoadEvent) expect(loaded.detail.entry.title).to.equal(seedEntry.title);
    if (failed instanceof PhotoStoryErrorEvent) expect(failed.detail.reason).to.equal('shape');
  });

  it('shows an entry set from script, resolving its URLs against the page, and fires photo-story-load', async () => {
    const el = document.createElement('photo-story');
    const loaded = oneEvent(el, 'photo-story-load');
    el.entry = { title: 'From script', image: { src: 'local.jpg', width: 10, height: 10 } };
    document.body.append(el);
    const event = await loaded;
    expect(event.detail.entry.title).to.equal('From script');
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect((part(el, 'image') as HTMLImageElement).src).to.equal(new URL('local.jpg', document.baseURI).href);
    expect(el.shown?.title).to.equal('From script');
    el.remove();
  });

  it('says "Untitled" for an entry without a title, and leaves out what is missing', async () => {
    const el = await settled(await fixture(html`<photo-story .entry=${{ story: 'Only a story.' }}></photo-story>`));
    expect(textOf(el, 'title')).to.equal('Untitled');
    expect(part(el, 'title')!.querySelector('a')).to.equal(null);
    for (const name of ['meta', 'figure', 'headline', 'series', 'byline', 'caption']) expect(part(el, name), name).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reserves space and says it is busy while loading, and is accessible', async () => {
    const el = await fixture<PhotoStory>(
      html`<photo-story style="width: 600px" .fetch=${stubFetch(seedEntry, 60_000)} src="https://a.example/slow.json"></photo-story>`,
    );
    expect(el.shadowRoot!.querySelector('[aria-busy]')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'skeleton')).to.exist;
    expect(el.getBoundingClientRect().height).to.be.above(400);
    await expect(el).to.be.accessible();
  });

  describe('when loading fails', () => {
    const cases: [string, () => string | [string, PhotoStory['fetch']], string, number][] = [
      ['404', () => echo('{}', { status: 404 }), 'This photo story could not be found.', 404],
      ['500', () => echo('{}', { status: 500, failTimes: 9 }), 'The archive answered with an error (500).', 500],
      ['not JSON', () => echo('<html>', { type: 'text/html' }), 'The archive sent something that is not a photo story.', 0],
      ['the wrong shape', () => echo(['a', 'list']), 'The archive sent something that is not a photo story.', 0],
      ['an empty object', () => echo({ id: 7 }), 'The archive sent something that is not a photo story.', 0],
      [
        'the network',
        () => ['https://a.example/x.json', () => Promise.reject(new TypeError('Failed to fetch'))],
        'Couldn’t reach the archive.',
        0,
      ],
    ];
    for (const [name, source, message, status] of cases) {
      it(`tells the reader in one sentence when ${name} fails, with a retry`, async () => {
        const [src, fetcher] = ([] as unknown[]).concat(source()) as [string, PhotoStory['fetch']];
        const el = document.createElement('photo-story');
        const failed = oneEvent(el, 'photo-story-error');
        Object.assign(el, { src, fetch: fetcher });
        document.body.append(el);
        const event = await failed;
        expect(event.detail.message).to.equal(message);
        expect(event.detail.status).to.equal(status);
        await settled(el);
        expect(textOf(el, 'status')).to.equal(`${message} Try again`);
        // The live region holds the sentence alone: Try again is beside it, not read out with it.
        expect(part(el, 'status')!.querySelector('[role=status]')!.textContent).to.equal(message);
        expect(textOf(el, 'retry')).to.equal('Try again');
        await expect(el).to.be.accessible();
        el.remove();
      }).timeout(8000);
    }

    it('loads again on Retry and moves focus to the title', async () => {
      let calls = 0;
      const ok = stubFetch(seedEntry);
      const fetcher = (url: string, init: RequestInit) =>
        ++calls == 1 ? Promise.resolve(new Response('nope', { status: 404 })) : ok(url, init);
      const el = await settled(
        await fixture<PhotoStory>(html`<photo-story .fetch=${fetcher} src="https://a.example/retry.json"></photo-story>`),
      );
      part(el, 'retry')!.click();
      await waitUntil(() => part(el, 'title'));
      await el.updateComplete;
      expect(textOf(el, 'status')).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'title'));
    });

    it('keeps focus on Try again while it tries and when it fails again, and says the same error once', async () => {
      let calls = 0;
      const fetcher = () => (calls++, aTimeout(150).then(() => new Response('nope', { status: 404 })));
      const el = await settled(
        await fixture<PhotoStory>(html`<photo-story .fetch=${fetcher} src="https://a.example/gone.json"></photo-story>`),
      );
      const region = part(el, 'status')!.querySelector('[role=status]')!;
      const changes: string[] = [];
      new MutationObserver(() => changes.push(region.textContent!)).observe(region, { childList: true, subtree: true, characterData: true });
      const retry = part(el, 'retry')!;
      retry.focus();
      const failed = oneEvent(el, 'photo-story-error');
      retry.click();
      await aTimeout(50);
      expect(el.shadowRoot!.activeElement, 'while trying').to.equal(retry);
      await failed;
      await el.updateComplete;
      expect(calls).to.equal(2);
      expect(el.shadowRoot!.activeElement, 'failed again').to.equal(part(el, 'retry'));
      expect(textOf(el, 'status')).to.equal('This photo story could not be found. Try again');
      expect(changes, 'the live region never emptied and refilled').to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('says a new error once when a new address fails, and nothing when it fails the same way', async () => {
      const el = await settled(await fixture<PhotoStory>(html`<photo-story src=${echo('{}', { status: 404 })}></photo-story>`));
      const region = part(el, 'status')!.querySelector('[role=status]')!;
      const changes: string[] = [];
      new MutationObserver(() => changes.push(region.textContent!)).observe(region, { childList: true, subtree: true, characterData: true });
      for (const key of ['a', 'b', 'c']) {
        const failed = oneEvent(el, 'photo-story-error');
        el.src = echo('{}', { status: 404, key });
        await failed;
        await el.updateComplete;
      }
      expect(changes, 'three addresses that are not there: nothing new to say').to.deep.equal([]);
      const failed = oneEvent(el, 'photo-story-error');
      el.src = echo('{}', { status: 403, key: 'd' });
      await failed;
      await el.updateComplete;
      expect(region.textContent).to.equal('The archive answered with an error (403).');
      expect(new Set(changes).size, 'one new sentence').to.equal(1);
    });
  });

  describe('the language of its parts', () => {
    it('marks the record’s words with the record’s language on a page in another — title, headline, story, alt, caption — and the interface’s not', async () => {
      const wrapper = await fixture(html`<div lang="ru"><photo-story .entry=${{ ...seedEntry, lang: 'en' }}></photo-story></div>`);
      const el = await settled(wrapper.querySelector<PhotoStory>('photo-story')!);
      const langOf = (node: Element) => node.closest('[lang]')?.getAttribute('lang') ?? 'the page’s';
      for (const name of ['title', 'headline', 'story', 'image']) expect(langOf(part(el, name)!), name).to.equal('en');
      const caption = part(el, 'caption')!;
      const [text, credits] = caption.children;
      expect([text.textContent, langOf(text)], 'the caption').to.deep.equal([seedEntry.image.caption, 'en']);
      expect(langOf(credits), 'the credits, in the interface’s words ("Photo: …")').to.equal('the page’s');
      for (const name of ['zoom', 'byline']) expect(langOf(part(el, name)!), name).to.equal('the page’s');
      await expect(el).to.be.accessible();
    });

    it('isolates names and titles from data inside its sentences, so their punctuation stays in place', async () => {
      const wrapper = await fixture(html`<div lang="ar"><photo-story .entry=${{ ...seedEntry, contributor: 'OldPik (2025)!' }}></photo-story></div>`);
      const el = await settled(wrapper.querySelector<PhotoStory>('photo-story')!);
      const isolatedIn = (name: string) => [...part(el, name)!.querySelectorAll('bdi')].map((bdi) => bdi.textContent!.trim());
      expect(isolatedIn('byline')).to.deep.equal(['OldPik (2025)!']);
      expect(isolatedIn('caption')).to.deep.equal(['Unknown photographer', 'Public domain']);
      expect(isolatedIn('series')).to.deep.equal(['Old Photos', seedEntry.previous.title, 'Old Photos', seedEntry.next.title]);
      expect(getComputedStyle(part(el, 'title')!).direction, 'the English title, in its own direction').to.equal('ltr');
      await expect(el).to.be.accessible();
    });
  });

  describe('fallback content', () => {
    it('is not made of blank text and comments: those leave the skeleton in place', async () => {
      const el = await fixture<PhotoStory>(html`<photo-story .fetch=${stubFetch(seedEntry, 60_000)} src="https://a.example/c.json">
        <!-- a CMS comment --> ${''}
      </photo-story>`);
      expect(part(el, 'skeleton')).to.exist;
    });

    it('shows the author’s children while loading, hides them once the story shows, without removing them', async () => {
      const el = await fixture<PhotoStory>(html`<photo-story .fetch=${stubFetch(seedEntry, 200)} src="https://a.example/fb.json">
        <a href="https://archive.example.org/photos/42">Leon Trotsky's arrival in Mexico</a>
      </photo-story>`);
      const fallback = el.querySelector('a')!;
      expect(fallback.assignedSlot, 'shown while loading').to.exist;
      expect(part(el, 'skeleton'), 'no skeleton over the author’s fallback').to.equal(null);
      await settled(el);
      expect(fallback.isConnected).to.equal(true);
      expect(fallback.assignedSlot, 'hidden once loaded').to.equal(null);
      expect(fallback.getClientRects().length).to.equal(0);
    });

    it('shows them again when loading fails', async () => {
      const el = await fixture<PhotoStory>(html`<photo-story src=${echo('{}', { status: 404 })}>
        <a href="https://archive.example.org/photos/42">Leon Trotsky's arrival in Mexico</a>
      </photo-story>`);
      await settled(el);
      expect(el.querySelector('a')!.getClientRects().length).to.be.above(0);
      await expect(el).to.be.accessible();
    });
  });

  it('never shows an older answer over a newer one', async () => {
    const fetcher = stubFetch((url: string) => ({ title: url.includes('old') ? 'Old' : 'New' }));
    let answerOld = () => {};
    const old = new Promise<void>((resolve) => (answerOld = resolve));
    let oldAnswered: Promise<unknown> = Promise.resolve();
    // The old answer comes only once the new one is shown.
    const slow = (url: string, init: RequestInit) =>
      url.includes('old') ? (oldAnswered = old.then(() => fetcher(url, init))) : fetcher(url, init);
    const el = await fixture<PhotoStory>(html`<photo-story .fetch=${slow} src="https://a.example/old.json"></photo-story>`);
    el.src = 'https://a.example/new.json';
    await settled(el);
    expect(textOf(el, 'title')).to.equal('New');
    answerOld();
    await oldAnswered;
    // Reading it takes microtasks only (no HTML, no IIIF): they are over by the next task.
    await aTimeout(0);
    await el.updateComplete;
    expect(fetcher.calls, 'the old answer came').to.include('https://a.example/old.json');
    expect(textOf(el, 'title')).to.equal('New');
  });

  it('makes one request for many elements showing the same URL, and keeps it while any still listens', async () => {
    const src = echo(seedEntry, { delay: 200 });
    const box = await fixture<HTMLElement>(html`<div>
      ${[1, 2, 3, 4, 5].map(() => html`<photo-story src=${src}></photo-story>`)}
    </div>`);
    const stories = [...box.querySelectorAll('photo-story')];
    stories[0].remove();
    stories[1].remove();
    await Promise.all(stories.slice(2).map(settled));
    for (const el of stories.slice(2)) expect(textOf(el, 'title')).to.equal(seedEntry.title);
    expect(await requestCount(src)).to.equal(1);
  });

  it('keeps loading when moved to another place in the page: one request', async () => {
    const fetcher = stubFetch(seedEntry, 100);
    const el = await fixture<PhotoStory>(html`<photo-story .fetch=${fetcher} src="https://a.example/m.json"></photo-story>`);
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await settled(el);
    expect(textOf(el, 'title')).to.equal(seedEntry.title);
    expect(fetcher.calls.length, 'the request went on').to.equal(1);
    elsewhere.remove();
  });

  it('falls back to src when .entry is cleared', async () => {
    const el = await fixture<PhotoStory>(html`<photo-story .entry=${{ title: 'Set' }} src=${echo({ title: 'From src' })}></photo-story>`);
    await settled(el);
    el.entry = null;
    await waitUntil(() => textOf(el, 'title') == 'From src');
  });

  it('stops loading when removed and resumes when put back', async () => {
    const fetcher = stubFetch(seedEntry, 150);
    const el = await fixture<PhotoStory>(html`<photo-story .fetch=${fetcher} src="https://a.example/moved.json"></photo-story>`);
    const parent = el.parentElement!;
    el.remove();
    // Out of the page once the task is over: the request is dropped.
    await Promise.all(fetcher.answers);
    parent.append(el);
    await settled(el);
    expect(textOf(el, 'title')).to.equal(seedEntry.title);
    expect(fetcher.calls.length).to.equal(2);
  });

  it('shows a date-only publication date on its own day to a reader west of UTC', async () => {
    await executeServerCommand('emulate-timezone', { timezone: 'America/Mexico_City' });
    try {
      expect(new Date('2025-01-06').getDate(), 'the zone really is west of UTC').to.equal(5);
      const el = await settled(await fixture<PhotoStory>(html`<photo-story .entry=${seedEntry}></photo-story>`));
      expect(textOf(el, 'byline')).to.equal('Contributed by OldPik on January 6, 2025');
    } finally {
      await executeServerCommand('emulate-timezone', { timezone: 'UTC' });
    }
  });

  it('formats the contribution date in the language of the nearest lang, across shadow roots', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="es"></div>`);
    const inner = host.attachShadow({ mode: 'open' });
    const el = document.createElement('photo-story');
    el.entry = seedEntry;
    inner.append(el);
    await settled(el);
    expect(textOf(el, 'byline')).to.contain('6 de enero de 2025');
  });

  it('builds a srcset from a IIIF image service, and passes loading, fetchpriority and sizes to the photo', async () => {
    const entry = { title: 'IIIF', image: { iiif: 'https://iiif.example.org/iiif/3/abc', width: 2000, height: 1500 } };
    const el = await fixture<PhotoStory>(
      html`<photo-story .entry=${entry} loading="lazy" fetchpriority="high" sizes="40rem"></photo-story>`,
    );
    await settled(el);
    const img = part(el, 'image') as HTMLImageElement;
    expect(img.getAttribute('srcset')).to.contain('https://iiif.example.org/iiif/3/abc/full/800,/0/default.jpg 800w');
    expect(img.getAttribute('srcset')).to.contain('/full/2000,/0/default.jpg 2000w');
    expect([img.loading, img.getAttribute('fetchpriority'), img.sizes]).to.deep.equal(['lazy', 'high', '40rem']);
  });

  it('never stretches the photo past its real size, and fits a narrow column', async () => {
    const small = echo('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"/>', { type: 'image/svg+xml' });
    const entry = { title: 'Small', image: { src: small, width: 300, height: 200 } };
    const wide = await fixture<PhotoStory>(html`<photo-story style="width: 1000px" .entry=${entry}></photo-story>`);
    await settled(wide);
    expect(part(wide, 'image')!.getBoundingClientRect().width).to.equal(300);
    const narrow = await fixture<PhotoStory>(html`<photo-story style="width: 150px" .entry=${entry}></photo-story>`);
    await settled(narrow);
    const box = part(narrow, 'image')!.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([150, 100]);
  });
});
