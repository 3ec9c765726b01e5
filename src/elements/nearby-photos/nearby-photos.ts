import { html, nothing, type TemplateResult } from 'lit';
import { readNearby } from '../../data/lists.js';
import type { Entry, NearbyItem, NearbyListJson, Page } from '../../data/model.js';
import type { JsonDocument } from '../../data/load-json.js';
import type { Strings } from '../../i18n/strings.js';
import { ListElement } from '../list-element.js';
import { sharedStyles } from '../shared.styles.js';
import { ElementEvent } from '../../context/element-event.js';
import type {} from './events.js';
import { styles } from './nearby-photos.styles.js';

/**
 * Photos taken near an entry: thumbnail, title, date and contributor, each a link to its page. Inside
 * a `<photo-story>` (slot `nearby`) it shows the entry's `nearby` list unless it has a `src`.
 *
 * @tag nearby-photos
 * @summary Nearby photos as a grid or a scrolling strip.
 *
 * @attr {'light' | 'dark' | 'auto'} theme - The element's own colors instead of the host page's: light, dark,
 *   or as the reader's system prefers (the system's text and background colors, with 1em padding;
 *   restyle them with plain CSS on the element).
 *
 * @event {NearbySelectEvent} nearby-select - A reader activated an item. Cancelable: cancel it to stay on the page (inside
 *   a `<photo-story>`, the story then swaps to the item in place). `detail.item` is the item.
 *
 * @csspart heading - The "Nearby photos" heading.
 * @csspart list - The list of items (a grid, or a strip that scrolls sideways).
 * @csspart item - One item's link.
 * @csspart thumbnail - An item's photo.
 * @csspart item-title - An item's title.
 * @csspart more - The button that shows more items.
 * @csspart status - The error message, in a live region of its own (empty otherwise), and its retry button beside it.
 * @csspart retry - The button that tries loading again.
 *
 * @cssproperty --photo-story-muted - Color of secondary text (the text color for readers who ask for more contrast). Default: the text color.
 * @cssproperty --photo-story-link - Color of links. Default: the text color.
 * @cssproperty --photo-story-placeholder - Color of the loading shapes. Default: the text color at 10%.
 * @cssproperty --photo-story-title-font - Font family of the heading. Default: the host's.
 * @cssproperty --photo-story-gap - Space between the blocks. Default: 1.25em.
 * @cssproperty --photo-story-thumbnail-width - Smallest width of an item in the grid, width in the strip. Default: 8rem.
 */
export class NearbyPhotos extends ListElement<NearbyItem> {
  static override styles = [sharedStyles, styles];
  static override properties = { items: { attribute: false }, layout: {} };

  /** The list itself (`[...]` or `{items, next}` in the native format) instead of `src`. */
  declare items?: NearbyListJson | null;
  /** `grid` (rows that wrap) or `strip` (one row that scrolls sideways, by keyboard too). */
  layout: 'grid' | 'strip' = 'grid';
  override limit = 12;

  override _read(doc: JsonDocument): Promise<Page<NearbyItem>> {
    return readNearby(doc, this);
  }

  protected override _given(): unknown {
    return this.items;
  }

  protected override _linked(entry: Entry) {
    return entry.nearby;
  }

  protected override _headingText(t: Strings): string {
    return t.nearby;
  }

  protected override _texts(t: Strings): [string, string] {
    return [t.nearbyFailed, t.more];
  }

  /** An empty list shows nothing at all: there is nothing nearby to mention. */
  protected override render(): unknown {
    return this._data.value?.items.length === 0 ? nothing : super.render();
  }

  protected override _renderItems(page: Page<NearbyItem>, t: Strings): TemplateResult {
    const strip = this.layout == 'strip';
    return html`<ul part="list" class=${strip ? 'strip' : ''} tabindex=${strip ? 0 : nothing} aria-label=${strip ? t.nearby : nothing}>
      ${page.items.slice(0, this._visible).map((item) => this._renderItem(item))}
    </ul>`;
  }

  private _renderItem(item: NearbyItem): TemplateResult {
    const { thumbnail, url } = item;
    // An item with an entry but no page of its own is a button: it can only be picked (nearby-select).
    const button = !url && item.src;
    return html`<li>
      <a
        part="item"
        href=${url ?? nothing}
        role=${button ? 'button' : nothing}
        tabindex=${button ? 0 : nothing}
        data-item
        @click=${(event: MouseEvent) => this._select(event, item)}
        @keydown=${button ? (event: KeyboardEvent) => /^(Enter| )$/.test(event.key) && this._select(event, item) : nothing}
      >
        ${thumbnail
          ? html`<img
              part="thumbnail"
              src=${thumbnail.src}
              srcset=${thumbnail.srcset ?? nothing}
              sizes="8rem"
              alt=""
              width=${thumbnail.width ?? nothing}
              height=${thumbnail.height ?? nothing}
              loading="lazy"
            />`
          : nothing}
        <span part="item-title" lang=${item.lang ?? nothing} dir="auto">${item.title}</span>
        <span class="muted">${[item.date, item.contributor?.label].filter(Boolean).join(' · ')}</span>
      </a>
    </li>`;
  }

  /** Tells the page; a cancelled event keeps the reader here. New-tab clicks are left alone. */
  private _select(event: MouseEvent | KeyboardEvent, item: NearbyItem): void {
    if ((event as MouseEvent).button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!this.dispatchEvent(new ElementEvent('nearby-select', { item }, true))) event.preventDefault();
  }
}
