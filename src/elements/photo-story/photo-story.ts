import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextProvider } from '../../context/controllers.js';
import { entryContext } from '../../context/entry-context.js';
import { readEntry } from '../../data/entry.js';
import type { CommentPage, Entry, EntryImage, EntryJson, EntryLink, Labelled, NearbyItem, Page } from '../../data/model.js';
import { RemoteData } from '../../data/remote-data.js';
import { safeUrl } from '../../data/safe-url.js';
import { formatDate } from '../../i18n/format-date.js';
import { languageOf } from '../../i18n/language.js';
import { fill, stringsFor, type Strings } from '../../i18n/strings.js';
import { CommentThread } from '../comment-thread/comment-thread.js';
import { NearbyPhotos } from '../nearby-photos/nearby-photos.js';
import type { NearbySelectEvent } from '../nearby-photos/events.js';
import { swapped, WithSession } from '../../session/session-element.js';
import { ElementEvent } from '../../context/element-event.js';
import { sharedStyles } from '../shared.styles.js';
import { WithSource } from '../with-source.js';
import { create, errorMessage, heading, isolated, link, refocus, status } from '../templates.js';
import type {} from './events.js';
import { styles } from './photo-story.styles.js';

type Section = 'comments' | 'nearby';

/**
 * An archive photo with its story: title, date, the photo with caption and credit, the headline quote,
 * the story, its place in a series and who contributed it — from a JSON URL (`src`) or an object
 * (`.entry`) in the native format. When the entry links its comments and nearby photos, the story
 * shows them too, through its own `<comment-thread>` and `<nearby-photos>` — or through those you put
 * inside it (slots `comments` and `nearby`), which then get the entry without a `src` of their own.
 * The reader's session (the host's `.user`/`.token`, `session-src`/`login-url`, else the entry's
 * `session`/`login`) goes to every element inside.
 *
 * @tag photo-story
 * @summary A historic photo and its story, from any JSON endpoint.
 *
 * @attr {'light' | 'dark' | 'auto'} theme - The element's own colors instead of the host page's: light, dark,
 *   or as the reader's system prefers (the system's text and background colors, with 1em padding;
 *   restyle them with plain CSS on the element).
 *
 * @event {PhotoStoryLoadEvent} photo-story-load - The entry is shown. `detail.entry` holds it as displayed.
 * @event {PhotoStoryErrorEvent} photo-story-error - The entry cannot be shown. `detail`: `{reason, status, message}`.
 * @event {SessionChangeEvent} session-change - A reader signed in or out of the story's session. `detail.user`: the reader, or `null`.
 * @event {NearbySelectEvent} nearby-select - From the story's nearby photos (it comes out of the story). Cancel it to swap the
 *   story to that item in place.
 *
 * @slot - Fallback content (for example a link to the entry's page): shown while the story loads and
 *   again if loading fails, hidden (not removed) once the story shows.
 * @slot comments - Your own `<comment-thread>`, instead of the built-in one (one placed inside goes here
 *   even without `slot="comments"`).
 * @slot nearby - Your own `<nearby-photos>`, instead of the built-in one (likewise).
 *
 * @csspart title - The title heading.
 * @csspart meta - The line under the title: date and place.
 * @csspart figure - The photo with its caption.
 * @csspart zoom - The button around the photo that opens it large: its name is "Enlarge the photo", its description the photo's alt text.
 * @csspart image - The photo itself.
 * @csspart dialog - The `<dialog>` that shows the photo large, with its caption and credits.
 * @csspart close - The dialog's Close button.
 * @csspart caption - The caption, with photographer, credit and rights.
 * @csspart headline - The headline quote.
 * @csspart story - The story's paragraphs.
 * @csspart series - The links to the previous and next entries of the series.
 * @csspart byline - "Contributed by … on …".
 * @csspart status - The error message, in a live region of its own (empty otherwise), and its retry button beside it.
 * @csspart retry - The button that tries loading again.
 * @csspart skeleton - The shape shown while loading.
 *
 * @cssproperty --photo-story-accent - Color of the headline quote's rule. Default: the text color.
 * @cssproperty --photo-story-muted - Color of dates, captions and credits (the text color for readers who ask for more contrast). Default: the text color.
 * @cssproperty --photo-story-link - Color of links. Default: the text color.
 * @cssproperty --photo-story-placeholder - Color of the loading shapes and of the photo's box before it arrives.
 * @cssproperty --photo-story-title-font - Font family of the title. Default: the host's.
 * @cssproperty --photo-story-title-size - Font size of the title. Default: 1.75em.
 * @cssproperty --photo-story-quote-font - Font family of the headline quote. Default: the host's.
 * @cssproperty --photo-story-gap - Space between the blocks. Default: 1.25em.
 * @cssproperty --photo-story-radius - Corner radius of the photo. Default: 0.
 * @cssproperty --photo-story-ratio - Aspect ratio of the photo's box while loading. Default: 3 / 2.
 */
