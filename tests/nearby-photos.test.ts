import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import type { NearbyPhotos } from '../src/index.js';
import { echo, requestCount } from './support/fixtures.js';
import { liveScript, payloadsHadTheirChance } from './support/hostile.js';
import { all, listSettled, nearbyItem, visibleText } from './support/lists.js';

const list = (count: number, extra: Record<string, unknown> = {}) => ({
  items: Array.from({ length: count }, (_, i) => nearbyItem(i + 1)),
  ...extra,
});

describe('<nearby-photos>', () => {
  it('shows "Nearby photos" with thumbnail, title, date and contributor, each a real link', async () => {
    const el = await listSettled(await fixture<NearbyPhotos>(html`<nearby-photos src=${echo(list(3))}></nearby-photos>`));
    expect(visibleText(el.shadowRoot!.querySelector('[part=heading]'))).to.equal('Nearby photos');
    expect(el.shadowRoot!.querySelector('[part=heading]')!.getAttribute('aria-level')).to.equal('2');
    const links = all<HTMLAnchorElement>(el, '[part=item]');
    expect(links.map((a) => a.href)).to.deep.equal([1, 2, 3].map((n) => `https://archive.example.org/photos/n${n}`));
    expect(visibleText(links[0])).to.equal('Nearby 1 c. 1911 · OldPik');
    const img = links[0].querySelector('img')!;
    expect([img.getAttribute('src'), img.alt, img.getAttribute('width'), img.loading]).to.deep.equal([
      'https://archive.example.org/img/n1.jpg',
      '',
      '320',
      'lazy',
    ]);
    await expect(el).to.be.accessible();
  });

  it('gives a title its own language where the record says, and only a valid one', async () => {
    const items = [nearbyItem(1, { title: 'Mujeres zapatistas', lang: 'es' }), nearbyItem(2, { lang: 'not a tag!' })];
    const el = await listSettled(await fixture<NearbyPhotos>(html`<nearby-photos .items=${items}></nearby-photos>`));
    expect(all(el, '[part=item-title]').map((t) => t.getAttribute('lang'))).to.deep.equal(['es', null]);
  });

  it('loads only when it nears the viewport', async () => {
    const src = echo(list(2));
    const box = await fixture<HTMLElement>(html`<div><div style="height: 4000px"></div><nearby-photos src=${src}></nearby-photos></div>`);
    const el = box.querySelector('nearby-photos')!;
    // The viewport is watched from the next frame on: two frames give it its chance to say "near".
    await nextFrame();
    await nextFrame();
    await el.updateComplete;
    expect(await requestCount(src), 'nothing fetched far below the viewport').to.equal(0);
    expect(el.shadowRoot!.querySelector('.skeleton'), 'its space is held').to.exist;
    el.scrollIntoView();
    await listSettled(el);
    expect(await requestCount(src)).to.equal(1);
  });

  it('holds its space while loading, and is accessible then', async () => {
    const never = () => new Promise<Response>(() => {});
    const el = await fixture<NearbyPhotos>(html`<nearby-photos .fetch=${never} src="https://a.example/n.json"></nearby-photos>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.skeleton'));
    expect(el.getBoundingClientRect().height).to.be.above(60);
    await expect(el).to.be.accessible();
  });

  it('scrolls sideways as a strip, by keyboard too', async () => {
    const el = await listSettled(
      await fixture<NearbyPhotos>(html`<nearby-photos style="width: 300px" layout="strip" .items=${list(6)}></nearby-photos>`),
    );
    const strip = el.shadowRoot!.querySelector<HTMLElement>('[part=list]')!;
    expect(strip.scrollWidth).to.be.above(strip.clientWidth);
    expect([strip.tabIndex, strip.getAttribute('aria-label')]).to.deep.equal([0, 'Nearby photos']);
    await expect(el).to.be.accessible();
  });

  it('shows `limit` items, more on request — loaded ones first, then the next page — with focus on the first new one', async () => {
    const page2 = echo({ items: [nearbyItem(9)] });
    const el = await listSettled(
      await fixture<NearbyPhotos>(html`<nearby-photos limit="2" src=${echo(list(3, { next: page2 }))}></nearby-photos>`),
    );
    const titles = () => all(el, '[part=item-title]').map((t) => t.textContent);
    expect(titles()).to.deep.equal(['Nearby 1', 'Nearby 2']);
    all(el, '[part=more]')[0].click();
    await waitUntil(() => titles().length == 3);
    expect(el.shadowRoot!.activeElement).to.equal(all(el, '[part=item]')[2]);
    all(el, '[part=more]')[0].click();
    await waitUntil(() => titles().length == 4);
    expect(titles()[3]).to.equal('Nearby 9');
    expect(el.shadowRoot!.activeElement).to.equal(all(el, '[part=item]')[3]);
    expect(all(el, '[part=more]').length, 'nothing more to show').to.equal(0);
  });

  it('shows 12 at a time when limit is not a count, and whole items for a fraction', async () => {
    const el = await listSettled(await fixture<NearbyPhotos>(html`<nearby-photos limit="" .items=${list(20)}></nearby-photos>`));
    expect(all(el, '[part=item]').length).to.equal(12);
    const half = await listSettled(await fixture<NearbyPhotos>(html`<nearby-photos limit="1.5" .items=${list(5)}></nearby-photos>`));
    expect(all(half, '[part=item]').length).to.equal(2);
    all(half, '[part=more]')[0].click();
    await waitUntil(() => all(half, '[part=item]').length == 4);
    expect(half.shadowRoot!.activeElement == all(half, '[part=item]')[2], 'focus on the first new one').to.equal(true);
  });

  it('says so when the next page fails, and keeps what it has', async () => {
    const el = await listSettled(
      await fixture<NearbyPhotos>(html`<nearby-photos limit="1" .items=${list(1, { next: echo('{}', { status: 404 }) })}></nearby-photos>`),
    );
    all(el, '[part=more]')[0].click();
    await waitUntil(() => el.shadowRoot!.textContent!.includes('could not be loaded'));
    expect(all(el, '[part=item]').length).to.equal(1);
    expect(all(el, '[part=more]').length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('fires a cancelable nearby-select; cancelling it keeps the reader on the page', async () => {
    const item = nearbyItem(1, { url: `${location.href.split('#')[0]}#nearby-1` });
    const el = await listSettled(await fixture<NearbyPhotos>(html`<nearby-photos .items=${[item]}></nearby-photos>`));
    const link = all(el, '[part=item]')[0];
    el.addEventListener('nearby-select', (event) => event.preventDefault(), { once: true });
    const selected = oneEvent(el, 'nearby-select');
    link.click();
    const event = await selected;
    expect([event.detail.item.title, event.cancelable, event.composed]).to.deep.equal(['Nearby 1', true, true]);
    expect(location.hash).to.equal('');
    link.click();
    expect(location.hash, 'not cancelled: the link is followed').to.equal('#nearby-1');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('makes an item with an entry but no page a button that keyboards can pick', async () => {
    const item = nearbyItem(1, { url: undefined });
    const el = await listSettled(await fixture<NearbyPhotos>(html`<nearby-photos .items=${[item]}></nearby-photos>`));
    const button = all(el, '[part=item]')[0];
    expect([button.getAttribute('role'), button.tabIndex, button.hasAttribute('href')]).to.deep.equal(['button', 0, false]);
    const selected = oneEvent(el, 'nearby-select');
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect((await selected).detail.item.src).to.equal(item.src);
    await expect(el).to.be.accessible();
  });

  it('shows nothing at all for an empty list', async () => {
    const el = await fixture<NearbyPhotos>(html`<nearby-photos .items=${[]}></nearby-photos>`);
    await waitUntil(() => !el.shadowRoot!.querySelector('.skeleton'));
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('tells the reader when the list cannot be loaded, with a retry', async () => {
    const el = await listSettled(await fixture<NearbyPhotos>(html`<nearby-photos src=${echo('{}', { status: 404 })}></nearby-photos>`));
    expect(visibleText(el.shadowRoot!.querySelector('[part=status]'))).to.equal('Nearby photos could not be loaded. Try again');
    await expect(el).to.be.accessible();
    const shape = await listSettled(await fixture<NearbyPhotos>(html`<nearby-photos src=${echo({ items: 'none' })}></nearby-photos>`));
    expect(visibleText(shape.shadowRoot!.querySelector('[part=status]'))).to.contain('could not be loaded');
  });

  it('shows hostile items as text: nothing runs, nothing becomes a live link', async () => {
    const items = [
      { title: '<img src=x onerror="window.pwned=1">Pirámide', url: 'javascript:window.pwned=2', thumbnail: 'javascript:x' },
      { title: 'Plain', url: 'data:text/html,<script>window.pwned=3</script>', date: '<b>1900</b>' },
      { title: '', url: 'https://archive.example.org/no-title' },
      'not an item',
      null,
    ];
    const el = await listSettled(await fixture<NearbyPhotos>(html`<nearby-photos .items=${items}></nearby-photos>`));
    await payloadsHadTheirChance();
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
    expect(liveScript(el.shadowRoot!)).to.deep.equal([]);
    expect(all(el, '[part=item-title]').map((t) => t.textContent)).to.deep.equal(['Pirámide', 'Plain']);
    expect(all(el, '[part=item]').every((a) => !a.hasAttribute('href'))).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
