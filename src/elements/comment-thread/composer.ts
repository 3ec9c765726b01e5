import { css, html, nothing, render, type TemplateResult } from 'lit';
import { paragraphs } from '../../data/fields.js';
import { loadJson } from '../../data/load-json.js';
import type { Comment } from '../../data/lists.js';
import { languageOf } from '../../i18n/language.js';
import { fill, plural, stringsFor, type Strings } from '../../i18n/strings.js';
import { signIn } from '../../session/session-element.js';
import type { Session } from '../../session/session.js';
import type { User } from '../../session/user.js';
import { ElementEvent } from '../element-event.js';
import type { CommentThread } from './comment-thread.js';
import { composerStrings, type ComposerStrings } from './composer-strings.js';
import { forgetDrafts, readDraft, saveDraft } from './drafts.js';
import { PostError, postComment } from './post-comment.js';

/**
 * The box where a signed-in reader writes a comment or a reply, and the posting of it. A chunk of its
 * own, loaded only for a signed-in reader of a thread that takes comments; `<comment-thread>` renders
 * it inside its `<login-gate>`.
 *
 * The text is never lost: it is kept as a draft (per thread and reader) while it is written, stays in
 * the box when posting fails, and goes only once the archive has it (or the reader signs out). Every
 * attempt at one comment carries the same `Idempotency-Key`, so the archive stores it once; a key is
 * dropped only when the archive answered that it did not take the comment.
 */
export class Composer {
  text = '';
  /** The comment this one replies to. */
  parent?: Comment;
  /** The reader, as the session has them now. */
  user: User;
  /** The reader the composer belongs to. */
  readonly reader: string;
  private _key?: string;
  private _sending = false;
  private _failure?: PostError;
  /** What the live region says about the last step. */
  private _note = '';
  private readonly _draft: string;

  constructor(
    private readonly _thread: CommentThread,
    readonly _session: Session,
    /** The comment list's URL, where comments are posted. */
    readonly url: string,
  ) {
    this.user = _session.user!;
    this.reader = readerOf(this.user);
    const mine = `${_session.key ?? ''} ${this.reader}\n`;
    this._draft = mine + url;
    const draft = readDraft(this._draft);
    if (draft) {
      this.text = draft.text;
      this._key = draft.key;
      this.parent = find(_thread._data.value?.items ?? [], draft.parent);
    }
    _session.addEventListener('signout', () => {
      forgetDrafts(mine);
      this.text = '';
      this.parent = this._key = this._failure = undefined;
    });
    const root = _thread.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
  }

  render(t: Strings, lang: string, maxLength?: number): TemplateResult {
    const c = composerStrings(lang);
    const left = (maxLength ?? Infinity) - this.text.length;
    const failure = this._failure;
    return html`<form part="composer" @submit=${(event: Event) => (event.preventDefault(), this.send())}>
      <p class="muted">
        ${fill(c.signedInAs, { name: html`<b>${this.user.name}</b>` })}
        <button type="button" part="logout" @click=${() => this._session.signOut()}>${c.logOut}</button>
      </p>
      ${this.parent
        ? html`<p class="muted">
            ${fill(c.replyingTo, { name: this.parent.author?.label ?? t.untitled })}
            <button type="button" part="cancel-reply" @click=${() => this.replyTo()}>${c.cancelReply}</button>
          </p>`
        : nothing}
      <label for="composer-text">${c.label}</label>
      <textarea
        id="composer-text"
        part="textarea"
        rows="4"
        .value=${this.text}
        ?readonly=${this._sending}
        aria-invalid=${left < 0}
        aria-describedby="composer-hint"
        @input=${(event: InputEvent) => this._edit((event.target as HTMLTextAreaElement).value)}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key == 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            this.send();
          }
        }}
      ></textarea>
      <p class="actions">
        <span id="composer-hint" class="muted"
          >${maxLength ? (left < 0 ? plural(c.over, -left, lang) : plural(c.left, left, lang)) : nothing}
          <span class="shortcut">${c.shortcut}</span></span
        >
        <button part="send" ?disabled=${this._sending || !this.text.trim() || left < 0}>${c.send}</button>
      </p>
      <p part="post-status" role="status">
        ${failure
          ? html`${failureMessage(failure, t, c)}
              ${failure.status == 401 && this._session.loginUrl
                ? html`<button type="button" part="login" @click=${() => signIn(this._session.loginUrl!)}>${t.logIn}</button>`
                : nothing}
              <button type="button" part="retry" @click=${() => this.send()}>${t.retry}</button>`
          : this._note}
      </p>
    </form>`;
  }

