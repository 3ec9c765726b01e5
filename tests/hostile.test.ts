import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import type { PhotoStory } from '../src/index.js';
import { echo } from './support/fixtures.js';
import { HTML_PAYLOADS, hostileEntry, liveScript } from './support/hostile.js';
import { settled, textOf } from './support/story.js';

const win = window as unknown as { pwned?: number };

describe('hostile data', () => {
  afterEach(() => delete win.pwned);

  for (let n = 0; n < HTML_PAYLOADS.length; n++) {
    it(`runs nothing and links nothing from payload set ${n + 1}, and shows it as text`, async () => {
      const el = await fixture<PhotoStory>(html`<photo-story src=${echo(hostileEntry(n))}></photo-story>`);
      await settled(el);
      await aTimeout(100);
      expect(win.pwned).to.equal(undefined);
      expect(liveScript(el.shadowRoot!)).to.deep.equal([]);
      expect(textOf(el, 'title')).to.contain('text');
      expect(textOf(el, 'title')).not.to.match(/<\w/);
      await expect(el).to.be.accessible();
    });
  }

  it('survives wrong types in every field', async () => {
    for (const value of [null, true, 0, [], {}, [[]], { name: { name: 'deep' } }]) {
      const doc = Object.fromEntries(Object.keys(hostileEntry(0)).map((key) => [key, value]));
      const el = await fixture<PhotoStory>(html`<photo-story .entry=${{ ...doc, title: 'Still here' }}></photo-story>`);
      await settled(el);
      expect(textOf(el, 'title')).to.equal('Still here');
    }
  });
});
