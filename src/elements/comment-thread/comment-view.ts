import { html, nothing, type TemplateResult } from 'lit';
import type { Comment, CommentPage } from '../../data/lists.js';
import { plural } from '../../i18n/plural.js';
import { commentTime } from '../../i18n/relative-time.js';
import { link } from '../templates.js';
import { autolink } from './autolink.js';
import { commentStrings, type CommentStrings } from './comment-strings.js';
import type { CommentThread } from './comment-thread.js';

/*
 * Comments as the reader sees them. A chunk of its own, with the reader of comments: `<comment-thread>`
 * loads it only for a list that has comments, so a page whose threads are empty never downloads it.
 */

// What the thread's reading and the composer take from this chunk.
export { threads } from '../../data/comments.js';
export { styles } from './comment-view.styles.js';
export { commentStrings, plural };

const revealed = new WeakSet<Element>();

/** The comments of a thread in reading order: each one, then its replies. */
export const order = (comments: Comment[]): Comment[] => comments.flatMap((comment) => [comment, ...order(comment.replies)]);

/**
 * A link to a comment (`#comment-<id>`) brings it into view once it is shown (once per thread); one
 * past the comments shown is shown first.
 */
export function reveal(thread: CommentThread): void {
  const id = location.hash.slice(1);
  if (revealed.has(thread) || !id.startsWith('comment-')) return;
  const target = thread.renderRoot.querySelector(`[id="${CSS.escape(id)}"]`);
  if (target) {
    revealed.add(thread);
    target.scrollIntoView();
    return;
  }
  const rank = order(thread._page()?.items ?? []).findIndex((comment) => `comment-${comment.id}` == id) + 1;
  if (rank > thread._visible) thread._visible = rank;
}

/**
 * Comments with their replies, in reading order, as many as `shown.left` (each comment shown takes one):
 * a huge thread renders what a reader sees first, not all of it.
 */
export function renderComments(
  comments: Comment[],
  t: CommentStrings,
  lang: string,
  shown: { left: number },
  /** What a reader can do with a comment (reply to it), when they can. */
  actions?: (comment: Comment) => unknown,
): TemplateResult[] {
  const rendered = [];
  for (const comment of comments) {
    if (shown.left-- < 1) break;
    const { id, author, created, replies } = comment;
    const time = created && commentTime(created, lang);
    rendered.push(html`<li>
      <article part="comment${comment.pending ? ' pending' : ''}" id=${id ? `comment-${id}` : nothing} tabindex="-1" data-item>
        <header>
          ${author?.avatar ? html`<img part="avatar" src=${author.avatar} alt="" loading="lazy" />` : nothing}
          ${author ? html`<span part="author">${link(author.label, author.url)}</span>` : nothing}
          ${time
            ? html`<a class="when muted" href=${id ? `#comment-${id}` : nothing} tabindex="0"
                ><time datetime=${created}>${time.when}</time><span class="full"> · ${time.full}</span></a
              >`
            : nothing}
          ${comment.sending || comment.pending
            ? html`<span part="badge" class="muted">${comment.sending ? t.sending : t.pending}</span>`
            : nothing}
        </header>
        ${comment.text.map((paragraph) => html`<p>${autolink(paragraph)}</p>`)} ${actions?.(comment)}
        ${replies.length && shown.left > 0 ? html`<ol>${renderComments(replies, t, lang, shown, actions)}</ol>` : nothing}
      </article>
    </li>`);
  }
  return rendered;
}

/** The thread's heading with its count ("4 comments"): the list's `total`, else every comment shown. */
export function heading(page: CommentPage, lang: string): string | undefined {
  const count = page.total ?? countAll(page.items);
  return count ? plural(commentStrings(lang).commentCount, count, lang) : undefined;
}

/** Every comment of a thread, replies included. */
export const countAll = (comments: Comment[]): number => comments.reduce((sum, { replies }) => sum + 1 + countAll(replies), 0);