export class PhotoStory extends WithSession(WithSource(LitElement)) {
  static override styles = [sharedStyles, styles];
  static override properties = {
    hide: {},
    entry: { attribute: false },
    loading: {},
    fetchpriority: {},
    sizes: {},
    nearbyMap: { attribute: 'nearby-map' },
    commentsMap: { attribute: 'comments-map' },
  };

  /** Built-in sections to leave out, space-separated: `comments`, `nearby`. */
  declare hide?: string;

  /** The entry as an object in the native format (`EntryJson`); when set, it is shown instead of `src`. */
  declare entry?: EntryJson | null;

  /** The photo's `loading`: `lazy` for a story far down the page. Default: the browser's (eager). */
  declare loading?: 'lazy' | 'eager';

  /** The photo's `fetchpriority`: `high` for the main story of a page. */
  declare fetchpriority?: 'high' | 'low' | 'auto';

  /** The photo's `sizes`, when the story sits in a column narrower than the viewport. */
  declare sizes?: string;

  /** The `map` of the built-in `<nearby-photos>`, for an entry's `nearby` list in another format. */
  declare nearbyMap?: string;

  /** The `map` of the built-in `<comment-thread>`, for an entry's `comments` list in another format. */
  declare commentsMap?: string;

  /** @internal What `renderStory` read, on the server: the story renders from it at once. */
  declare served?: Served;

  private _data = new RemoteData<Entry>(
    this,
    (doc) => readEntry(doc, this),
    (entry, error) => {
      this._provider.setValue(entry);
      refocus(this, error);
      this.dispatchEvent(
        entry
          ? new ElementEvent('photo-story-load', { entry })
          : new ElementEvent('photo-story-error', {
              reason: error!.reason,
              status: error!.status,
              message: errorMessage(error!, stringsFor(languageOf(this))),
            }),
      );
    },
  );
  private _provider = new ContextProvider(this, entryContext);
  /** Made once each; inherits nothing, so a polluted `Object.prototype` cannot put a section here. */
  private _sections: Partial<Record<Section, CommentThread | NearbyPhotos | typeof nothing>> = Object.create(null);

  constructor() {
    super();
    // Runs after every listener of the event: a page that cancelled it wants the story swapped here.
    this.addEventListener('nearby-select', (event: NearbySelectEvent) =>
      queueMicrotask(() => {
        const { src } = event.detail.item;
        if (!event.defaultPrevented || !src || src == this.src) return;
        this.entry = undefined;
        // From data: the page's reader's credentials never follow it (see `swapped`).
        swapped.set(this, (this.src = src));
        this._refocus = true;
      }),
    );
  }

  /** The entry as shown, once loaded. */
  get shown(): Entry | undefined {
    return this._data.value;
  }

