import { LitElement, html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextConsumer } from '../context/controllers.js';
import { entryContext } from '../context/entry-context.js';
import type { Entry } from '../data/model.js';
import type { Page } from '../data/model.js';
import { LoadError } from '../data/load-error.js';
import type { Auth, JsonDocument } from '../data/load-json.js';
import { RemoteData } from '../data/remote-data.js';
import { safeUrl } from '../data/safe-url.js';
import { followLanguage } from '../i18n/follow-language.js';
import { languageOf } from '../i18n/language.js';
import { stringsFor, type Strings } from '../i18n/strings.js';
import { errorMessage, heading, refocus, status } from './templates.js';
import { WithSource } from './with-source.js';

/** How far outside the viewport a list starts loading. */
const NEAR = '600px';
let observer: IntersectionObserver | undefined;

/**
 * What `<nearby-photos>` and `<comment-thread>` share: a list from `src`, from a property, or from the
 * entry of the `<photo-story>` around it; loaded when it nears the viewport; shown `limit` at a time,
 * with more on request — first those already loaded, then the next page (`next`).
 */
export abstract class ListElement<T> extends WithSource(LitElement) {
  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    _near: { state: true },
    _visible: { state: true },
    _moreError: { state: true },
  };

  /** How many items show at first (comments: replies counted), and how many more each "more" shows. */
  declare limit: number;

  /** Whether the element is near the viewport (lists load only then). */
  declare _near: boolean;
  /** @internal The page `renderStory` read, on the server: the list renders from it at once. */
  declare served?: Page<T>;
  declare _visible: number;
  declare _moreError?: LoadError | null;
  _data = new RemoteData<Page<T>>(
    this,
    (doc) => this._read(doc),
    (_, error) => {
      this._visible = Math.max(this._visible, this._step());
      refocus(this, error);
    },
  );
  /** The entry of the `<photo-story>` around the element, if any. */
  protected _context = new ContextConsumer(this, entryContext);
  /** @internal What the list shows (or loads): its document, or its URL and, after a space, `*` when the reader's credentials went with it. */
  _shownSource?: unknown;
  _hasSource = false;

  constructor() {
    super();
    followLanguage(this);
  }

  /** Reads a document of the list. */
  abstract _read(doc: JsonDocument): Page<T> | Promise<Page<T>>;
  /** The section's heading. */
  protected abstract _headingText(t: Strings, lang: string, page?: Page<T>): string;
  /** The items shown (the first `visible` ones). */
  protected abstract _renderItems(page: Page<T>, t: Strings, lang: string): unknown;
  /** The sentence for a list that could not be loaded, and the label of the "more" button. */
  protected abstract _texts(t: Strings): [failed: string, more: string];
  /** The list set as a property, if any. */
  protected abstract _given(): unknown;
  /** The list the entry links to. */
  protected abstract _linked(entry: Entry): string | JsonDocument | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this._near) return;
    // One observer for every list on the page; each list is marked near once.
    observer ??= new IntersectionObserver(
      (seen) => {
        for (const { target, isIntersecting } of seen) {
          if (!isIntersecting) continue;
          observer!.unobserve(target);
          (target as ListElement<unknown>)._near = true;
        }
      },
      { rootMargin: NEAR },
    );
    observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    observer?.unobserve(this);
  }

  /** The reader's credentials for a document of the list, where they may go. */
  _auth(_url: string): Auth | undefined {
    return undefined;
  }

  /** Where the list is: its URL, or the list itself with the URL its links resolve against. */
  _source(): string | JsonDocument | undefined {
    const given = this._given();
    return given !== undefined
      ? { json: given, url: document.baseURI }
      : this.src
        ? safeUrl(this.src, document.baseURI) ?? this.src
        : this._context.value && this._linked(this._context.value);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (isServer) {
      this._hasSource = !!(this._data.value = this.served);
      return void (this._visible = this._step());
    }
    const source = this._source();
    const auth = typeof source == 'string' ? this._auth(source) : undefined;
    // A reader who signs in may see more of the list (their comments awaiting moderation); a new token
    // for the same reader changes nothing shown.
    const key = typeof source == 'object' ? source.json : source && `${source} ${auth ? '*' : ''}`;
    this._hasSource = !!source;
    if (!source) {
      // Nothing to show (an entry without this list, say): forget what an earlier source showed.
      this._shownSource = undefined;
      this._data.clear();
    } else if (this._near && (key !== this._shownSource || this._sourceChanged(changed))) {
      this._shownSource = key;
      this._moreError = undefined;
      this._visible = 0;
      if (typeof source == 'string') this._data.load(source, { fetcher: this.fetch, auth });
      else this._data.show(source.json, source.url);
    }
  }

  /** Loads the list again (as its Retry button does). */
  reload(): void {
    this._shownSource = undefined;
    this.requestUpdate();
  }

  /** How many items the page holds, as `limit` counts them. */
  _count(page: Page<T>): number {
    return page.items.length;
  }

  /** Whether items of the page are not shown yet. */
  _hidden(page: Page<T>): boolean {
    return this._visible < this._count(page);
  }

  /** How many items each step shows: `limit` (a whole number), or 12 when `limit` is not a count. */
  _step(): number {
    return this.limit > 0 ? Math.ceil(this.limit) : 12;
  }

  /** Shows more items (a chunk of its own, as most lists never need it). */
  private _more(): void {
    import('./list-more.js').then(
      ({ more }) => more(this),
      () => (this._moreError = new LoadError('chunk')),
    );
  }

  protected override render(): unknown {
    if (!this._hasSource) return nothing;
    const lang = languageOf(this);
    const t = stringsFor(lang, this);
    const { value: page, error } = this._data;
    const [failed, more] = this._texts(t);
    return html`${heading(this.headingLevel, this._headingText(t, lang, page))}
      ${status(error && errorMessage(error, t, failed), t, this)}
      ${page
        ? html`${this._renderItems(page, t, lang)}
          ${this._hidden(page) || page.next
            ? html`<button part="more" aria-disabled=${this._moreError === null} @click=${this._more}>${more}</button>
                <p class="muted" role="status">${this._moreError ? errorMessage(this._moreError, t, failed) : nothing}</p>`
            : nothing}
          ${this._renderEnd(page)}`
        : error
          ? nothing
          : html`<ul class="skeleton" aria-hidden="true">
              <li><i></i></li><li><i></i></li><li><i></i></li><li><i></i></li>
            </ul>`}`;
  }

  /** What follows the list and its "more" button. */
  protected _renderEnd(_page: Page<T>): unknown {
    return nothing;
  }
}
