import { html, nothing } from 'lit';
import type { Entry } from '../../data/entry.js';
import { normalizeComments, type Comment, type CommentPage } from '../../data/lists.js';
import type { JsonDocument } from '../../data/load-json.js';
import { LoadError } from '../../data/load-error.js';
import { plural, type Strings } from '../../i18n/strings.js';
import { ListElement } from '../list-element.js';
import { LoginGate } from '../login-gate/login-gate.js';
import { sharedStyles } from '../shared.styles.js';
import { create } from '../templates.js';
import { styles } from './comment-thread.styles.js';
import type { renderComment } from './comment-view.js';

/**
 * The comments on an entry, threaded, for everyone to read; below them, the place to write one — for
 * now the sign-in prompt of a `<login-gate>`. Inside a `<photo-story>` (slot `comments`) it shows the
 * entry's `comments` list unless it has a `src`.
 *
 * @tag comment-thread
 * @summary Threaded comments with the sign-in prompt.
 *
 * @csspart heading - The heading, with the number of comments.
 * @csspart list - The list of threads.
 * @csspart comment - One comment (also `pending` while it awaits moderation).
 * @csspart avatar - An author's picture.
 * @csspart author - An author's name (a link when the author has a page).
 * @csspart badge - "Awaiting moderation".
 * @csspart empty - "No comments yet — be the first to comment".
 * @csspart more - The button that loads more comments.
 * @csspart status - The error message and its retry button (an empty live region otherwise).
 * @csspart retry - The button that tries loading again.
 *
 * @cssproperty --photo-story-muted - Color of secondary text. Default: the text color at 70%.
 * @cssproperty --photo-story-link - Color of links. Default: the text color.
 * @cssproperty --photo-story-placeholder - Color of the loading shapes. Default: the text color at 10%.
 * @cssproperty --photo-story-title-font - Font family of the heading. Default: the host's.
 * @cssproperty --photo-story-gap - Space between the blocks. Default: 1.25em.
 * @cssproperty --photo-story-indent - How far replies are indented. Default: 1.5em.
 */
export class CommentThread extends ListElement<Comment> {
  static override styles = [sharedStyles, styles];
  static override properties = { comments: { attribute: false } };

  /** The list itself (`[...]` or `{comments, total, next, post}` in the native format) instead of `src`. */
  declare comments?: unknown;
  override limit = 50;

  private _gate?: LoginGate | typeof nothing;
  /** The comment renderer, once its chunk has loaded. */
  private _renderer?: typeof renderComment;
  private _scrolled = false;

  protected override _read({ json, url }: JsonDocument): CommentPage {
    return normalizeComments(json, url);
  }

  protected override _given(): unknown {
    return this.comments;
  }

  protected override _linked(entry: Entry) {
    return entry.comments;
  }

  protected override _headingText(t: Strings, lang: string, page?: CommentPage): string {
    const count = page && (page.total ?? countAll(page.items));
    return count ? plural(t.commentCount, count, lang) : t.comments;
  }

  protected override _texts(t: Strings): [string, string] {
    return [t.commentsFailed, t.moreComments];
  }

  protected override _renderItems(page: CommentPage, t: Strings, lang: string): unknown {
    const render = this._renderer;
    if (!page.items.length) return html`<p part="empty">${page.post ? t.noComments : t.noCommentsClosed}</p>`;
    if (!render) {
      import('./comment-view.js').then(
        ({ renderComment }) => (this._renderer = renderComment),
        () => (this._data.error = new LoadError('network')),
      ).finally(() => this.requestUpdate());
      return nothing;
    }
    return html`<ol part="list">
      ${page.items.slice(0, this._visible).map((comment) => render(comment, t, lang, true))}
    </ol>`;
  }

  protected override _renderEnd(page: CommentPage): unknown {
    return page.post ? this._loginGate() : nothing;
  }

  /** The thread's own `<login-gate>`, kept across renders, pointed at the entry's login page. */
  private _loginGate(): LoginGate | typeof nothing {
    const gate = (this._gate ??= create(LoginGate, {}));
    if (gate != nothing) {
      gate.loginUrl = this._context.value?.login;
      // Its parts are the thread's too, so a page can style the sign-in prompt from outside.
      gate.setAttribute('exportparts', 'prompt, login');
    }
    return gate;
  }

  override connectedCallback(): void {
    // A link to one of the comments loads the thread now, wherever it is on the page.
    if (location.hash.startsWith('#comment-')) this._near = true;
    super.connectedCallback();
  }

  protected override updated(): void {
    // A link to a comment (#comment-<id>) brings it into view once it is shown.
    const target = !this._scrolled && location.hash.startsWith('#comment-') && this.renderRoot.querySelector(`[id="${CSS.escape(location.hash.slice(1))}"]`);
    if (target) {
      this._scrolled = true;
      target.scrollIntoView();
    }
  }
}

/** Every comment of a thread, replies included. */
const countAll = (comments: Comment[]): number => comments.reduce((sum, { replies }) => sum + 1 + countAll(replies), 0);
