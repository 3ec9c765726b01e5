import { ContextConsumer, ContextProvider } from '@lit/context';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { entryContext, type Entry } from '../src/index.js';
import type { CommentThread, NearbyPhotos, PhotoStory } from '../src/index.js';
import { echo, requestCount, seedEntry, stubFetch } from './support/fixtures.js';
import { listSettled, nearbyItem, visibleText } from './support/lists.js';
import { part, settled, textOf } from './support/story.js';

const comments = { comments: [{ id: 'c1', author: { name: 'Marta' }, text: 'Seen from the other side of the quay.' }] };

/** The seed entry, linking a nearby list and a comment list served by the test server. */
const linked = () => ({
  ...seedEntry,
  nearby: echo({ items: [nearbyItem(1), nearbyItem(2)] }),
  comments: echo(comments),
  login: '/login?next={return}',
});

const section = <T extends Element>(el: PhotoStory, tag: string) => el.shadowRoot!.querySelector<T & HTMLElement>(tag);

describe('one <photo-story> with the whole seed page', () => {
  it('shows the story, then its comments with the sign-in prompt, then its nearby photos', async () => {
    const entry = linked();
    const el = await settled(await fixture<PhotoStory>(html`<photo-story src=${echo(entry)}></photo-story>`));
    const thread = await listSettled(section<CommentThread>(el, 'comment-thread')!);
    const nearby = await listSettled(section<NearbyPhotos>(el, 'nearby-photos')!);
    expect(part(el, 'byline')!.compareDocumentPosition(thread) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect(thread.compareDocumentPosition(nearby) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect(visibleText(thread.shadowRoot!.querySelector('article p'))).to.equal('Seen from the other side of the quay.');
    expect(nearby.shadowRoot!.querySelectorAll('[part=item]').length).to.equal(2);
    expect(thread.shadowRoot!.querySelector('[part=heading]')!.getAttribute('aria-level'), 'one level below the title').to.equal('3');
    const gate = thread.shadowRoot!.querySelector('login-gate')!;
    gate.addEventListener('login-request', (event) => event.preventDefault());
    const request = oneEvent(gate, 'login-request');
    gate.shadowRoot!.querySelector<HTMLButtonElement>('[part=login]')!.click();
    expect((await request).detail.url, 'the entry’s login page').to.equal(
      new URL(`/login?next=${encodeURIComponent(location.href)}`, location.href).href,
    );
    await expect(el).to.be.accessible();
  });

  it('leaves out the sections that `hide` names, and those the entry does not link', async () => {
    const el = await settled(await fixture<PhotoStory>(html`<photo-story hide="nearby comments" .entry=${linked()}></photo-story>`));
    expect([section(el, 'comment-thread'), section(el, 'nearby-photos')]).to.deep.equal([null, null]);
    const plain = await settled(await fixture<PhotoStory>(html`<photo-story .entry=${seedEntry}></photo-story>`));
    expect([section(plain, 'comment-thread'), section(plain, 'nearby-photos')]).to.deep.equal([null, null]);
  });

  it('lets the page put its own elements in the `comments` and `nearby` slots; they get the entry’s lists', async () => {
    const entry = linked();
    const el = await fixture<PhotoStory>(html`<photo-story .entry=${entry}>
      <comment-thread slot="comments" heading-level="3"></comment-thread>
      <nearby-photos slot="nearby" layout="strip"></nearby-photos>
      <p>Fallback</p>
    </photo-story>`);
    await settled(el);
    const thread = await listSettled(el.querySelector('comment-thread')!);
    const nearby = await listSettled(el.querySelector('nearby-photos')!);
    expect(thread.assignedSlot!.name).to.equal('comments');
    expect(visibleText(thread.shadowRoot!.querySelector('article p'))).to.equal('Seen from the other side of the quay.');
    expect(nearby.shadowRoot!.querySelectorAll('[part=item]').length).to.equal(2);
    expect(await requestCount(entry.comments), 'the built-in thread, unseen, fetched nothing').to.equal(1);
    expect(el.querySelector('p')!.assignedSlot, 'fallback hidden once loaded').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('puts the library’s lists placed inside in their slots, even without slot=', async () => {
    const el = await fixture<PhotoStory>(html`<photo-story .entry=${linked()}>
      <comment-thread heading-level="3"></comment-thread>
    </photo-story>`);
    await settled(el);
    const thread = await listSettled(el.querySelector('comment-thread')!);
    expect(thread.slot).to.equal('comments');
    expect(thread.shadowRoot!.querySelectorAll('article').length).to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('comment-thread').length, 'no built-in thread shown beside it').to.equal(1);
    expect(section(el, 'comment-thread')!.getClientRects().length).to.equal(0);
  });

  it('keeps its loading shape when the only children are its own sections', async () => {
    const el = await fixture<PhotoStory>(html`<photo-story .fetch=${stubFetch(seedEntry, 60_000)} src="https://a.example/slow.json">
      <comment-thread slot="comments"></comment-thread>
    </photo-story>`);
    expect(part(el, 'skeleton')).to.exist;
  });

  it('shows nothing of a slotted section whose entry links no such list, nor of the previous entry’s', async () => {
    const el = await fixture<PhotoStory>(html`<photo-story .entry=${linked()}>
      <comment-thread slot="comments" heading-level="3"></comment-thread>
    </photo-story>`);
    await settled(el);
    const thread = await listSettled(el.querySelector('comment-thread')!);
    expect(thread.shadowRoot!.querySelectorAll('article').length).to.equal(1);
    el.entry = { title: 'No lists here' };
    await waitUntil(() => textOf(el, 'title') == 'No lists here');
    await thread.updateComplete;
    expect(thread.shadowRoot!.querySelector('article, .skeleton, [part=heading]')).to.equal(null);
    expect(thread.getBoundingClientRect().height).to.equal(0);
  });

  it('reads a nearby list given inline in the entry', async () => {
    const el = await settled(
      await fixture<PhotoStory>(html`<photo-story .entry=${{ ...seedEntry, nearby: [nearbyItem(5)] }}></photo-story>`),
    );
    const nearby = await listSettled(section<NearbyPhotos>(el, 'nearby-photos')!);
    expect(visibleText(nearby.shadowRoot!.querySelector('[part=item-title]'))).to.equal('Nearby 5');
  });

  it('swaps the story in place when the page cancels nearby-select, and moves focus to the new title', async () => {
    const other = { title: 'Mujeres zapatistas', story: 'Another story.' };
    const fetcher = stubFetch((url: string) => (url.includes('n1.json') ? other : { ...seedEntry, nearby: [nearbyItem(1)] }));
    const el = await fixture<PhotoStory>(html`<photo-story .fetch=${fetcher} src="https://a.example/seed.json"></photo-story>`);
    await settled(el);
    el.addEventListener('nearby-select', (event) => event.preventDefault());
    const nearby = await listSettled(section<NearbyPhotos>(el, 'nearby-photos')!);
    nearby.shadowRoot!.querySelector<HTMLElement>('[part=item]')!.click();
    await waitUntil(() => textOf(el, 'title') == 'Mujeres zapatistas');
    expect(el.src).to.equal('https://archive.example.org/api/photos/n1.json');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'title'));
    expect(section(el, 'nearby-photos'), 'the new entry links no nearby list').to.equal(null);
  });

  it('speaks the context protocol of `@lit/context`: the page’s consumers follow the entry, a provider inside wins', async () => {
    class EntryTitle extends LitElement {
      titles: (string | undefined)[] = [];
      consumer = new ContextConsumer(this, { context: entryContext, subscribe: true, callback: (entry) => this.titles.push(entry?.title) });
    }
    customElements.define('entry-title-test', EntryTitle);
    const el = await settled(
      await fixture<PhotoStory>(
        html`<photo-story .entry=${{ title: 'One' }}><entry-between-test><entry-title-test></entry-title-test></entry-between-test></photo-story>`,
      ),
    );
    const consumer = el.querySelector<EntryTitle>('entry-title-test')!;
    expect(consumer.titles, 'nothing, then the entry').to.deep.equal([undefined, 'One']);
    el.entry = { title: 'Two' };
    await waitUntil(() => consumer.titles.length == 3);
    expect(consumer.titles).to.deep.equal([undefined, 'One', 'Two']);
    // The page's own provider between them comes to life: the consumer follows it, no longer the story.
    class Between extends LitElement {
      provider = new ContextProvider(this, { context: entryContext, initialValue: { title: 'Between', story: [] } as Entry });
      // Its children show as they are.
      override createRenderRoot() {
        return this;
      }
    }
    customElements.define('entry-between-test', Between);
    expect(consumer.titles.at(-1)).to.equal('Between');
    el.entry = { title: 'Three' };
    await waitUntil(() => textOf(el, 'title') == 'Three');
    expect(consumer.titles.at(-1)).to.equal('Between');
    // And the library's lists follow the page's own provider.
    const page = await fixture<Between>(html`<entry-between-test><nearby-photos></nearby-photos></entry-between-test>`);
    page.provider.setValue({ title: 'Later', story: [], nearby: { json: [nearbyItem(7)], url: location.href } });
    const nearby = page.querySelector('nearby-photos')!;
    await waitUntil(() => visibleText(nearby.shadowRoot!.querySelector('[part=item-title]')) == 'Nearby 7');
  });
});
