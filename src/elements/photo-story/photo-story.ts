import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { normalizeEntry, type Entry, type EntryImage, type EntryLink, type Labelled } from '../../data/entry.js';
import type { Fetcher } from '../../data/load-json.js';
import type { LoadError } from '../../data/load-error.js';
import { RemoteData } from '../../data/remote-data.js';
import { safeUrl } from '../../data/safe-url.js';
import { formatDate } from '../../i18n/format-date.js';
import { languageOf } from '../../i18n/language.js';
import { fill, stringsFor, type Strings } from '../../i18n/strings.js';
import { PhotoStoryErrorEvent, PhotoStoryLoadEvent } from './events.js';
import { styles } from './photo-story.styles.js';

const link = (label: unknown, url?: string) => (url ? html`<a href=${url}>${label}</a>` : label);

/**
 * An archive photo with its story: title, date, the photo with caption and credit, the headline quote,
 * the story, its place in a series and who contributed it — from a JSON URL (`src`) or an object
 * (`.entry`) in the native format.
 *
 * @tag photo-story
 * @summary A historic photo and its story, from any JSON endpoint.
 *
 * @event photo-story-load - The entry is shown. `detail.entry` holds it as displayed.
 * @event photo-story-error - The entry cannot be shown. `detail`: `{reason, status, message}`.
 *
 * @slot - Fallback content (for example a link to the entry's page): shown while the story loads and
 *   again if loading fails, hidden (not removed) once the story shows.
 *
 * @csspart title - The title heading.
 * @csspart meta - The line under the title: date and place.
 * @csspart figure - The photo with its caption.
 * @csspart image - The photo itself.
 * @csspart caption - The caption, with photographer, credit and rights.
 * @csspart headline - The headline quote.
 * @csspart story - The story's paragraphs.
 * @csspart series - The links to the previous and next entries of the series.
 * @csspart byline - "Contributed by … on …".
 * @csspart status - The error message (an empty live region otherwise).
 * @csspart retry - The button that tries loading again.
 * @csspart skeleton - The shape shown while loading.
 *
 * @cssproperty --photo-story-accent - Color of the quote rule and focus rings. Default: the text color.
 * @cssproperty --photo-story-muted - Color of dates, captions and credits. Default: the text color at 70%.
 * @cssproperty --photo-story-link - Color of links. Default: the text color.
 * @cssproperty --photo-story-placeholder - Color of the loading shapes and of the photo's box before it arrives.
 * @cssproperty --photo-story-title-font - Font family of the title. Default: the host's.
 * @cssproperty --photo-story-title-size - Font size of the title. Default: 1.75em.
 * @cssproperty --photo-story-quote-font - Font family of the headline quote. Default: the host's.
 * @cssproperty --photo-story-gap - Space between the blocks. Default: 1.25em.
 * @cssproperty --photo-story-radius - Corner radius of the photo and buttons. Default: 0.
 * @cssproperty --photo-story-ratio - Aspect ratio of the photo's box while loading. Default: 3 / 2.
 */
export class PhotoStory extends LitElement {
  static override styles = styles;
  static override properties = {
    src: {},
    entry: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    loading: {},
    fetchpriority: {},
    sizes: {},
    fetch: { attribute: false },
  };

  /** URL of the entry's JSON document. Relative URLs resolve against the page. */
  declare src?: string;

  /** The entry as an object in the native format; when set, it is shown instead of `src`. */
  declare entry?: unknown;

  /** Level of the title heading, 1 to 6; the host page usually owns its `h1`. */
  headingLevel = 2;

  /** The photo's `loading`: `lazy` for a story far down the page. Default: the browser's (eager). */
  declare loading?: 'lazy' | 'eager';

  /** The photo's `fetchpriority`: `high` for the main story of a page. */
  declare fetchpriority?: 'high' | 'low' | 'auto';

  /** The photo's `sizes`, when the story sits in a column narrower than the viewport. */
  declare sizes?: string;

  /** Replaces `window.fetch` for this element: custom headers, a proxy, stubbed data. */
  declare fetch?: Fetcher;

  private data = new RemoteData<Entry>(
    this,
    ({ json, url }) => normalizeEntry(json, url),
    (entry, error) => this.dispatchEvent(entry ? new PhotoStoryLoadEvent(entry) : this.errorEvent(error!)),
  );
  private focusTitle = false;

  /** The entry as shown, once loaded. */
  get shown(): Entry | undefined {
    return this.data.value;
  }

