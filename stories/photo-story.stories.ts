import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Fetcher } from '../src/index.js';
import { hostile, minimal, portraitEntry, seed } from './entries.js';
import { answer, never, offline } from './fetchers.js';

interface Args {
  src: string;
  entry?: unknown;
  fetch?: Fetcher;
  'heading-level': number;
  lang?: string;
  fallback?: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/photo-story',
  component: 'photo-story',
  args: { src: 'https://archive.example.org/api/photos/42.json', 'heading-level': 2 },
  render: ({ src, entry, fetch, lang, fallback, ...args }) =>
    html`<photo-story
      src=${src}
      heading-level=${args['heading-level']}
      lang=${lang ?? 'en'}
      .entry=${entry}
      .fetch=${fetch}
      >${fallback
        ? html`<a href="https://archive.example.org/photos/leon-trotsky-arrival-mexico">Leon Trotsky's arrival in Mexico</a>`
        : ''}</photo-story
    >`,
};
export default meta;

type Story = StoryObj<Args>;

/** The seed page's entry, loaded from `src` through an injected fetcher. */
export const Loaded: Story = { args: { fetch: answer(seed) } };

/** A fetcher that never answers: the shape of what is coming, with space reserved. */
export const Loading: Story = { args: { fetch: never } };

/** With fallback children: they show while loading, and come back if loading fails. */
export const LoadingWithFallback: Story = { args: { fetch: never, fallback: true } };

export const NotFound: Story = { args: { fetch: answer({ error: 'not found' }, 404) } };

export const ServerError: Story = { args: { fetch: answer({}, 503) } };

export const Offline: Story = { args: { fetch: offline } };

export const NotJson: Story = { args: { fetch: answer('<!doctype html><title>Oops</title>') } };

export const ErrorWithFallback: Story = { args: { fetch: answer({}, 404), fallback: true } };

export const Portrait: Story = { args: { fetch: answer(portraitEntry) } };

/** Every field is optional: a record with only a story is "Untitled". */
export const Untitled: Story = { args: { entry: minimal } };

/** HTML in data is shown as text; `javascript:` links are dropped. */
export const HostileData: Story = { args: { entry: hostile } };

/** The contribution date follows the reader's language (interface strings are English for now). */
export const SpanishDate: Story = { args: { fetch: answer(seed), lang: 'es' } };
