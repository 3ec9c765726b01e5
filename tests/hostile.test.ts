import { expect, fixture, html } from '@open-wc/testing';
import type { PhotoStory } from '../src/index.js';
import { echo } from './support/fixtures.js';
import { HTML_PAYLOADS, URL_PAYLOADS, hostileEntry, hostileListItems, liveScript, payloadsHadTheirChance } from './support/hostile.js';
import { listSettled } from './support/lists.js';
import { settled, textOf } from './support/story.js';

const win = window as unknown as { pwned?: number };

describe('hostile data', () => {
  afterEach(() => delete win.pwned);

  for (let n = 0; n < HTML_PAYLOADS.length; n++) {
    it(`runs nothing and links nothing from payload set ${n + 1}, and shows it as text`, async () => {
      const el = await fixture<PhotoStory>(html`<photo-story src=${echo(hostileEntry(n))}></photo-story>`);
      await settled(el);
      await payloadsHadTheirChance();
      expect(win.pwned).to.equal(undefined);
      expect(liveScript(el.shadowRoot!)).to.deep.equal([]);
      expect(textOf(el, 'title')).to.contain('text');
      expect(textOf(el, 'title')).not.to.match(/<\w/);
      await expect(el).to.be.accessible();
    });
  }

  for (let n = 0; n < Math.max(HTML_PAYLOADS.length, URL_PAYLOADS.length); n++) {
    it(`runs nothing from payload set ${n + 1} in every field of nearby items and comments`, async () => {
      const { nearby, comment } = hostileListItems(n);
      const el = await settled(
        await fixture<PhotoStory>(html`<photo-story
          .entry=${{ title: 'A story', nearby: [nearby, { ...nearby, title: 'Plain' }], comments: echo({ comments: [comment] }) }}
        ></photo-story>`),
      );
      const lists = [...el.shadowRoot!.querySelectorAll('nearby-photos, comment-thread')];
      expect(lists.map((list) => list.localName)).to.deep.equal(['comment-thread', 'nearby-photos']);
      for (const list of lists) await listSettled(list as HTMLElement & { updateComplete: Promise<unknown> });
      await payloadsHadTheirChance();
      expect(win.pwned).to.equal(undefined);
      for (const root of [el.shadowRoot!, ...lists.map((list) => list.shadowRoot!)]) expect(liveScript(root)).to.deep.equal([]);
      expect(lists[0].shadowRoot!.querySelectorAll('article').length, 'the comment and its reply, as text').to.equal(2);
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
