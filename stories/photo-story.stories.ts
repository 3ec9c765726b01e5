import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Fetcher } from '../src/index.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { answer, failOnce, never, offline, timeout } from './fetchers.js';
import { WAIT, found } from './play.js';

/** Entries of the demo's sample archive (demo/archive), served by Storybook. */
const archive = (slug: string) => `/archive/api/photos/${slug}.json`;

interface Args {
  src?: string;
  entry?: unknown;
  fetch?: Fetcher;
  'heading-level': number;
  lang: string;
  fallback?: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/photo-story',
  component: 'photo-story',
  args: { src: archive('leon-trotsky-arrival-mexico'), 'heading-level': 2, lang: 'en' },
  render: ({ src, entry, fetch, lang, fallback, ...args }) =>
    html`<photo-story src=${src ?? ''} heading-level=${args['heading-level']} lang=${lang} .entry=${entry} .fetch=${fetch}
      >${fallback
        ? html`<a href="/archive/photos/leon-trotsky-arrival-mexico.html">Leon Trotsky's arrival in Mexico</a>`
        : ''}</photo-story
    >`,
};
export default meta;

type Story = StoryObj<Args>;

/** The seed page's entry, from the sample archive: with one tag, also its comments and nearby photos. */
export const Loaded: Story = {};

/** `hide="nearby comments"`: the story alone. */
export const StoryOnly: Story = { render: (args) => html`<photo-story src=${args.src!} hide="nearby comments"></photo-story>` };

/** Composed by hand: your own `<comment-thread>` and `<nearby-photos>` in the `comments` and `nearby` slots. */
export const Composed: Story = {
  render: (args) => html`<photo-story src=${args.src!}>
    <comment-thread slot="comments" heading-level="3"></comment-thread>
    <nearby-photos slot="nearby" layout="strip" heading-level="3"></nearby-photos>
  </photo-story>`,
};

/** A fetcher that never answers: the shape of what is coming, with space reserved. */
export const Loading: Story = { args: { fetch: never } };

/** With fallback children: they show while loading, and come back if loading fails. */
export const LoadingWithFallback: Story = { args: { fetch: never, fallback: true } };

/** A 404, through an injected fetcher (a real 404 would also log a console error). */
export const NotFound: Story = { args: { fetch: answer({ error: 'not found' }, 404) } };

export const ServerError: Story = { args: { fetch: answer({}, 503) } };

export const Offline: Story = { args: { fetch: offline } };

export const NotJson: Story = { args: { fetch: answer('<!doctype html><title>Oops</title>') } };

/** The archive did not answer in time. */
export const Timeout: Story = { args: { fetch: timeout } };

/** The answer was cut off mid-body. */
export const Truncated: Story = { args: { fetch: answer('{"title": "Leon Trotsky\'s arr') } };

/** A 404 at first; Try again loads the story and moves focus to its title. */
export const RetryAfterFailure: Story = {
  // A fetcher of its own for each render: its first answer is the 404.
  render: (args) => html`<photo-story src=${args.src!} .fetch=${failOnce(404)}></photo-story>`,
  play: async ({ canvasElement }) => {
    const story = canvasElement.querySelector('photo-story')!;
    const retry = await waitFor(() => found(story, '[part=retry]'), WAIT);
    await userEvent.click(retry);
    const title = await waitFor(() => found(story, '[part=title]'), WAIT);
    await expect(title).toHaveTextContent("Leon Trotsky's arrival in Mexico");
    await waitFor(() => expect(story.shadowRoot!.activeElement).toBe(title), WAIT);
  },
};

export const NotAnEntry: Story = { args: { fetch: answer({ results: [], count: 0 }) } };

export const ErrorWithFallback: Story = { args: { fetch: answer({}, 404), fallback: true } };

export const Portrait: Story = { args: { src: archive('frida-kahlo-mens-suit') } };

/** `story` as one string with blank-line paragraphs, a fuzzy date. */
export const StoryAsOneString: Story = { args: { src: archive('mujeres-zapatistas') } };

/** No photo: the credits go under the story. */
export const NoImage: Story = {
  args: { src: undefined, entry: { title: 'A story without its photo', date: '1910s', story: 'The print is lost; the story remains.', credit: 'Courtesy of the Old Photos archive' } },
};

/** Long texts: a long title, a long unbroken URL in the headline, many paragraphs. */
export const LongTexts: Story = {
  args: {
    src: undefined,
    entry: {
      title: 'The arrival at Tampico of the tanker Ruth, with Leon Trotsky and Natalia Sedova aboard, greeted on the quay by Frida Kahlo and a small party of friends from Mexico City, on a morning in January 1937',
      headline: 'https://archive.example.org/very/long/unbroken/address/that/must/wrap/rather/than/overflow/the/column/it/sits/in',
      story: Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1}. ${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(6)}`),
      image: { src: '/archive/img/leon-trotsky-arrival-mexico.svg', alt: 'Arrival at Tampico', width: 1200, height: 800 },
    },
  },
};

/** Short texts: a title alone. */
export const ShortTexts: Story = { args: { src: undefined, entry: { title: 'Tampico' } } };