  /** Loads the entry again (as the Retry button does). */
  reload(): void {
    if (this.entry != null) this._data.show(this.entry, document.baseURI);
    else if (this.src) this._data.load(safeUrl(this.src, document.baseURI) ?? this.src, { fetcher: this.fetch });
    else this._data.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (isServer) return void (this._data.value = this.served?.entry);
    this._adopt();
    if (changed.has('entry') || this._sourceChanged(changed)) this.reload();
  }

  protected override render(): TemplateResult {
    const { value: entry, error } = this._data;
    const lang = languageOf(this);
    const t = stringsFor(lang, this);
    // A language written right to left (its table says `dir: 'rtl'`) lays the story out so, unless the page
    // set a direction around it (the server knows no page).
    return html`<div aria-busy=${!!this._data._pending} dir=${(!this.closest?.('[dir]') && (t as { dir?: string }).dir) || nothing}>
      ${status(error && errorMessage(error, t), t, this)}
      ${entry
        ? this._renderEntry(entry, t, lang)
        : html`${error || this._hasFallback() ? nothing : skeleton(t)}
            <slot @slotchange=${() => (this._adopt(), this.requestUpdate())}></slot>`}
    </div>`;
  }

  private _renderEntry(entry: Entry, t: Strings, lang: string): TemplateResult {
    const { title, date, headline, story, series, contributor, published, lang: textLang = nothing } = entry;
    const image = entry.image;
    const meta = [date, entry.location?.name].filter(Boolean);
    const credits = this._renderCredits(entry, t);
    return html`<article>
      ${heading(this.headingLevel, link(title ?? t.untitled, entry.url), 'title', textLang)}
      ${meta.length ? html`<p part="meta" class="muted">${meta.join(' · ')}</p>` : nothing}
      ${image ? this._renderFigure(image, credits, t, textLang) : nothing}
      ${headline ? html`<blockquote part="headline" lang=${textLang} dir="auto"><p>${headline}</p></blockquote>` : nothing}
      ${story.length ? html`<div part="story" lang=${textLang} dir="auto">${story.map((paragraph) => html`<p>${paragraph}</p>`)}</div>` : nothing}
      ${!image && credits ? html`<p part="caption" class="muted">${credits}</p>` : nothing}
      ${entry.previous || entry.next
        ? html`<div part="series">
            ${seriesLine(series, entry.previous, t.previousIn, t.previous)}
            ${seriesLine(series, entry.next, t.nextIn, t.next)}
          </div>`
        : nothing}
      ${contributor
        ? html`<p part="byline" class="muted">
            ${fill(published ? t.contributedOn : t.contributed, {
              name: isolated(contributor.label, contributor.url),
              date: published && formatDate(published, lang),
            })}
          </p>`
        : nothing}
      <slot name="comments">${entry.comments ? this._section('comments', CommentThread) : nothing}</slot>
      <slot name="nearby">${entry.nearby ? this._section('nearby', NearbyPhotos) : nothing}</slot>
    </article>`;
  }

  /** A built-in section, made once, unless `hide` names it. It gets the entry through context. */
  private _section(name: Section, element: typeof CommentThread | typeof NearbyPhotos): unknown {
    if (this.hide?.split(/\s+/).includes(name)) return nothing;
    if (isServer) return serverSection(name, this.served!, this.headingLevel + 1, languageOf(this));
    const section = (this._sections[name] ??= create<CommentThread | NearbyPhotos>(element, { headingLevel: this.headingLevel + 1 }));
    if (section != nothing) section.map = name == 'nearby' ? this.nearbyMap : this.commentsMap;
    return section;
  }

