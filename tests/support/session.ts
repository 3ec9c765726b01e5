import { oneEvent, waitUntil } from '@open-wc/testing';
import type { CommentThread, LoginGate } from '../../src/index.js';
import { listSettled, visibleText } from './lists.js';

/* What tests of sessions and posting share: the test server's session and comment routes, and a reader. */

let count = 0;
/** A key of its own for each test: the server keeps comments and request logs per key. */
export const unique = () => `s${Date.now()}-${count++}`;
const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
export const commentsUrl = (key: string, params: Record<string, string> = {}, origin = location.origin) =>
  `${origin}/api/comments?${query({ key, ...params })}`;
export const sessionUrl = (key: string, user?: object) => `/api/session?${query({ key, ...(user ? { user: JSON.stringify(user) } : {}) })}`;
/** What the server saw for `key`. */
export const log = async (key: string): Promise<
  { path: string; method: string; authorization: string | null; cookie: boolean; idempotencyKey: string | null; body?: { text: string; parent?: string } }[]
> => (await fetch(`/api/log?key=${key}`)).json();

export const ana = { id: 'ana', name: 'Ana Beltrán' };
export const gateOf = (el: Element) => el.shadowRoot!.querySelector<LoginGate>('login-gate')!;
export const inBox = <T extends Element = HTMLElement>(el: CommentThread, selector: string) => gateOf(el)?.querySelector<T>(selector) ?? null;
export const textarea = (el: CommentThread) => inBox<HTMLTextAreaElement>(el, 'textarea')!;
export const status = (el: CommentThread) => visibleText(inBox(el, '[part=post-status]'));

/** Waits until the thread shows its composer. */
export async function composer(el: CommentThread): Promise<CommentThread> {
  await listSettled(el);
  await waitUntil(() => inBox(el, 'textarea'), 'no composer', { timeout: 8000 });
  return el;
}

export async function write(el: CommentThread, text: string): Promise<void> {
  const box = textarea(el);
  box.value = text;
  box.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
}

/** Sends what is in the box and waits until the post has succeeded or failed. */
export async function send(el: CommentThread): Promise<Event> {
  const settledPost = Promise.race([oneEvent(el, 'comment-posted'), oneEvent(el, 'comment-failed')]);
  inBox<HTMLButtonElement>(el, '[part=send]')!.click();
  const event = await settledPost;
  await el.updateComplete;
  return event;
}


/**
 * Wraps an archive's fetcher so that a test can tell when the list asked last is shown: each list it
 * answers carries a `total` of its own (1001, 1002, …), which the thread's heading says.
 * `listsShown(el)` resolves once the heading says the last one's.
 */
export function recordingLists(fetcher: (url: string, init: RequestInit) => Promise<Response>) {
  let lists = 0;
  const recording = async (url: string, init: RequestInit) => {
    const answer = await fetcher(url, init);
    if (init.method == 'POST') return answer;
    const list = await answer.json();
    return new Response(JSON.stringify({ ...list, total: 1000 + ++lists }));
  };
  const listsShown = (el: CommentThread) =>
    waitUntil(
      () => el.shadowRoot!.querySelector('[part=heading]')?.textContent!.replace(/\D/g, '') == String(1000 + lists),
      'the list asked last was never shown',
    );
  return Object.assign(recording, { listsShown });
}
