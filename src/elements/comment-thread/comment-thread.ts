import { html, isServer, nothing } from 'lit';
import { readComments } from '../../data/lists.js';
import type { Comment, CommentListJson, CommentPage, Entry } from '../../data/model.js';
import type { Auth, JsonDocument } from '../../data/load-json.js';
import { LoadError } from '../../data/load-error.js';
import type { Strings } from '../../i18n/strings.js';
import { WithSession } from '../../session/session-element.js';
import { ListElement } from '../list-element.js';
import { LoginGate } from '../login-gate/login-gate.js';
import { sharedStyles } from '../shared.styles.js';
import { addStyles, create } from '../templates.js';
import type { Composer } from './composer.js';

/**
 * The comments on an entry, threaded, for everyone to read; below them, inside its own `<login-gate>`,
 * the box where a signed-in reader writes a comment or a reply, or the sign-in prompt for others.
 * Inside a `<photo-story>` (slot `comments`) it shows the entry's `comments` list unless it has a `src`,
 * and the story's session unless it has one of its own.
 *
 * @tag comment-thread
 * @summary Threaded comments, with a composer for signed-in readers and the sign-in prompt for others.
 *
 * @attr {'light' | 'dark' | 'auto'} theme - The element's own colors instead of the host page's: light, dark,
 *   or as the reader's system prefers (the system's text and background colors, with 1em padding;
 *   restyle them with plain CSS on the element).
 *
 * @event {CommentPostEvent} comment-post - A reader sends a comment. Cancelable: cancel it to send it yourself.
 *   `detail`: `{text, parent, url}`.
 * @event {CommentPostedEvent} comment-posted - The archive took the comment. `detail`: `{comment, status}` (202: awaiting moderation).
 * @event {CommentFailedEvent} comment-failed - The comment was not taken; it stays in the box. `detail`: `{reason, status, message}`.
 * @event {SessionChangeEvent} session-change - A reader signed in or out (of a session this thread found itself). `detail.user`.
 * @event {LoginRequestEvent} login-request - A reader asked to sign in (from the thread's `<login-gate>`). Cancelable.
 *
 * @csspart heading - The heading, with the number of comments.
 * @csspart list - The list of threads.
 * @csspart comment - One comment (also `pending` while it awaits moderation).
 * @csspart avatar - An author's picture.
 * @csspart author - An author's name (a link when the author has a page).
 * @csspart badge - "Awaiting moderation".
 * @csspart empty - "No comments yet — be the first to comment".
 * @csspart more - The button that loads more comments.
 * @csspart status - The error message, in a live region of its own (empty otherwise), and its retry button beside it.
 * @csspart retry - The button that tries loading again, or posting again.
 * @csspart prompt - The sign-in prompt, for readers not signed in.
 * @csspart login - The "Log in" button.
 * @csspart composer - The form where a signed-in reader writes.
 * @csspart textarea - The comment box.
 * @csspart send - The "Post comment" button.
 * @csspart reply - A comment's "Reply" button.
 * @csspart cancel-reply - The button that turns a reply back into a comment.
 * @csspart logout - The "Log out" button.
 * @csspart post-status - What became of the last post (in a live region of its own), with Retry after a failure.
 *
 * @cssproperty --photo-story-muted - Color of secondary text (the text color for readers who ask for more contrast). Default: the text color.
 * @cssproperty --photo-story-link - Color of links. Default: the text color.
 * @cssproperty --photo-story-placeholder - Color of the loading shapes. Default: the text color at 10%.
 * @cssproperty --photo-story-title-font - Font family of the heading. Default: the host's.
 * @cssproperty --photo-story-gap - Space between the blocks. Default: 1.25em.
 * @cssproperty --photo-story-indent - How far replies are indented. Default: 1.5em.
 * @cssproperty --photo-story-radius - Corner radius of the comment box. Default: 0.
 */
