import type { PropertyValues, ReactiveElement } from 'lit';
import type { Fetcher } from '../data/load-json.js';
import type { Transform } from '../data/reading.js';

type ElementClass = abstract new (...args: any[]) => ReactiveElement;

/** The settings that change what an element shows: a change loads its document again. */
const SOURCE = ['src', 'fetch', 'format', 'map', 'transform'];

/** What `WithSource` adds to an element. */
export declare class SourceElement {
  /** URL of the element's JSON document; relative URLs resolve against the page. */
  src?: string;
  /** Replaces `window.fetch` for this element: custom headers, a proxy, stubbed data. */
  fetch?: Fetcher;
  /** Level of the element's heading (the story's title, a list's heading), 1 to 6; the host page
   * usually owns its `h1`. */
  headingLevel: number;
  /** How documents are read when neither `map` nor `transform` is set: `auto` (the native format, or
   * a IIIF Presentation 2.1/3.0 manifest recognised by its `@context`), `native` or `iiif`. */
  format?: string;
  /** A declarative map from the archive's JSON to the native format: JSON, or `#id` of a
   * `<script type="application/json">` on the page (as a property, also the object itself). Wins
   * over `format`. */
  map?: unknown;
  /** `(json, url) => native` (or a promise of it): your own reading of the archive's JSON. Wins over
   * `map` and `format`. */
  transform?: Transform;
  /** @internal Whether the focus goes to the heading once the document comes (after Try again, or a story's swap; see `refocus`). */
  _refocus?: boolean;
  /** Whether `changed` holds a setting that changes the document shown. */
  _sourceChanged(changed: PropertyValues): boolean;
}

/**
 * Where `<photo-story>`, `<nearby-photos>` and `<comment-thread>` find their document, and how they
 * read it (see `nativeJson`).
 */
export function WithSource<T extends ElementClass>(Base: T) {
  abstract class WithSource extends Base {
    static properties = {
      src: {},
      fetch: { attribute: false },
      headingLevel: { type: Number, attribute: 'heading-level' },
      format: {},
      map: {},
      transform: { attribute: false },
    };

    headingLevel = 2;

    _sourceChanged(changed: PropertyValues): boolean {
      return SOURCE.some((name) => changed.has(name));
    }
  }
  return WithSource as unknown as T & (abstract new (...args: any[]) => SourceElement);
}
