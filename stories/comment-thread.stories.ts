import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Fetcher } from '../src/index.js';
import { answer, never } from './fetchers.js';

interface Args {
  src?: string;
  comments?: unknown;
  fetch?: Fetcher;
  limit: number;
}

const meta: Meta<Args> = {
  title: 'Elements/comment-thread',
  component: 'comment-thread',
  args: { src: '/archive/api/comments/frida-kahlo-mens-suit.json', limit: 50 },
  render: ({ src, comments, fetch, limit }) =>
    html`<comment-thread src=${src ?? ''} limit=${limit} .comments=${comments} .fetch=${fetch}></comment-thread>`,
};
export default meta;

type Story = StoryObj<Args>;

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

/** A thread with a nested reply, from the sample archive; below it, the sign-in prompt. */
export const Thread: Story = {};

/** The seed page's state: no comments yet. */
export const Empty: Story = { args: { src: '/archive/api/comments/leon-trotsky-arrival-mexico.json' } };

/** `"post": false`: a read-only list shows no sign-in prompt. */
export const ReadOnly: Story = {
  args: { src: undefined, comments: { comments: [{ id: 'r', author: { name: 'Archivist' }, created: hoursAgo(30), text: 'Comments are closed.' }], post: false } },
};

/** A flat list whose items name their `parent`, threaded; one comment awaits moderation; links in text. */
export const FlatAndPending: Story = {
  args: {
    src: undefined,
    comments: [
      { id: 'a', author: { name: 'Marta Ruiz' }, created: hoursAgo(50), text: 'Is this the quay at Tampico? Compare https://en.wikipedia.org/wiki/Tampico.' },
      { id: 'b', parent: 'a', author: { name: 'OldPik' }, created: hoursAgo(20), text: 'Yes, the oil tanker Ruth docked there.' },
      { id: 'c', author: { name: 'New reader' }, created: hoursAgo(1), text: 'Thank you for posting this.', status: 'pending' },
    ],
  },
};

/** 120 comments, 50 at a time: "Load more comments" shows the rest, focus on the first new one. */
export const Many: Story = {
  args: {
    src: undefined,
    comments: Array.from({ length: 120 }, (_, i) => ({
      id: `m${i}`,
      author: { name: `Reader ${i + 1}` },
      created: hoursAgo(120 - i),
      text: `Comment number ${i + 1}.`,
    })),
  },
};

export const Loading: Story = { args: { fetch: never } };

export const Error: Story = { args: { fetch: answer({}, 503) } };

/** HTML and `javascript:` URLs from readers are shown as text. */
export const HostileData: Story = {
  args: {
    src: undefined,
    comments: [
      { id: 'x', author: { name: '<img src=x onerror="alert(1)">Mallory', url: 'javascript:alert(2)' }, text: '<script>alert(3)</script>Plain text only, javascript:alert(4) too.' },
    ],
  },
};