  /** Loads the entry again (as the Retry button does). */
  reload(): void {
    if (this.entry !== undefined) this.data.show(this.entry, document.baseURI);
    else if (this.src) this.data.load(safeUrl(this.src, document.baseURI) ?? this.src, this.fetch);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('entry') || changed.has('fetch')) this.reload();
  }

  protected override updated(): void {
    if (this.focusTitle && this.data.value) {
      this.focusTitle = false;
      this.renderRoot.querySelector<HTMLElement>('[part=title]')?.focus();
    }
  }

  protected override render(): TemplateResult {
    const { value: entry, error } = this.data;
    const lang = languageOf(this);
    const t = stringsFor(lang);
    return html`<div class="root" aria-busy=${!entry && !error}>
      <div class=${error ? 'error' : ''}>
        <p part="status" role="status">${error ? this.message(error, t) : nothing}</p>
        ${error ? html`<button part="retry" @click=${this.retry}>${t.retry}</button>` : nothing}
      </div>
      ${entry
        ? this.renderEntry(entry, t, lang)
        : html`${error || this.hasFallback() ? nothing : skeleton(t)}
            <slot @slotchange=${() => this.requestUpdate()}></slot>`}
    </div>`;
  }

  private renderEntry(entry: Entry, t: Strings, lang: string): TemplateResult {
    const { title, date, image, headline, story, series, contributor, published } = entry;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const here = entry.url?.split('#')[0] == location.href.split('#')[0];
    const { name, lat, lon } = entry.location ?? {};
    const place = name && link(name, lat != null && lon != null ? osm(lat, lon) : undefined);
    const meta = [date, place].filter(Boolean);
    const credits = this.renderCredits(entry, t);
    return html`<article>
      <div part="title" class="title" role="heading" aria-level=${level} tabindex="-1">
        ${link(title ?? t.untitled, here ? undefined : entry.url)}
      </div>
      ${meta.length ? html`<p part="meta" class="muted">${meta.map((item, i) => [i ? ' · ' : '', item])}</p>` : nothing}
      ${image ? this.renderFigure(image, credits) : nothing}
      ${headline ? html`<blockquote part="headline"><p>${headline}</p></blockquote>` : nothing}
      ${story.length ? html`<div part="story">${story.map((paragraph) => html`<p>${paragraph}</p>`)}</div>` : nothing}
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
              name: link(contributor.label, contributor.url),
              date: published && formatDate(published, lang),
            })}
          </p>`
        : nothing}
    </article>`;
  }

  private renderFigure(image: EntryImage, credits: unknown): TemplateResult {
    const width = image.width;
    return html`<figure part="figure">
      <img
        part="image"
        src=${image.src}
        srcset=${image.srcset ?? nothing}
        sizes=${image.srcset ? (this.sizes ?? (width ? `(min-width: ${width}px) ${width}px, 100vw` : '100vw')) : nothing}
        alt=${image.alt ?? ''}
        width=${width ?? nothing}
        height=${image.height ?? nothing}
        loading=${this.loading ?? nothing}
        fetchpriority=${this.fetchpriority ?? nothing}
        decoding="async"
      />
      ${image.caption || credits
        ? html`<figcaption part="caption">
            ${image.caption} <span class="credits muted">${credits}</span>
          </figcaption>`
        : nothing}
    </figure>`;
  }

  /** Photographer, credit line and rights, joined by middle dots; `undefined` when there are none. */
  private renderCredits({ creator, credit, rights }: Entry, t: Strings): unknown {
    const items = [
      creator && fill(t.photographer, { name: link(creator.label, creator.url) }),
      credit,
      rights && link(rights.label, rights.url),
    ].filter(Boolean);
    return items.length ? items.map((item, i) => [i ? ' · ' : '', item]) : undefined;
  }

  private message(error: LoadError, t: Strings): string {
    const { reason, status } = error;
    return reason == 'http'
      ? status == 404 || status == 410
        ? t.notFound
        : fill(t.http, { status }).join('')
      : t[reason];
  }

  private errorEvent(error: LoadError): PhotoStoryErrorEvent {
    return new PhotoStoryErrorEvent(error.reason, error.status, this.message(error, stringsFor(languageOf(this))));
  }

  private retry(): void {
    this.focusTitle = true;
    this.reload();
  }

  /** Whether the author put fallback content (anything but blank text) inside the tag. */
  private hasFallback(): boolean {
    return [...this.childNodes].some((node) => node.nodeType == 1 || (node.nodeType == 3 && node.textContent!.trim()));
  }
}

const osm = (lat: number, lon: number) => `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=12/${lat}/${lon}`;

function seriesLine(
  series: Labelled | undefined,
  other: EntryLink | undefined,
  inSeries: string,
  alone: string,
): unknown {
  return other
    ? html`<p>${fill(series ? inSeries : alone, { series: series && link(series.label, series.url), title: link(other.title, other.url) })}</p>`
    : nothing;
}

function skeleton(t: Strings): TemplateResult {
  return html`<div part="skeleton" class="skeleton" aria-label=${t.loading} role="progressbar">
    <i class="line wide"></i><i class="line"></i><i class="photo"></i><i class="line wide"></i><i class="line wide"></i
    ><i class="line"></i>
  </div>`;
}
