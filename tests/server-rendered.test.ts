import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
// The npm build in the browser too: the server renders with it, so both draw the same (minified) templates.
import '../dist/define.js';
import { watch } from '../dist/upgrade/watch.js';
import type { CommentThread, NearbyPhotos, PhotoStory } from '../src/index.js';

/*
 * A story rendered on the server (`renderStory`, run in the test runner's Node process against the
 * test server) and put in the page as a server would send it; `watch()` (what `embed.js` runs) takes
 * it over. (This file imports no test support that registers the elements from `src/`.)
 */
watch();

let keys = 0;
const unique = () => `ssr${Date.now()}-${keys++}`;
const ana = { id: 'ana', name: 'Ana Beltrán' };
const commentsUrl = (key: string) => `${location.origin}/api/comments?key=${key}&post=true`;
const log = async (key: string): Promise<{ method: string }[]> => (await fetch(`/api/log?key=${key}`)).json();
const visibleText = (el: Element | null | undefined) => el?.textContent!.replace(/\s+/g, ' ').trim();
const IMG = '/demo/archive/img/';
const echo = (key: string, body: unknown) => `${location.origin}/api/echo?${new URLSearchParams({ key, body: JSON.stringify(body) })}`;
const count = async (key: string) => ((await (await fetch(`/api/count?key=${key}`)).json()) as { count: number }).count;

function entryFor(key: string, extra: Record<string, unknown> = {}) {
  const items = Array.from({ length: 14 }, (_, n) => ({
    title: `Nearby ${n}`,
    date: `c. 19${10 + n}`,
    url: `https://archive.example.org/photos/n${n}`,
    thumbnail: { src: `${location.origin}${IMG}frida-kahlo-mens-suit.svg`, alt: '', width: 800, height: 1100 },
  }));
  return {
    title: 'Leon Trotsky’s arrival in Mexico',
    date: 'January 1937',
    url: 'https://archive.example.org/photos/42',
    headline: 'Why is Stalin in the Kremlin and I in exile?',
    story: ['The first paragraph.', 'The second paragraph.'],
    image: { src: `${location.origin}${IMG}leon-trotsky-arrival-mexico.svg`, alt: 'Arrival', width: 1200, height: 800, caption: 'On the quay.' },
    creator: { name: 'Unknown' },
    credit: 'Old Photos',
    nearby: echo(`${key}-nearby`, { items }),
    comments: commentsUrl(key),
    ...extra,
  };
}

/** What a reader sees of a shadow tree, nested trees included, leaving out what is hidden. */
function seen(root: ShadowRoot | Element): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (!box.height || el.localName == 'style') continue;
    const own = [...el.childNodes].filter((node) => node.nodeType == 3).map((node) => node.textContent).join('').replace(/\s+/g, ' ').trim();
    out.push(`${el.getAttribute('part') ?? el.localName.replace(/^served-/, '')} ${Math.round(box.top)} ${Math.round(box.height)} ${Math.round(box.width)} ${own}`);
    if (el.shadowRoot) out.push(...seen(el.shadowRoot));
  }
  return out;
}

const shifts: number[] = [];
new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as unknown as { value: number }).value))).observe({
  type: 'layout-shift',
});

