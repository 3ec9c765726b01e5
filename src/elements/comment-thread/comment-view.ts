import { html, nothing, type TemplateResult } from 'lit';
import type { Comment } from '../../data/lists.js';
import { formatDate } from '../../i18n/format-date.js';
import { relativeTime } from '../../i18n/relative-time.js';
import type { Strings } from '../../i18n/strings.js';
import { link } from '../templates.js';
import { autolink } from './autolink.js';

/**
 * One comment and its replies. A chunk of its own: `<comment-thread>` loads it only for a thread that
 * has comments, so a page whose threads are empty never downloads it.
 */
export function renderComment(comment: Comment, t: Strings, lang: string, top: boolean): TemplateResult {
  const { id, author, created, replies } = comment;
  const when = created && relativeTime(created, lang);
  return html`<li>
    <article part="comment${comment.pending ? ' pending' : ''}" id=${id ? `comment-${id}` : nothing} tabindex="-1" ?data-item=${top}>
      <header>
        ${author?.avatar ? html`<img part="avatar" src=${author.avatar} alt="" loading="lazy" />` : nothing}
        ${author ? html`<span part="author">${link(author.label, author.url)}</span>` : nothing}
        ${when
          ? html`<a class="when muted" href=${id ? `#comment-${id}` : nothing} tabindex="0"
              ><time datetime=${created}>${when}</time><span class="full"> · ${formatDate(created, lang, true)}</span></a
            >`
          : nothing}
        ${comment.pending ? html`<span part="badge" class="muted">${t.pending}</span>` : nothing}
      </header>
      ${comment.text.map((paragraph) => html`<p>${autolink(paragraph)}</p>`)}
      ${replies.length ? html`<ol>${replies.map((reply) => renderComment(reply, t, lang, false))}</ol>` : nothing}
    </article>
  </li>`;
}
