import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import type { Comment, CommentPage } from '../../data/lists.js';
import { plural } from '../../i18n/plural.js';
import { commentTime } from '../../i18n/relative-time.js';
import { link } from '../templates.js';
import { autolink } from './autolink.js';
import { commentStrings, type CommentStrings } from './comment-strings.js';

/*
 * Comments as the reader sees them. A chunk of its own, with the reader of comments: `<comment-thread>`
 * loads it only for a list that has comments, so a page whose threads are empty never downloads it.
 */

// What the thread's reading and the composer take from this chunk.
export { threads } from '../../data/comments.js';
export { styles } from './comment-view.styles.js';
export { commentStrings, plural };

const revealed = new WeakSet<Element>();

/** A link to a comment (`#comment-<id>`) brings it into view once it is shown (once per thread). */
export function reveal(thread: LitElement): void {
  const target =
    !revealed.has(thread) && location.hash.startsWith('#comment-') && thread.renderRoot.querySelector(`[id="${CSS.escape(location.hash.slice(1))}"]`);
  if (target) {
    revealed.add(thread);
    target.scrollIntoView();
  }
}

/** One comment and its replies. */
export function renderComment(
  comment: Comment,
  t: CommentStrings,
  lang: string,
  top: boolean,
  /** What a reader can do with a comment (reply to it), when they can. */
  actions?: (comment: Comment) => unknown,
): TemplateResult {
  const { id, author, created, replies } = comment;
  const time = created && commentTime(created, lang);
  return html`<li>
    <article part="comment${comment.pending ? ' pending' : ''}" id=${id ? `comment-${id}` : nothing} tabindex="-1" ?data-item=${top}>
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
      ${replies.length ? html`<ol>${replies.map((reply) => renderComment(reply, t, lang, false, actions))}</ol>` : nothing}
    </article>
  </li>`;
}

/** The thread's heading with its count ("4 comments"): the list's `total`, else every comment shown. */
export function heading(page: CommentPage, lang: string): string | undefined {
  const count = page.total ?? countAll(page.items);
  return count ? plural(commentStrings(lang).commentCount, count, lang) : undefined;
}

/** Every comment of a thread, replies included. */
const countAll = (comments: Comment[]): number => comments.reduce((sum, { replies }) => sum + 1 + countAll(replies), 0);
