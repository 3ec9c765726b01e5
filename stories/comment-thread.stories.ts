import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Fetcher } from '../src/index.js';
import { answer, never, offline, timeout } from './fetchers.js';
import { WAIT, found } from './play.js';

interface Args {
  src?: string;
  comments?: unknown;
  fetch?: Fetcher;
  limit: number;
  user?: { id: string; name: string } | null;
  maxlength?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/comment-thread',
  component: 'comment-thread',
  args: { src: '/archive/api/comments/frida-kahlo-mens-suit.json', limit: 20 },
  render: ({ src, comments, fetch, limit, user, maxlength }) =>
    html`<comment-thread
      src=${src ?? ''}
      limit=${limit}
      maxlength=${maxlength ?? nothing}
      .comments=${comments}
      .fetch=${fetch}
      .user=${user}
    ></comment-thread>`,
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

/** 120 comments, 20 at a time (`limit`): "Load more comments" shows the next, focus on the first new one. */
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

/** "Load more comments", pressed: the next 20 show. */
export const LoadMore: Story = {
  args: Many.args,
  play: async ({ canvasElement }) => {
    const thread = canvasElement.querySelector('comment-thread')!;
    await userEvent.click(await waitFor(() => found(thread, '[part=more]'), WAIT));
    await waitFor(() => expect(thread.shadowRoot!.querySelectorAll('[part~=comment]')).toHaveLength(40), WAIT);
  },
};

/** Replies count toward `limit`: a long thread stops part-way, and "Load more comments" goes on inside it. */
export const LongReplies: Story = {
  args: {
    src: undefined,
    limit: 4,
    comments: [
      {
        id: 'q',
        author: { name: 'Marta Ruiz' },
        created: hoursAgo(60),
        text: 'Who took this photograph?',
        replies: Array.from({ length: 6 }, (_, i) => ({ id: `q${i}`, author: { name: `Reader ${i + 1}` }, created: hoursAgo(50 - i), text: `Answer number ${i + 1}.` })),
      },
      { id: 'z', author: { name: 'OldPik' }, created: hoursAgo(2), text: 'A second thread.' },
    ],
  },
};

export const Loading: Story = { args: { fetch: never } };

export const Error: Story = { args: { fetch: answer({}, 503) } };

export const Offline: Story = { args: { fetch: offline } };

export const Timeout: Story = { args: { fetch: timeout } };

/** The archive sent a page of HTML where the list should be. */
export const NotJson: Story = { args: { fetch: answer('<!doctype html><title>Comments</title>') } };

/** HTML and `javascript:` URLs from readers are shown as text. */
export const HostileData: Story = {
  args: {
    src: undefined,
    comments: [
      { id: 'x', author: { name: '<img src=x onerror="alert(1)">Mallory', url: 'javascript:alert(2)' }, text: '<script>alert(3)</script>Plain text only, javascript:alert(4) too.' },
    ],
  },
};

/* A signed-in reader: the composer, and what becomes of a post. The reader is set by the page (`.user`);
   the archive is a stub that answers the list and the post as each story says. */

const list = { comments: [{ id: 'c1', author: { name: 'Marta Ruiz' }, created: hoursAgo(5), text: 'Is this the quay at Tampico?' }], maxLength: 280 };
const ana = { id: 'ana', name: 'Ana Beltrán' };

/** Answers the list to GET, and `post` to POST. */
const archive =
  (post: Fetcher): Fetcher =>
  (url, init) =>
    init.method == 'POST' ? post(url, init) : answer(list)(url, init);

/** The answer to a post: the comment as the archive stored it. */
const stored = (status: number): Fetcher => async (_url, init) =>
  new Response(
    JSON.stringify({ id: 'p1', author: { name: ana.name }, created: new Date().toISOString(), text: JSON.parse(String(init.body)).text, ...(status == 202 ? { status: 'pending' } : {}) }),
    { status },
  );

/** A signed-in reader of a list of its own (drafts are kept per list and reader). */
const signedIn = (name: string) => ({ src: `/comments/${name}.json`, user: ana });

/** Types a comment into the box and posts it; then, if given, waits for what the thread says of it. */
const post =
  (text: string, outcome?: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const thread = canvasElement.querySelector('comment-thread')!;
    const box = await waitFor(() => found(thread, 'login-gate textarea'), WAIT);
    await userEvent.type(box, text);
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    if (outcome) await waitFor(() => expect(found(thread, '[part=post-status]')).toHaveTextContent(outcome), WAIT);
  };

/** A signed-in reader gets the composer: the count of characters left (the list's `maxLength`), Reply under each comment, Log out. */
export const Composer: Story = { args: { ...signedIn('composer'), fetch: archive(stored(201)) } };

/** The comment shows at once, marked "Sending…", while the archive has not answered. */
export const Sending: Story = { args: { ...signedIn('sending'), fetch: archive(never) }, play: post('Her sisters, I think.', 'Sending your comment…') };

/** 201: the comment is posted; focus moves to it; the live region says so. */
export const Posted: Story = { args: { ...signedIn('posted'), fetch: archive(stored(201)) }, play: post('Her sisters, I think.', 'Your comment is posted.') };

/** 202: held for moderation, shown to its author as "Awaiting moderation". */
export const AwaitingModeration: Story = { args: { ...signedIn('awaitingmoderation'), fetch: archive(stored(202)) }, play: post('More at https://example.org/', 'Your comment is posted and awaits moderation.') };

/** The archive refused (here 503): the text stays in the box with the reason, and Try again sends the same key. */
export const Refused: Story = {
  args: { ...signedIn('refused'), fetch: archive(answer({ error: 'The archive is busy; try again in a minute.' }, 503)) },
  play: post('Her sisters, I think.', 'The archive is busy'),
};

/** 401: the reader's sign-in has expired; the text stays, with Log in and Try again. */
export const SignInExpired: Story = {
  args: { ...signedIn('signinexpired'), fetch: archive(answer({ error: 'Sign in again.' }, 401)) },
  play: post('Kept.', 'Your sign-in has expired'),
};

/** No network: "Couldn’t reach the archive." */
export const Unreachable: Story = { args: { ...signedIn('unreachable'), fetch: archive(offline) }, play: post('Kept.', 'Couldn’t reach the archive.') };

/** Past the limit: the count turns to "characters too many" and Post comment is disabled. */
export const TooLong: Story = {
  args: { ...signedIn('toolong'), maxlength: 20, fetch: archive(stored(201)) },
  play: async (context) => {
    await post('This comment is much longer than twenty characters.')(context);
    const thread = context.canvasElement.querySelector('comment-thread')!;
    const gate = await waitFor(() => found(thread, 'login-gate'), WAIT);
    await expect(gate.querySelector('[part=send]')).toBeDisabled(); // the composer is the gate's content
    await expect(gate).toHaveTextContent('characters too many');
  },
};

/**
 * Signing in, then posting: the page handles `login-request` itself (here, by setting the reader), and
 * the composer takes the place of the prompt.
 */
export const SignInThenPost: Story = {
  args: { src: '/comments/sign-in-then-post.json', fetch: archive(stored(201)) },
  render: (args) => html`<comment-thread
    src=${args.src!}
    .fetch=${args.fetch}
    @login-request=${(event: Event) => {
      event.preventDefault();
      (event.currentTarget as HTMLElement & { user: unknown }).user = ana;
    }}
  ></comment-thread>`,
  play: async (context) => {
    const thread = context.canvasElement.querySelector('comment-thread')!;
    const gate = await waitFor(() => found(thread, 'login-gate'), WAIT);
    await userEvent.click(await waitFor(() => found(gate, '[part=login]'), WAIT));
    await post('Her sisters, I think.', 'Your comment is posted.')(context);
  },
};