/** A IIIF Presentation 3 manifest, recognised by its `@context`: label, metadata, rights, the first canvas's image. */
export const Iiif: Story = {
  args: {
    src: '/archive/api/iiif/story.json',
    fetch: answer({
      '@context': 'http://iiif.io/api/presentation/3/context.json',
      id: 'story.json',
      type: 'Manifest',
      label: { es: ['Pirámide Templo'], en: ['Pirámide Templo'] },
      summary: { en: ['A stepped pyramid photographed around 1900; the card names no place and no photographer.'] },
      metadata: [{ label: { en: ['Date'] }, value: { none: ['c. 1900'] } }],
      requiredStatement: { label: { en: ['Attribution'] }, value: { en: ['Courtesy of the Museo de la Ciudad.'] } },
      rights: 'http://creativecommons.org/publicdomain/mark/1.0/',
      items: [
        {
          id: 'canvas/1',
          type: 'Canvas',
          width: 1200,
          height: 800,
          items: [{ type: 'AnnotationPage', items: [{ type: 'Annotation', motivation: 'painting', body: { id: '../../img/piramide-templo.svg', type: 'Image', format: 'image/svg+xml', width: 1200, height: 800 } }] }],
        },
      ],
    }),
  },
};

/** Every field is optional: a record with only a story is "Untitled". */
export const Untitled: Story = {
  args: { src: undefined, entry: { story: 'A record with only a story: no title, no photo, no credit.' } },
};

/** HTML in data is shown as text; `javascript:` links are dropped. */
export const HostileData: Story = {
  args: {
    src: undefined,
    entry: {
      title: '<img src=x onerror="alert(1)">Shown as text',
      story: ['<script>alert(2)</script><p>Markup in the story is <b>only text</b> &amp; entities are decoded.</p>'],
      url: 'javascript:alert(3)',
      contributor: { name: '<b>Mallory</b>', url: 'javascript:alert(4)' },
    },
  },
};

/** Spanish: its strings load as a chunk the first time a story shows the language; dates follow it. */
export const Spanish: Story = { args: { lang: 'es' } };

export const French: Story = { args: { lang: 'fr' } };

export const German: Story = { args: { lang: 'de' } };

/** Russian, with its plural forms. */
export const Russian: Story = { args: { lang: 'ru' } };

/** `theme="light"` on a dark page: the story keeps its own light colors. */
export const ThemeLight: Story = {
  render: (args) => html`<div style="background: #14120f; color: #ede7dc; padding: 1rem">
    <photo-story theme="light" src=${args.src!}></photo-story>
  </div>`,
};

/** `theme="dark"` on a light page; plain CSS on the element can recolor it. */
export const ThemeDark: Story = {
  render: (args) => html`<photo-story theme="dark" src=${args.src!}></photo-story>`,
};

/** `theme="auto"`: light or dark as the reader's system prefers. */
export const ThemeAuto: Story = {
  render: (args) => html`<photo-story theme="auto" src=${args.src!}></photo-story>`,
};

/** In a 320 px sidebar: a smaller title and quote, two nearby photos to a row, nothing overflows. */
export const Sidebar: Story = {
  render: (args) => html`<div style="width: 320px"><photo-story src=${args.src!} heading-level="3"></photo-story></div>`,
};

/** In a right-to-left page: the quote's rule, the replies' indent and the text start on the right. */
export const RightToLeft: Story = {
  render: (args) => html`<div dir="rtl"><photo-story src=${args.src!}></photo-story></div>`,
};

/** The photo viewer, opened from the keyboard: the photo large in a modal dialog with its caption and credits. */
export const PhotoViewer: Story = {
  play: async ({ canvasElement }) => {
    const story = canvasElement.querySelector('photo-story')!;
    const zoom = await waitFor(() => found(story, '[part=zoom]'), WAIT);
    zoom.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await waitFor(() => found(story, 'dialog[open]'), WAIT);
    await expect(dialog).toHaveTextContent('Leon Trotsky and Natalya Sedova arrive in Mexico, January 1937.');
    await expect(story.shadowRoot!.activeElement).toBe(found(story, '[part=close]'));
  },
};

/** A record in another archive's shape (The Met's), and its WordPress-style comments, read by maps alone. */
export const ReadByMaps: Story = {
  render: () => html`<photo-story
    src="/archive/api/other/met-mujeres-zapatistas.json"
    map=${JSON.stringify({
      title: 'title',
      'image.src': 'primaryImage',
      date: 'objectDate',
      creator: 'constituents[role=Photographer].name | artistDisplayName',
      credit: 'creditLine',
      url: 'objectURL',
      comments: 'commentsUrl',
    })}
    comments-map=${JSON.stringify({
      items: '',
      post: false,
      item: { id: 'id', parent: 'parent', 'author.name': 'author_name', 'author.url': 'author_url', created: 'date_gmt', text: 'content.rendered' },
    })}
  ></photo-story>`,
};

/** A map that finds nothing: the reader gets one sentence; the console names the paths. */
export const MapFindsNothing: Story = {
  render: () => html`<photo-story src="/archive/api/other/met-mujeres-zapatistas.json" map='{"title": "titel", "image.src": "bild"}'></photo-story>`,
};