  /**
   * The "Reply" button under each comment, while this composer's reader is signed in (a comment the
   * archive has not given an id cannot be replied to).
   */
  actions(lang: string): ((comment: Comment) => unknown) | undefined {
    const c = composerStrings(lang);
    return this.user == this._session.user && this._thread._session?.session == this._session
      ? (comment) =>
          comment.id && !comment.sending
            ? html`<button type="button" part="reply" aria-label=${fill(c.replyTo, { name: comment.author?.label ?? '' }).join('')}
                @click=${() => this.replyTo(comment)}>${c.reply}</button>`
            : nothing
      : undefined;
  }

  /** Replies to `comment` (or to nobody), then puts the reader in the box. */
  async replyTo(comment?: Comment): Promise<void> {
    this.parent = comment;
    this._save();
    this._thread.requestUpdate();
    await this._thread.updateComplete;
    this._thread.renderRoot.querySelector('textarea')?.focus();
  }

  /**
   * Posts the text (after a cancelable `comment-post`). It shows at once, marked as sending; then as
   * posted or awaiting moderation, or it leaves the list again and the box says why, with a Retry.
   */
  async send(): Promise<void> {
    const thread = this._thread;
    const lang = languageOf(thread);
    const c = composerStrings(lang);
    const text = this.text.trim();
    const page = thread._page();
    const maxLength = thread.maxLength ?? page?.maxLength ?? Infinity;
    const parent = this.parent;
    if (this._sending || !text || text.length > maxLength || !page) return;
    if (!thread.dispatchEvent(new ElementEvent('comment-post', { text, parent: parent?.id, url: this.url }, true))) return;
    this._key ??= Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
    this._save();
    const { name, avatar } = this.user;
    const shown: Comment = {
      author: { label: name, avatar },
      created: new Date().toISOString(),
      text: paragraphs(text),
      pending: false,
      sending: true,
      replies: [],
    };
    const siblings = parent ? parent.replies : page.items;
    siblings.push(shown);
    thread._visible = Math.max(thread._visible, page.items.length);
    this._sending = true;
    this._failure = undefined;
    this._note = c.sending;
    thread.requestUpdate();
    let focus: HTMLElement | null | undefined;
    try {
      const { comment, status } = await postComment(this.url, { text, parent: parent?.id }, this._key, this._session.authFor(this.url), thread.fetch);
      Object.assign(shown, comment, { sending: false, pending: status == 202 || !!comment?.pending });
      this.text = '';
      this.parent = this._key = undefined;
      this._note = c[shown.pending ? 'held' : 'posted'];
      thread.dispatchEvent(new ElementEvent('comment-posted', { comment: shown, status }));
      this._refresh(shown, parent);
      thread.requestUpdate();
      await thread.updateComplete;
      focus = shown.id ? thread.renderRoot.querySelector<HTMLElement>(`[id="comment-${CSS.escape(shown.id)}"]`) : undefined;
    } catch (error) {
      siblings.splice(siblings.indexOf(shown), 1);
      const failure = (this._failure = error instanceof PostError ? error : new PostError('network'));
      // The archive said no: the next attempt is a new comment. Otherwise it may have stored this one.
      if (failure.status >= 400 && failure.status < 500 && failure.status != 408 && failure.status != 429) this._key = undefined;
      const message = failureMessage(failure, stringsFor(lang), c);
      thread.dispatchEvent(new ElementEvent('comment-failed', { reason: failure.reason, status: failure.status, message }));
    }
    this._sending = false;
    this._save();
    thread.requestUpdate();
    await thread.updateComplete;
    (focus ?? thread.renderRoot.querySelector<HTMLElement>(this._failure ? '[part=retry]' : 'textarea'))?.focus();
  }