export class CommentThread extends WithSession(ListElement)<Comment> {
  static override styles = sharedStyles;
  static override properties = { comments: { attribute: false }, maxLength: { type: Number, attribute: 'maxlength' } };

  /** The list itself (`[...]` or `{comments, total, next, post}` in the native format) instead of `src`. */
  declare comments?: CommentListJson | null;
  /** The longest comment a reader may post, when the list's own `maxLength` is not the limit. */
  declare maxLength?: number;
  override limit = 20;

  _gate?: LoginGate | typeof nothing;
  /** The comment chunk, once loaded. */
  _view?: typeof import('./comment-view.js');
  /** The signed-in reader's composer (see `compose`), and its chunk once loaded. */
  _composer?: Composer;
  private _composing?: typeof import('./composer.js');

  override _read(doc: JsonDocument): Promise<CommentPage> {
    return readComments(doc, this, async () => (await this._loadView()).threads);
  }

  /** The comment chunk: it reads comments and shows them, so only a list with comments loads it. */
  _loadView(): Promise<typeof import('./comment-view.js')> {
    return import('./comment-view.js').then(
      (view) => (addStyles(this, view.styles), (this._view = view)),
      () => Promise.reject(new LoadError('chunk')),
    );
  }

  protected override _given(): unknown {
    return this.comments;
  }

  protected override _linked(entry: Entry) {
    return entry.comments;
  }

  override _auth(url: string): Auth | undefined {
    return this._session?.session?.authFor(url);
  }

  protected override _headingText(t: Strings, lang: string, page?: CommentPage): string {
    // The count comes with the comment chunk, which a list without comments does without.
    return (page && this._view?.heading(page, lang)) || t.comments;
  }

  protected override _texts(t: Strings): [string, string] {
    return [t.commentsFailed, t.moreComments];
  }

  /** How many comments the list drew: the first `limit`, and any that must show past them. */
  _drawn = 0;

  /** `limit` counts comments, replies included: a thread of long threads shows what fits, not all. */
  override _count(page: CommentPage): number {
    // A list with comments has loaded the comment chunk to read them.
    return page.items.length && this._view!.countAll(page.items);
  }

  override _hidden(page: CommentPage): boolean {
    return this._drawn < this._count(page);
  }

  protected override _renderItems(page: CommentPage, t: Strings, lang: string): unknown {
    if (!page.items.length) return html`<p part="empty">${page.post ? t.noComments : t.noCommentsClosed}</p>`;
    // Comments are read by the comment chunk (see `_read`), and a composer waits for it: it is loaded.
    return this._view!.renderList(this, page.items, lang);
  }

  protected override _renderEnd(page: CommentPage): unknown {
    return page.post ? this._loginGate() : nothing;
  }

  /** The thread's own `<login-gate>`, made once; it follows the thread's session. */
  private _loginGate(): unknown {
    // On the server, the gate's prompt links to the login page (known to `renderStory`).
    if (isServer)
      return html`<login-gate lang=${this.getAttribute('lang')} exportparts="prompt, login" .loginUrl=${this.loginUrl} .loginLabel=${this.loginLabel}></login-gate>`;
    const gate = (this._gate ??= create(LoginGate, {}));
    // Its parts are the thread's too, so a page can style the sign-in prompt from outside.
    if (gate != nothing) gate.setAttribute('exportparts', 'prompt, login');
    return gate;
  }

  /** The list shown. */
  _page(): CommentPage | undefined {
    return this._data.value as CommentPage | undefined;
  }

  override connectedCallback(): void {
    // A link to one of the comments loads the thread now, wherever it is on the page.
    if (location.hash.startsWith('#comment-')) this._near = true;
    super.connectedCallback();
  }

  protected override updated(): void {
    // A signed-in reader of a list that takes comments gets the composer, inside the thread's gate.
    if (this._session?.session?.user && this._page()?.post) {
      if (this._composing) this._composing.compose(this);
      else import('./composer.js').then((composing) => (this._composing = composing).compose(this), () => {});
    }
    this._view?.reveal(this);
  }
}