/** Puts the server's HTML in the page (declarative shadow DOM included), in a box of a fixed width. */
async function served(options: Record<string, unknown>): Promise<PhotoStory> {
  const markup = await executeServerCommand<string, Record<string, unknown>>('render-story', options);
  const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  (box as unknown as { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup!);
  return box.querySelector('photo-story')!;
}

const takenOver = (story: PhotoStory) =>
  waitUntil(() => story.shadowRoot && !story.shadowRoot.querySelector('style[data-served]'), 'not taken over', { timeout: 8000 });

describe('a story rendered on the server', () => {
  it('reads before any script, and the browser takes it over without a request, a change or a shift', async () => {
    const key = unique();
    const story = await served({ src: echo(key, entryFor(key)) });
    // At once: the whole story, its lists and the prompt, from the HTML alone.
    const before = seen(story.shadowRoot!);
    const text = before.join('\n');
    for (const words of ['Leon Trotsky’s arrival in Mexico', 'The second paragraph.', 'Nearby 11', 'Seen from the other side of the quay.', 'You must be logged in'])
      expect(text).to.include(words);
    expect(story.hasAttribute('src')).to.be.false;
    shifts.length = 0;
    await takenOver(story);
    await new Promise(requestAnimationFrame);
    expect(story.getAttribute('src')).to.equal(echo(key, entryFor(key)));
    expect(story.shown?.title).to.equal('Leon Trotsky’s arrival in Mexico');
    // The same boxes and words, now drawn by the browser (the prompt's link became its button).
    expect(seen(story.shadowRoot!).join('\n').replace('button', 'a')).to.equal(text.replace('button', 'a'));
    expect(shifts.reduce((sum, value) => sum + value, 0)).to.equal(0);
    const gate = story.shadowRoot!.querySelector('comment-thread')!.shadowRoot!.querySelector('login-gate')!;
    expect(gate.shadowRoot!.querySelector('button[part=login]')).to.exist;
    // Each document was asked once: by the server.
    expect(await count(key)).to.equal(1);
    expect(await count(`${key}-nearby`)).to.equal(1);
    expect((await log(key)).filter(({ method }) => method == 'GET')).to.have.length(1);
    await expect(story).to.be.accessible();
  });

  it('works afterwards as a story drawn in the browser: more, sign-in, a post', async () => {
    const key = unique();
    const story = await served({ src: echo(key, entryFor(key)) });
    await takenOver(story);
    const nearby = story.shadowRoot!.querySelector<NearbyPhotos>('nearby-photos')!;
    expect(nearby.shadowRoot!.querySelectorAll('[part=item]')).to.have.length(12);
    nearby.shadowRoot!.querySelector<HTMLButtonElement>('[part=more]')!.click();
    await waitUntil(() => nearby.shadowRoot!.querySelectorAll('[part=item]').length == 14, 'more did not show more');
    expect(await count(`${key}-nearby`)).to.equal(1);

    const thread = story.shadowRoot!.querySelector<CommentThread>('comment-thread')!;
    // The host signs the reader in.
    Object.assign(story, { user: ana, token: 'tok' });
    const gate = thread.shadowRoot!.querySelector('login-gate')!;
    await waitUntil(() => gate.querySelector('textarea'), 'no composer', { timeout: 8000 });
    const box = gate.querySelector('textarea')!;
    box.value = 'Seen from the quay.';
    box.dispatchEvent(new InputEvent('input'));
    const send = gate.querySelector<HTMLButtonElement>('[part=send]')!;
    await waitUntil(() => !send.disabled, 'Send stays disabled');
    const posted = oneEvent(thread, 'comment-posted');
    send.click();
    await posted;
    await waitUntil(() => visibleText(thread.shadowRoot!.querySelector('[part=list]'))?.includes('Seen from the quay.'), 'the comment does not show');
    expect((await log(key)).filter(({ method }) => method == 'POST')).to.have.length(1);
    await expect(story).to.be.accessible();
  });

  it('sits beside a story drawn in the browser, each as it should be', async () => {
    const key = unique();
    const story = await served({ src: echo(key, entryFor(key)), lang: 'de', hide: 'nearby comments' });
    // What the browser's drawing says at the moment the served one goes: already German, as the served one
    // was (the language's words come in a chunk, after the served documents).
    let atSwap: string | null | undefined;
    const watching = new MutationObserver(() => {
      if (atSwap === undefined && !story.shadowRoot!.querySelector('style[data-served]'))
        atSwap = story.shadowRoot!.querySelector('[part=zoom]')?.getAttribute('aria-label');
    });
    watching.observe(story.shadowRoot!, { childList: true });
    const other = await fixture<PhotoStory>(html`<photo-story src=${echo(`${key}-b`, entryFor(`${key}-b`, { title: 'The other' }))} hide="nearby comments"></photo-story>`);
    await takenOver(story);
    await waitUntil(() => other.shown, 'the other story did not load');
    expect(visibleText(story.shadowRoot!.querySelector('[part=title]'))).to.equal('Leon Trotsky’s arrival in Mexico');
    watching.disconnect();
    expect(atSwap, 'the words at the swap').to.equal('Foto vergrößern');
    expect(story.shadowRoot!.querySelector('[part=zoom]')!.getAttribute('aria-label')).to.equal('Foto vergrößern');
    expect(visibleText(other.shadowRoot!.querySelector('[part=title]'))).to.equal('The other');
    expect(await count(key)).to.equal(1);
    expect(await count(`${key}-b`)).to.equal(1);
    await expect(story).to.be.accessible();
    await expect(other).to.be.accessible();
  });

  it('stays as served when its data was mangled, and whole', async () => {
    const key = unique();
    const markup = (await executeServerCommand<string, Record<string, unknown>>('render-story', { src: echo(key, entryFor(key)) }))!;
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    // An editor that cut the data short.
    (box as unknown as { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup.replace(/data-served>\{[^<]{20}/, 'data-served>{'));
    const story = box.querySelector('photo-story')!;
    await waitUntil(() => !story.querySelector('script'), 'the data was not read');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(visibleText(story.shadowRoot!.querySelector('[part=title]'))).to.equal('Leon Trotsky’s arrival in Mexico');
    expect(story.shadowRoot!.querySelector('style[data-served]')).to.exist;
    expect(await count(key)).to.equal(1);
    await expect(story).to.be.accessible();
  });
});
