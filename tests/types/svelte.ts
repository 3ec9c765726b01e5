/*
 * The tags among Svelte 5's elements (`photo-story-elements/svelte`): props, attributes and
 * `on<event-name>` handlers, each event with its class.
 */
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from '../../dist/svelte.js';

type Story = SvelteHTMLElements['photo-story'];

export const story: Story = {
  src: 'https://archive.example.org/api/photos/42.json',
  'heading-level': '3',
  theme: 'dark',
  entry: { title: 'Leon Trotsky’s arrival in Mexico', story: 'One paragraph.' },
  'onphoto-story-load': (event) => event.detail.entry.title,
  'onnearby-select': (event) => event.preventDefault(),
};

// @ts-expect-error a theme is light, dark or auto
export const wrongTheme: Story = { theme: 'blue' };

// @ts-expect-error what a story shows has no reason: that is an error's
export const wrongDetail: Story = { 'onphoto-story-load': (event) => event.detail.reason };
