import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys, setViewport } from '@web/test-runner-commands';
import type { PhotoStory } from '../src/index.js';
import { seedEntry } from './support/fixtures.js';
import { part, settled } from './support/story.js';

const photo = new URL('/demo/archive/img/leon-trotsky-arrival-mexico.svg', location.href).href;
const entry = {
  ...seedEntry,
  image: { ...seedEntry.image, src: photo, iiif: new URL('/iiif/leon', location.href).href, width: 2400, height: 1600 },
};

const dialogOf = (story: PhotoStory) => story.shadowRoot!.querySelector('dialog');
const opened = (story: PhotoStory) => waitUntil(() => dialogOf(story)?.open, 'the dialog never opened');
/** The element that has focus, inside shadow roots. */
const focused = () => {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
};

describe('the photo viewer', () => {
  let story: PhotoStory;
  beforeEach(async () => {
    story = await settled(await fixture<PhotoStory>(html`<photo-story .entry=${entry}></photo-story>`));
  });

  it('opens the photo large with its caption and credits, from the keyboard, and gives focus back on Escape', async () => {
    const zoom = part(story, 'zoom')!;
    // Named by what it does, so that "click Enlarge the photo" works by voice; the photo's alt describes it.
    const button = findAccessibilityNode<{ name: string; description?: string }>(
      await a11ySnapshot({}),
      (node) => node.role == 'button' && node.name == 'Enlarge the photo',
    );
    expect(button?.description).to.equal(entry.image.alt);
    expect(zoom.getAttribute('aria-haspopup')).to.equal('dialog');
    zoom.focus();
    await sendKeys({ press: 'Enter' });
    await opened(story);
    const dialog = dialogOf(story)!;
    const large = dialog.querySelector('img')!;
    expect(large.getAttribute('srcset'), 'every size the story offers').to.equal(part(story, 'image')!.getAttribute('srcset'));
    expect(large.getAttribute('sizes')).to.equal('100vw');
    expect(large.alt).to.equal(entry.image.alt);
    const caption = dialog.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ');
    expect(caption).to.contain(entry.image.caption).and.contain('Photo: Unknown photographer').and.contain('Public domain');
    expect(focused()?.getAttribute('part'), 'focus in the dialog').to.equal('close');
    expect(dialog.getAttribute('aria-label'), 'named by the photo’s title').to.equal(entry.title);
    await expect(story).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close it');
    expect(focused() == zoom, 'focus back on the photo').to.be.true;
    await expect(story).to.be.accessible();
  });

  it('fits any screen, 320 × 640 included: the photo, its caption and the Close button all within it', async () => {
    // A portrait photo and a landscape one, each as large as the screen allows.
    const portrait = { ...seedEntry, image: { src: new URL('/demo/archive/img/frida-kahlo-mens-suit.svg', location.href).href, width: 1600, height: 2200, caption: seedEntry.image.caption } };
    for (const [width, height, shown] of [[320, 640, entry], [320, 640, portrait], [640, 320, entry], [1280, 800, portrait]] as const) {
      await setViewport({ width, height });
      story.entry = { ...shown, image: { ...shown.image, iiif: undefined } };
      await story.updateComplete;
      await waitUntil(() => part(story, 'zoom') && part(story, 'image')!.getAttribute('src') == shown.image.src, 'the story shows the photo');
      try {
        part(story, 'zoom')!.click();
        await opened(story);
        const dialog = dialogOf(story)!;
        await waitUntil(() => dialog.querySelector('img')!.complete && dialog.querySelector('img')!.naturalWidth > 0, 'the photo');
        for (const element of [dialog, dialog.querySelector('[part=close]')!]) {
          const box = element.getBoundingClientRect();
          const name = `${element.localName} at ${width} × ${height}`;
          expect(box.left, name).to.be.at.least(0);
          expect(box.top, name).to.be.at.least(0);
          expect(box.right, name).to.be.at.most(width);
          expect(box.bottom, name).to.be.at.most(height);
        }
        await expect(story).to.be.accessible();
        dialog.close();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    }
  });

  it('closes with its Close button, or a click on the photo or beside it, but not on the caption', async () => {
    const zoom = part(story, 'zoom')!;
    for (const target of ['[part=close]', 'img', 'dialog']) {
      zoom.click();
      await opened(story);
      const dialog = dialogOf(story)!;
      dialog.querySelector('figcaption')!.click();
      expect(dialog.open, 'a click on the caption').to.be.true;
      (target == 'dialog' ? dialog : dialog.querySelector<HTMLElement>(target)!).click();
      await waitUntil(() => !dialog.open, `${target} did not close it`);
    }
    expect(story.shadowRoot!.querySelectorAll('dialog')).to.have.length(1);
  });

  it('opens once for a double activation, and gives focus back to the photo even when a click gave it none', async () => {
    const zoom = part(story, 'zoom')!;
    zoom.click();
    zoom.click();
    await opened(story);
    const dialog = dialogOf(story)!;
    (dialog.querySelector('[part=close]') as HTMLElement).blur();
    document.body.focus();
    dialog.close();
    await waitUntil(() => focused() == zoom, 'focus did not come back to the photo');
  });

  it('shows the photo of the entry shown now, after a swap', async () => {
    part(story, 'zoom')!.click();
    await opened(story);
    dialogOf(story)!.close();
    story.entry = { ...entry, title: 'Another', image: { src: photo, alt: 'Another photo', caption: 'Another caption' } };
    await waitUntil(() => part(story, 'image')?.getAttribute('alt') == 'Another photo');
    part(story, 'zoom')!.click();
    await opened(story);
    expect(dialogOf(story)!.querySelector('img')!.alt).to.equal('Another photo');
    expect(dialogOf(story)!.querySelector('img')!.hasAttribute('srcset')).to.be.false;
    expect(dialogOf(story)!.querySelector('figcaption')!.textContent).to.contain('Another caption');
  });
});