  /** The record's language (`lang`) covers the photo's alt text and its caption, not the credits' words ("Photo:"). */
  private _renderFigure(image: EntryImage, credits: unknown, t: Strings, lang: unknown): TemplateResult {
    const width = image.width;
    const caption =
      image.caption || credits ? html`<span lang=${lang}>${image.caption}</span> <span class="credits muted">${credits}</span>` : undefined;
    return html`<figure part="figure">
      <button part="zoom" aria-label=${t.enlarge} aria-description=${image.alt} aria-haspopup="dialog" @click=${() => this._zoom(image, caption, t)}>
        <img
          part="image"
          src=${image.src}
          srcset=${image.srcset ?? nothing}
          sizes=${image.srcset ? (this.sizes ?? `min(${width ?? 2400}px, 100vw)`) : nothing}
          alt=${image.alt ?? ''}
          lang=${lang}
          width=${width ?? nothing}
          height=${image.height ?? nothing}
          loading=${this.loading ?? nothing}
          fetchpriority=${this.fetchpriority ?? nothing}
          decoding="async"
        />
      </button>
      ${caption ? html`<figcaption part="caption">${caption}</figcaption>` : nothing}
    </figure>`;
  }

  /** The photo, large, in a dialog: a chunk, loaded when a reader first asks. */
  private _zoom(image: EntryImage, caption: unknown, t: Strings): void {
    // Offline, the chunk cannot come: the photo simply stays as it is.
    import('./photo-dialog.js').then(({ showPhoto }) => showPhoto(this, image, caption, t.close), () => {});
  }

  /** Photographer, credit line and rights, joined by middle dots; `undefined` when there are none. */
  private _renderCredits({ creator, credit, rights }: Entry, t: Strings): unknown {
    const items = [
      creator && fill(t.photographer, { name: isolated(creator.label, creator.url) }),
      credit,
      rights && isolated(rights.label, rights.url),
    ].filter(Boolean);
    return items.length ? items.map((item, i) => [i ? ' · ' : '', item]) : undefined;
  }

  /** The library's own lists placed inside go to their named slots, with or without `slot=`. */
  private _adopt(): void {
    for (const child of this.children) {
      const slot = child instanceof CommentThread ? 'comments' : child instanceof NearbyPhotos && 'nearby';
      if (slot && !child.slot) child.slot = slot;
    }
  }

  /** Whether the author put fallback content inside the tag: not blank text, not a named slot's child. */
  private _hasFallback(): boolean {
    return [...this.childNodes].some((node) =>
      node.nodeType == 1 ? !(node as Element).slot : node.nodeType == 3 && node.textContent!.trim(),
    );
  }
}

function seriesLine(
  series: Labelled | undefined,
  other: EntryLink | undefined,
  inSeries: string,
  alone: string,
): unknown {
  return other
    ? html`<p>${fill(series ? inSeries : alone, { series: series && isolated(series.label, series.url), title: isolated(other.title, other.url) })}</p>`
    : nothing;
}

/** What `renderStory` gives the story on the server: the entry, its first pages, the comment chunk. */
export interface Served {
  entry: Entry;
  nearby?: Page<NearbyItem>;
  comments?: CommentPage;
  view?: typeof import('../comment-thread/comment-view.js');
  /** The sign-in link of the comments' prompt, where one is known, and its words (default: "Log in"). */
  login?: string;
  loginLabel?: string;
}

/** A built-in section on the server, under its default tag, with the page read for it (else nothing). */
function serverSection(name: Section, served: Served, level: number, lang: string): unknown {
  return name == 'nearby'
    ? served.nearby && html`<nearby-photos heading-level=${level} lang=${lang} .served=${served.nearby}></nearby-photos>`
    : served.comments &&
        html`<comment-thread heading-level=${level} lang=${lang} .served=${served.comments} ._view=${served.view} .loginUrl=${served.login} .loginLabel=${served.loginLabel}></comment-thread>`;
}

function skeleton(t: Strings): TemplateResult {
  return html`<div part="skeleton" class="skeleton" aria-label=${t.loading} role="progressbar">
    <i></i><i class="photo"></i><i></i><i></i><i></i>
  </div>`;
}
