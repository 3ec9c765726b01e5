import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { PhotoStory } from '../src/index.js';
import { echo, seedEntry } from './support/fixtures.js';
import { listSettled } from './support/lists.js';
import { part, settled } from './support/story.js';

/** A placeholder photo of the demo archive. */
const photo = (name: string) => new URL(`/demo/archive/img/${name}.svg`, location.href).href;

/** The seed entry with its nearby photos and an empty comment list, as one tag shows it. */
const wholeEntry = {
  ...seedEntry,
  image: { ...seedEntry.image, src: photo('leon-trotsky-arrival-mexico') },
  comments: echo({ comments: [], post: false }),
  nearby: Array.from({ length: 4 }, (_, n) => ({
    title: `A nearby photo with a long title, number ${n}`,
    url: `https://archive.example.org/photos/n${n}`,
    thumbnail: { src: photo('piramide-templo'), width: 320, height: 240 },
  })),
};

const rgb = (color: string) => color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
/** Relative luminance, 0 (black) to 1 (white). */
const luminance = (color: string) => {
  const [r, g, b] = rgb(color).map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

async function storyIn(style: string, attributes = '', entry: object = seedEntry): Promise<PhotoStory> {
  const box = await fixture<HTMLElement>(html`<div style=${style}></div>`);
  box.innerHTML = `<photo-story ${attributes}></photo-story>`;
  const story = box.querySelector('photo-story')!;
  story.entry = entry;
  return settled(story);
}

/** Every element of the story's shadow trees (its own and its sections') wider than its box. */
function overflowing(story: PhotoStory): string[] {
  const roots = [story.shadowRoot!, ...[...story.shadowRoot!.querySelectorAll('nearby-photos, comment-thread')].map((el) => el.shadowRoot!)];
  return roots.flatMap((root) =>
    [...root.querySelectorAll<HTMLElement>('*')]
      .filter((el) => !el.matches('.strip, .strip *, dialog, dialog *'))
      .filter((el) => el.getBoundingClientRect().right > story.getBoundingClientRect().right + 1)
      .map((el) => el.getAttribute('part') ?? el.localName),
  );
}

describe('look', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-media-features', []);
    await emulateMedia({ colorScheme: 'light' });
  });

  describe('themes', () => {
    it('takes the host page’s font and colors by default', async () => {
      const story = await storyIn('color: rgb(20, 30, 40); font-family: Georgia, serif; background: rgb(250, 240, 220)');
      expect(getComputedStyle(part(story, 'title')!).color).to.equal('rgb(20, 30, 40)');
      expect(getComputedStyle(part(story, 'story')!).fontFamily).to.contain('Georgia');
      expect(getComputedStyle(story).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      await expect(story).to.be.accessible();
    });

    it('is light with theme="light", whatever the host and the system', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const story = await storyIn('color: rgb(230, 230, 230); background: rgb(20, 20, 20)', 'theme="light"');
      expect(luminance(getComputedStyle(story).backgroundColor)).to.be.above(0.9);
      expect(luminance(getComputedStyle(part(story, 'title')!).color)).to.be.below(0.1);
      await expect(story).to.be.accessible();
    });

    it('is dark with theme="dark", and follows the system with theme="auto"', async () => {
      const dark = await storyIn('color: black; background: white', 'theme="dark"');
      expect(luminance(getComputedStyle(dark).backgroundColor)).to.be.below(0.05);
      expect(luminance(getComputedStyle(part(dark, 'title')!).color)).to.be.above(0.8);
      await expect(dark).to.be.accessible();

      const auto = await storyIn('', 'theme="auto"');
      expect(luminance(getComputedStyle(auto).backgroundColor)).to.be.above(0.9);
      await emulateMedia({ colorScheme: 'dark' });
      expect(luminance(getComputedStyle(auto).backgroundColor)).to.be.below(0.05);
      await expect(auto).to.be.accessible();
    });

    it('lets the page restyle the theme’s colors and padding with plain CSS on the element', async () => {
      const story = await storyIn('', 'theme="dark" style="background: rgb(250, 245, 230); color: rgb(60, 30, 10); padding: 2px"');
      expect(getComputedStyle(story).backgroundColor).to.equal('rgb(250, 245, 230)');
      expect(getComputedStyle(part(story, 'title')!).color).to.equal('rgb(60, 30, 10)');
      expect(getComputedStyle(story).paddingTop).to.equal('2px');
      await expect(story).to.be.accessible();
    });

    it('keeps secondary text (date, caption, byline, nearby dates) at the text’s own contrast, on any background', async () => {
      // A color as drawn on white: `rgb()`, `rgba()` or `color(srgb … / alpha)`, its alpha blended.
      const onWhite = (color: string) => {
        const [r, g, b, alpha = 1] = color.match(/[\d.]+/g)!.map(Number).map((n, i) => (color.startsWith('color(') && i < 3 ? n * 255 : n));
        return `rgb(${[r, g, b].map((c) => c * alpha + 255 * (1 - alpha)).join(', ')})`;
      };
      const contrast = (color: string) => 1.05 / (luminance(onWhite(color)) + 0.05);
      // #595959 on white is 7:1; 70% of it toward transparency was 3.42:1.
      const story = await storyIn('color: #595959; background: white', '', { ...wholeEntry, comments: undefined });
      const nearby = await listSettled(story.shadowRoot!.querySelector('nearby-photos')!);
      const muted = [...story.shadowRoot!.querySelectorAll('.muted'), ...nearby.shadowRoot!.querySelectorAll('.muted')];
      expect(muted.length).to.be.above(3);
      for (const text of muted) expect(contrast(getComputedStyle(text).color), text.className).to.be.above(4.5);
      await expect(story).to.be.accessible();
    });

    it('takes the page’s muted color, except for a reader who asks for more contrast', async () => {
      const story = await storyIn('color: rgb(0, 0, 0); --photo-story-muted: rgb(110, 110, 110)');
      const meta = part(story, 'meta')!;
      expect(getComputedStyle(meta).color).to.equal('rgb(110, 110, 110)');
      await executeServerCommand('emulate-media-features', [{ name: 'prefers-contrast', value: 'more' }]);
      expect(getComputedStyle(meta).color).to.equal('rgb(0, 0, 0)');
      await expect(story).to.be.accessible();
    });

    it('keeps the loading shapes visible in forced colors', async () => {
      await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const story = await fixture<PhotoStory>(html`<photo-story src=${echo(seedEntry, { delay: 2000 })}></photo-story>`);
      const shape = part(story, 'skeleton')!.querySelector('i')!;
      expect(getComputedStyle(shape).borderTopStyle).to.equal('solid');
      await expect(story).to.be.accessible();
    });
  });

  describe('any width', () => {
    it('fits a 320 px sidebar: nothing overflows, the title is smaller, photos keep their shape', async () => {
      const narrow = await storyIn('width: 320px', '', wholeEntry);
      const wide = await storyIn('width: 900px', '', wholeEntry);
      const nearby = await listSettled(narrow.shadowRoot!.querySelector('nearby-photos')!);
      expect(overflowing(narrow)).to.deep.equal([]);
      expect(overflowing(wide)).to.deep.equal([]);
      const size = (story: PhotoStory) => parseFloat(getComputedStyle(part(story, 'title')!).fontSize);
      expect(size(narrow)).to.be.below(size(wide));
      const photo = part(narrow, 'image')!.getBoundingClientRect();
      expect(photo.width).to.be.closeTo(320, 1);
      expect(photo.height / photo.width).to.be.closeTo(800 / 1200, 0.01);
      const thumbnail = nearby.shadowRoot!.querySelector('img')!.getBoundingClientRect();
      expect(thumbnail.height / thumbnail.width).to.be.closeTo(3 / 4, 0.01);
      await expect(narrow).to.be.accessible();
    });

    it('breaks a long unbroken title rather than overflow', async () => {
      const story = await storyIn('width: 320px', '', { title: `https://archive.example.org/${'x'.repeat(120)}` });
      expect(overflowing(story)).to.deep.equal([]);
    });

    it('never makes a 320 px screen scroll sideways: in a grid, flex, float or table-cell host', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const hosts = {
          // As /looks.html: a grid with no template (an automatic column), with page margins.
          'a grid': 'display: grid; gap: 1rem; padding: 0 1.25rem',
          'a flex row': 'display: flex; padding: 0 1.25rem',
          'a float': 'padding: 0 1.25rem',
          'a table cell': 'display: table-cell; padding: 0 1.25rem',
        };
        for (const [name, style] of Object.entries(hosts)) {
          const story = await storyIn(style, name == 'a float' ? 'style="float: left"' : '', wholeEntry);
          // In the grid, as a column's content (a grid item of its own may be narrower than its content).
          if (name == 'a grid') story.before(document.createElement('div'));
          if (name == 'a grid') story.previousElementSibling!.append(story);
          await listSettled(story.shadowRoot!.querySelector('nearby-photos')!);
          const column = story.closest('div[style]')!.getBoundingClientRect();
          expect(document.documentElement.scrollWidth, `${name}: the page`).to.be.at.most(320);
          expect(story.getBoundingClientRect().right, `${name}: the story in its column`).to.be.at.most(column.right - 20 + 1);
          expect(story.getBoundingClientRect().width, `${name}: readable`).to.be.at.least(200);
          expect(overflowing(story), name).to.deep.equal([]);
          story.closest('div[style]')!.remove();
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('takes a column’s width in a parent that sizes it by its content, and no more than there is', async () => {
      const parents = {
        'a flex row': ['display: flex', ''],
        'a grid column': ['display: grid; grid-template-columns: 1fr', ''],
        'a float': ['', 'style="float: left"'],
        'a float, themed': ['', 'style="float: left" theme="dark"'],
      };
      for (const [name, [style, attributes]] of Object.entries(parents)) {
        const wide = await storyIn(`width: 900px; ${style}`, attributes);
        expect(wide.getBoundingClientRect().width, `${name}, 900 px`).to.be.within(500, 900);
        const narrow = await storyIn(`width: 320px; ${style}`, attributes, wholeEntry);
        expect(narrow.getBoundingClientRect().width, `${name}, 320 px`).to.be.within(200, 320);
        expect(overflowing(narrow), name).to.deep.equal([]);
      }
    });
  });

  it('lays out right to left in a right-to-left page', async () => {
    // A title and a headline in a right-to-left script; an English story keeps its own direction (dir="auto").
    const story = await storyIn('', 'dir="rtl"', { ...wholeEntry, nearby: undefined, title: 'وصول تروتسكي إلى المكسيك', headline: 'سطر من القصة' });
    const quote = getComputedStyle(part(story, 'headline')!);
    expect([quote.borderRightWidth, quote.borderLeftWidth]).to.deep.equal(['3px', '0px']);
    expect(getComputedStyle(part(story, 'story')!).direction, 'the English story').to.equal('ltr');
    const words = document.createRange();
    words.selectNodeContents(part(story, 'title')!);
    const title = words.getBoundingClientRect();
    expect(title.right, 'the title starts on the right').to.be.closeTo(story.getBoundingClientRect().right, 1);
    expect(title.left).to.be.above(story.getBoundingClientRect().left + 1);
    await expect(story).to.be.accessible();
    // An English title there reads left to right, its punctuation where it belongs.
    const english = await storyIn('', 'dir="rtl"', { ...wholeEntry, nearby: undefined, title: 'Trotsky’s arrival (1937)!' });
    expect(getComputedStyle(part(english, 'title')!).direction).to.equal('ltr');
  });
});
