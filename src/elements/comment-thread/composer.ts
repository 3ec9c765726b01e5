import { html, nothing, render, type TemplateResult } from 'lit';
import { css } from '../css.js';
import { loadJson } from '../../data/load-json.js';
import type { Comment } from '../../data/model.js';
import { languageOf } from '../../i18n/language.js';
import { fill, stringsFor, type Strings } from '../../i18n/strings.js';
import { signIn } from '../../session/session-element.js';
import type { Session } from '../../session/session.js';
import type { User } from '../../session/user.js';
import { ElementEvent } from '../../context/element-event.js';
import { addStyles } from '../templates.js';
import type { LoginGate } from '../login-gate/login-gate.js';
import type { CommentThread } from './comment-thread.js';
import './composer-strings.js';
import type { ComposerStrings } from './composer-strings.js';
import { forgetDrafts, newKey, readDraft, saveDraft, watchDraft, type Draft } from './drafts.js';
import { PostError, postComment } from './post-comment.js';

/**
 * The box where a signed-in reader writes a comment or a reply, and the posting of it. A chunk of its
 * own, loaded only for a signed-in reader of a thread that takes comments; `<comment-thread>` renders
 * it inside its `<login-gate>`.
 *
 * The text is never lost: it is kept as a draft (per thread and reader) while it is written, stays in
 * the box when posting fails, and goes only once the archive has it (or the reader signs out). Every
 * attempt at one comment carries the same `Idempotency-Key`, so the archive stores it once: the key is
 * made with the draft and kept with it, and tabs showing the same thread follow each other's draft,
 * so that two tabs post it with the same key. A key is dropped when the box is emptied, and when the
 * archive answered that it did not take the comment.
 */
