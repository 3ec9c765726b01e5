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

/** Which comments must show past the limit. */
type Keep = false | ((comment: Comment) => boolean);

/** The id of the element that the page's address names (`#comment-…`), as the page writes it. */
function linkedId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return location.hash.slice(1); // a malformed %-escape
  }
}

/** A link to a comment (`#comment-<id>`) brings it into view once it is shown (once per thread). */
export function reveal(thread: CommentThread): void {
  const id = linkedId();
  const target = !revealed.has(thread) && id.startsWith('comment-') && thread.renderRoot.querySelector(`[id="${CSS.escape(id)}"]`);
  if (target) {
    revealed.add(thread);
    target.scrollIntoView();
  }
}

/**
 * The thread's list: its first `limit` comments (see `renderComments`), and past them the comments a
 * reader must see wherever they are: their own, and the one the page's address names.
 */
export function renderList(thread: CommentThread, comments: Comment[], lang: string): TemplateResult {
  const composer = thread._composer;
  const id = linkedId();
  // Only a signed-in reader has comments of their own; most pages' addresses name none.
  const keep =
    (composer || id.startsWith('comment-')) &&
    ((comment: Comment) => !!comment.sending || (!!comment.id && (`comment-${comment.id}` == id || !!composer?._mine(comment))));
  return html`<ol part="list">
    ${renderComments(comments, commentStrings(lang), lang, { left: thread._visible }, keep, composer?.actions(lang))}
  </ol>`;
}

/** Whether a comment, or one of its replies, is one that must show. */
const holds = (comment: Comment, keep?: Keep): boolean => !!keep && (keep(comment) || comment.replies.some((reply) => holds(reply, keep)));

/**
 * Comments with their replies, in reading order, as many as `shown.left` (each comment shown takes one):
 * a huge thread renders what a reader sees first, not all of it. Past that, only the comments that
 * `keep` names are drawn, with the comments they reply to; they are not items of the list
 * (`data-item`), which "Load more comments" counts in to find the first new one.
 */
function renderComments(
  comments: Comment[],
  t: CommentStrings,
  lang: string,
  shown: { left: number },
  keep?: Keep,
  /** What a reader can do with a comment (reply to it), when they can. */
  actions?: (comment: Comment) => unknown,
): TemplateResult[] {
  const rendered = [];
  for (const comment of comments) {
    const counted = shown.left-- > 0;
    if (!counted && !holds(comment, keep)) continue;
    const { id, author, created, replies } = comment;
    const time = created && commentTime(created, lang);
    const shownReplies = renderComments(replies, t, lang, shown, keep, actions);
    rendered.push(html`<li>
      <article part="comment${comment.pending ? ' pending' : ''}" id=${id ? `comment-${id}` : nothing} tabindex="-1" ?data-item=${counted}>
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
        ${shownReplies.length ? html`<ol>${shownReplies}</ol>` : nothing}
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