  /**
   * Asks the archive for the list again, keeping what is shown meanwhile. The reader's `posted` comment
   * stays even when the new list lacks it (one awaiting moderation, a list cached on the way).
   */
  private async _refresh(posted: Comment, parent?: Comment): Promise<void> {
    const thread = this._thread;
    const shown = thread._data.value;
    try {
      const page = await thread._read(
        await loadJson(this.url, { fetcher: thread.fetch, auth: this._session.authFor(this.url), fresh: true }),
      );
      if (thread._data.value != shown || thread._source() != this.url) return;
      if (!find(page.items, posted.id)) ((parent && find(page.items, parent.id)?.replies) || page.items).push(posted);
      thread._data.value = page;
      thread.requestUpdate();
    } catch {
      // The list shown, with the posted comment in it, stays.
    }
  }

  private _edit(text: string): void {
    this.text = text;
    this._note = '';
    this._save();
    this._thread.requestUpdate();
  }

  private _save(): void {
    saveDraft(this._draft, { text: this.text, parent: this.parent?.id, key: this._key });
  }
}

/**
 * Renders the composer of the thread's signed-in reader into the thread's `<login-gate>`: the same one
 * while the same reader stays on the same list (a new token after signing in again changes nothing in
 * the box), a new one (with that reader's draft) otherwise.
 */
export function compose(thread: CommentThread): void {
  const gate = thread._gate;
  const session = thread._session?.session;
  const url = thread._source();
  const page = thread._page();
  const user = session?.user;
  if (!gate || gate == nothing || !user || !page?.post || typeof url != 'string') return;
  let composer = thread._composer;
  if (composer?.reader != readerOf(user) || composer.url != url || composer._session != session) {
    composer = thread._composer = new Composer(thread, session, url);
    thread.requestUpdate(); // for the reply buttons
  } else if (composer.user != user) {
    composer.user = user;
    thread.requestUpdate();
  }
  const lang = languageOf(thread);
  render(composer.render(stringsFor(lang), lang, thread.maxLength ?? page.maxLength), gate, { host: thread });
}

/** What tells readers apart: drafts and composers belong to one. */
const readerOf = (user: User): string => `${user.id ?? user.name}`;

/** The reader's sentence for a post that failed. */
function failureMessage({ reason, status, said }: PostError, t: Strings, c: ComposerStrings): string {
  if (status == 401) return c.signInAgain;
  return said ?? (reason == 'http' ? fill(c.refused, { status }).join('') : t[reason == 'timeout' ? reason : 'network']);
}

/** The comment with this id, replies included. */
function find(comments: Comment[], id?: string): Comment | undefined {
  for (const comment of comments) {
    const found = comment.id == id ? comment : find(comment.replies, id);
    if (found) return found;
  }
  return undefined;
}

const styles = css`
  form {
    margin-top: var(--_gap);
  }
  label {
    display: block;
    font-weight: bold;
  }
  textarea {
    box-sizing: border-box;
    width: 100%;
    margin: 0.5em 0;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_muted);
    border-radius: var(--photo-story-radius, 0);
    padding: 0.5em;
    resize: vertical;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    justify-content: space-between;
    align-items: center;
    font-size: 0.875em;
  }
  [part='send'] {
    font-size: 1.1428em;
  }
  textarea:not(:focus) ~ .actions .shortcut {
    display: none;
  }
`;