export class Composer {
  text = '';
  /** The reader, as the session has them now. */
  user: User;
  /** The reader the composer belongs to. */
  readonly reader: string;
  private _key?: string;
  /** The id of the comment this one replies to (also one not loaded: a draft's reply to a later page). */
  private _parentId?: string;
  /** The comments this reader posted here, kept in view when the list asked again lacks them. */
  private _posted: [Comment, string | undefined][] = [];
  /** Counts the list's refreshes: only the newest one is shown. */
  private _refreshes = 0;
  private _listening = new AbortController();
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
    if (draft) this._restore(draft);
    // The page's listeners hold the composer weakly: a thread that left the page is not kept by them.
    const composer = new WeakRef(this);
    const { signal } = this._listening;
    watchDraft(this._draft, (draft) => composer.deref()?._follow(draft), signal);
    _session.addEventListener('signout', () => (forgetDrafts(mine), composer.deref()?._restore({ text: '' })), { signal });
    addStyles(_thread, styles);
  }

  /** Stops listening to the session: the thread has another composer now. */
  dispose(): void {
    this._listening.abort();
  }

  render(t: Strings, lang: string, maxLength?: number): TemplateResult {
    const c = stringsFor<ComposerStrings>(lang);
    // Loaded before the composer was made (see `compose`).
    const view = this._thread._view!;
    const left = (maxLength ?? Infinity) - this.text.length;
    const failure = this._failure;
    return html`<form part="composer" @submit=${(event: Event) => (event.preventDefault(), this.send())}>
      <p class="muted">
        ${fill(c.signedInAs, { name: html`<b dir="auto">${this.user.name}</b>` })}
        <button type="button" part="logout" @click=${() => this._logOut()}>${c.logOut}</button>
      </p>
      ${this._parentId
        ? html`<p class="muted" id="composer-reply">
            ${this._replyingTo(c)}
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
        aria-describedby=${this._parentId ? 'composer-reply composer-hint' : 'composer-hint'}
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
          >${maxLength ? (left < 0 ? view.plural(c.over, -left, lang) : view.plural(c.left, left, lang)) : nothing}
          <span class="shortcut">${c.shortcut}</span></span
        >
        <button part="send" ?disabled=${this._sending || !this.text.trim() || left < 0}>${c.send}</button>
      </p>
      <p part="post-status">
        <span role="status">${failure ? failureMessage(failure, t, c) : this._note}</span>
        ${failure
          ? html`${failure.status == 401
                ? html`<button type="button" part="login" aria-description=${t.newWindow} @click=${() => this._logIn()}>${t.logIn}</button>`
                : nothing}
              <button type="button" part="retry" @click=${() => this.send()}>${t.retry}</button>`
          : nothing}
      </p>
    </form>`;
  }

  /**
   * The "Reply" button under each comment, while this composer's reader is signed in (a comment the
   * archive has not given an id cannot be replied to).
   */
  actions(lang: string): ((comment: Comment) => unknown) | undefined {
    const c = stringsFor<ComposerStrings>(lang);
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
    this._parentId = comment?.id;
    this._save();
    await this.focus();
  }

  /** Puts the reader in the box, once it is drawn. */
  async focus(): Promise<void> {
    this._thread.requestUpdate();
    await this._thread.updateComplete;
    this._thread.renderRoot.querySelector('textarea')?.focus();
  }

  /** Signs in again (after a 401), as the thread's Log in does: the page may take over. */
  private _logIn(): void {
    const url = this._session.loginUrl;
    if (this._thread.dispatchEvent(new ElementEvent('login-request', { url }, true)) && url) signIn(url, this._thread._gate);
  }

  /** Signs the reader out; focus goes to the Log in button that replaces the box. */
  private async _logOut(): Promise<void> {
    this._session.signOut();
    const gate = this._thread._gate as LoginGate;
    await this._thread.updateComplete;
    await gate.updateComplete;
    gate.shadowRoot?.querySelector('button')?.focus();
  }

  /**
   * Posts the text (after a cancelable `comment-post`). It shows at once, marked as sending; then as
   * posted or awaiting moderation, or it leaves the list again and the box says why, with a Retry.
   */
  async send(): Promise<void> {
    const thread = this._thread;
    const lang = languageOf(thread);
    const c = stringsFor<ComposerStrings>(lang);
    const text = this.text.trim();
    const page = thread._page();
    const maxLength = thread.maxLength ?? page?.maxLength ?? Infinity;
    const parentId = this._parentId;
    const parent = this._parent();
    // Too long to send: the reader hears why nothing happened (the status speaks; the count alone is silent).
    if (text.length > maxLength && !this._sending) {
      this._note = this._thread._view!.plural(c.over, text.length - maxLength, lang);
      return this._thread.requestUpdate();
    }
    if (this._sending || !text || !page) return;
    if (!thread.dispatchEvent(new ElementEvent('comment-post', { text, parent: parentId, url: this.url }, true))) return;
    this._key ??= newKey();
    this._save();
    const { name, avatar } = this.user;
    const shown: Comment = {
      author: { label: name, avatar },
      created: new Date().toISOString(),
      // The reader's words as written (also once posted), line breaks and all: "a<b" from a reader is no tag.
      text: [text],
      pending: false,
      sending: true,
      replies: [],
    };
    (parent ? parent.replies : page.items).push(shown);
    // Kept from now on, so that a refresh for an earlier post that lands meanwhile shows it too.
    this._posted.push([shown, parentId]);
    this._sending = true;
    this._failure = undefined;
    this._note = c.sendingComment;
    thread.requestUpdate();
    let focus: HTMLElement | null | undefined;
    try {
      const { comment, status, stored } = await postComment(this.url, { text, parent: parentId }, this._key, this._session.authFor(this.url), thread.fetch);
      // The reader's words as typed, unless the archive says it stored other words (an earlier attempt
      // with the same key, say): then the archive's.
      const typed = stored == null || stored.trim() == text;
      Object.assign(shown, comment, { ...(typed && { text: shown.text }), sending: false, pending: status == 202 || !!comment?.pending });
      this._synced = this.text = '';
      this._parentId = this._key = undefined;
      this._note = c[shown.pending ? 'held' : 'posted'];
      thread.dispatchEvent(new ElementEvent('comment-posted', { comment: shown, status }));
      this._refresh();
      thread.requestUpdate();
      await thread.updateComplete;
      focus = shown.id ? thread.renderRoot.querySelector<HTMLElement>(`[id="comment-${CSS.escape(shown.id)}"]`) : undefined;
    } catch (error) {
      this._posted = this._posted.filter(([posted]) => posted != shown);
      remove(thread._page()?.items ?? [], shown);
      const failure = (this._failure = error instanceof PostError ? error : new PostError('network'));
      // The archive said no: the next attempt is a new comment. Otherwise (no answer, 5xx, 408, 429, and
      // 409 or 425: still working on an earlier try) it may have stored this one.
      if (failure.status >= 400 && failure.status < 500 && ![408, 409, 425, 429].includes(failure.status)) this._key = undefined;
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
   * Asks the archive for the list again, keeping what is shown meanwhile; only the newest answer is
   * shown. The reader's posted comments stay even when the new list lacks them (one awaiting
   * moderation, a list cached on the way). A list of several pages stays as it is: its first page alone
   * would drop the others.
   */
  private async _refresh(): Promise<void> {
    const thread = this._thread;
    const refresh = ++this._refreshes;
    try {
      const page = await thread._read(
        await loadJson(this.url, { fetcher: thread.fetch, auth: this._session.authFor(this.url), fresh: true }),
      );
      const shown = thread._page();
      if (refresh != this._refreshes || thread._source() != this.url || !shown || shown.next || page.next) return;
      for (const [comment, parentId] of this._posted) {
        const listed = find(page.items, comment.id);
        if (listed) listed.text = comment.text;
        else ((parentId && find(page.items, parentId)?.replies) || page.items).push(comment);
      }
      const focused = (thread.renderRoot as ShadowRoot).activeElement?.id;
      thread._data.value = page;
      thread.requestUpdate();
      await thread.updateComplete;
      // The same comment keeps the focus, wherever the new list puts it.
      if (focused?.startsWith('comment-')) thread.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(focused)}"]`)?.focus();
    } catch {
      // The list shown, with the posted comment in it, stays.
    }
  }

  /** Whether the reader posted `comment` here: it shows however far down the thread it is. */
  _mine(comment: Comment): boolean {
    return this._posted.some(([posted]) => posted == comment || (!!posted.id && posted.id == comment.id));
  }

  /** The draft as last read from storage: the box follows another tab only while its reader has not written since. */
  private _synced = '';

  private _restore({ text, key, parent }: Draft): void {
    this._synced = this.text = text;
    this._key = key;
    this._parentId = parent;
    this._failure = undefined;
  }

  /**
   * Another tab changed the draft (the reader writes on there: this box follows), or posted it or
   * signed out: this box empties too, unless its reader wrote on here since; then that text stays, as a
   * new comment (a new key). A box that is sending follows nothing.
   */
  private _follow(draft: Draft): void {
    if (this._sending) return;
    if (draft.text || this.text == this._synced) this._restore(draft);
    else this._key = undefined;
    this._thread.requestUpdate();
  }

  private _edit(text: string): void {
    this.text = text;
    // The key is made with the draft, so that another tab posting it uses the same.
    this._key = text.trim() ? (this._key ?? newKey()) : undefined;
    this._note = '';
    this._save();
    this._thread.requestUpdate();
  }

  /**
   * "Replying to Ana.", or, when the comment replied to is no longer shown (or has no author), to an
   * earlier one. Names, from data, are isolated in their own direction (here and in "Signed in as").
   */
  private _replyingTo(c: ComposerStrings): unknown {
    const name = this._parent()?.author?.label;
    return name ? fill(c.replyingTo, { name: html`<bdi>${name}</bdi>` }) : c.replyingToEarlier;
  }

  /** The comment replied to, in the list as shown now (a refresh replaces every comment object). */
  private _parent(): Comment | undefined {
    return find(this._thread._page()?.items ?? [], this._parentId);
  }

  private _save(): void {
    saveDraft(this._draft, { text: this.text, parent: this._parentId, key: this._key });
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
  // What the reader posts is shown by the comment chunk: the composer waits for it.
  if (!thread._view) return void thread._loadView().then(() => thread.requestUpdate(), () => {});
  let composer = thread._composer;
  if (composer?.reader != readerOf(user) || composer.url != url || composer._session != session) {
    composer?.dispose();
    composer = thread._composer = new Composer(thread, session, url);
    thread.requestUpdate(); // for the reply buttons
    // A reader who just signed in from this thread goes on in the box.
    if (gate._asked) {
      gate._asked = false;
      composer.focus();
    }
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

/** Takes `comment` out of the list, wherever it is (a refresh may have moved it to a new list). */
function remove(comments: Comment[], comment: Comment): void {
  const at = comments.indexOf(comment);
  if (at >= 0) comments.splice(at, 1);
  else for (const { replies } of comments) remove(replies, comment);
}

/** The comment with this id, replies included; none for no id (comments on their way have none). */
function find(comments: Comment[], id?: string): Comment | undefined {
  if (id === undefined) return undefined;
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
    border: 1px solid; /* the text color: 3:1 and more, wherever the text is readable */
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
