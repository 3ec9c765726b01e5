import { html, isServer, nothing, type TemplateResult } from 'lit';
import type { Comment, CommentPage } from '../../data/model.js';
import { plural } from '../../i18n/plural.js';
import { commentTime } from '../../i18n/relative-time.js';
import { link } from '../templates.js';
import { autolink } from './autolink.js';
import { stringsFor } from '../../i18n/strings.js';
import './comment-strings.js';
import type { CommentStrings } from './comment-strings.js';
import type { CommentThread } from './comment-thread.js';

/*
 * Comments as the reader sees them. A chunk of its own, with the reader of comments: `<comment-thread>`
 * loads it only for a list that has comments, so a page whose threads are empty never downloads it.
 */

// What the thread's reading and the composer take from this chunk.
export { anchorId, threads } from '../../data/comments.js';
export { styles } from './comment-view.styles.js';
export { plural };

const revealed = new WeakSet<Element>();

/** The id of the element that the page's address names (`#comment-…`), as the page writes it. */
function linkedId(): string {
  if (isServer) return '';
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return location.hash.slice(1); // a malformed %-escape
  }
}

/**
 * A link to a comment (`#comment-<id>`) brings it into view once it is shown (once per thread), and
 * the focus to it, as a link to an element of the page does: the next Tab goes on from there.
 */
export function reveal(thread: CommentThread): void {
  const id = linkedId();
  const target = !revealed.has(thread) && id.startsWith('comment-') && thread.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
  if (target) {
    revealed.add(thread);
    target.scrollIntoView();
    target.focus({ preventScroll: true });
  }
}

/** The comment a link named when each thread first showed its comments: it stays when the address changes. */
const linkedAt = new WeakMap<CommentThread, string>();

/**
 * The thread's list: its first `limit` comments (see `renderComments`), and past them the comments a
 * reader must see wherever they are: their own, and the one a link to the page named. Tells the thread
 * how many it drew (`_drawn`), for its "Load more comments".
 */
export function renderList(thread: CommentThread, comments: Comment[], lang: string): TemplateResult {
  const composer = thread._composer;
  if (!linkedAt.has(thread)) linkedAt.set(thread, linkedId());
  const id = linkedAt.get(thread)!;
  const kept = new Set<Comment>();
  // One pass, marking what must show and the comments it replies to; only a signed-in reader has
  // comments of their own, and most addresses name no comment.
  const mark = (comment: Comment): boolean => {
    // The composer keeps the reader's comments from the moment they are sent.
    let found = !!composer?._mine(comment) || (!!comment.id && `comment-${comment.id}` == id);
    for (const reply of comment.replies) found = mark(reply) || found;
    if (found) kept.add(comment);
    return found;
  };
  if (composer || id.startsWith('comment-')) comments.forEach(mark);
  const shown = { left: thread._visible, drawn: 0 };
  const list = html`<ol part="list">
    ${renderComments(comments, stringsFor<CommentStrings>(lang), lang, shown, kept, composer?.actions(lang))}
  </ol>`;
  thread._drawn = shown.drawn;
  return list;
}

/**
 * Comments with their replies, in reading order, as many as `shown.left` (each comment shown takes one):
 * a huge thread renders what a reader sees first, not all of it. Past that, only the comments `kept`
 * are drawn; they are not items of the list (`data-item`), which "Load more comments" counts in.
 */
function renderComments(
  comments: Comment[],
  t: CommentStrings,
  lang: string,
  shown: { left: number; drawn: number },
  kept: Set<Comment>,
  /** What a reader can do with a comment (reply to it), when they can. */
  actions?: (comment: Comment) => unknown,
): TemplateResult[] {
  const rendered = [];
  let skipped = 0;
  for (const comment of comments) {
    const counted = shown.left-- > 0;
    if (!counted && !kept.has(comment)) {
      // Counted only when something follows that must show: the reader is told what lies between.
      if (kept.size) skipped += countAll([comment]);
      continue;
    }
    if (skipped) rendered.push(html`<li class="muted gap">${plural(t.notShown, skipped, lang)}</li>`);
    skipped = 0;
    shown.drawn++;
    const { id, author, created, replies } = comment;
    const time = created && commentTime(created, lang);
    const shownReplies = renderComments(replies, t, lang, shown, kept, actions);
    rendered.push(html`<li>
      <article part="comment${comment.pending ? ' pending' : ''}" id=${id ? `comment-${id}` : nothing} tabindex="-1" ?data-item=${counted}>
        <header>
          ${author?.avatar ? html`<img part="avatar" src=${author.avatar} alt="" loading="lazy" />` : nothing}
          ${author ? html`<bdi part="author">${link(author.label, author.url)}</bdi>` : nothing}
          ${time
            ? html`<a class="when muted" href=${id ? `#comment-${id}` : nothing} tabindex="0"
                ><time datetime=${created}>${time.when}</time><span class="full"> · ${time.full}</span></a
              >`
            : nothing}
          ${comment.sending || comment.pending
            ? html`<span part="badge" class="muted">${comment.sending ? t.sending : t.pending}</span>`
            : nothing}
        </header>
        ${comment.text.map((paragraph) => html`<p dir="auto">${autolink(paragraph)}</p>`)} ${actions?.(comment)}
        ${shownReplies.length ? html`<ol>${shownReplies}</ol>` : nothing}
      </article>
    </li>`);
  }
  return rendered;
}

/** The thread's heading with its count ("4 comments"): the list's `total`, else every comment shown. */
export function heading(page: CommentPage, lang: string): string | undefined {
  const count = page.total ?? countAll(page.items);
  return count ? plural(stringsFor<CommentStrings>(lang).commentCount, count, lang) : undefined;
}

/** Every comment of a thread, replies included. */
export const countAll = (comments: Comment[]): number => comments.reduce((sum, { replies }) => sum + 1 + countAll(replies), 0);
