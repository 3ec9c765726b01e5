/** The events of the library: typed, bubbling and composed, so they reach listeners on the page. */
export class ElementEvent<T> extends CustomEvent<T> {
  constructor(type: string, detail: T, cancelable = false) {
    super(type, { bubbles: true, composed: true, cancelable, detail });
  }
}

/**
 * The class of one event of the library, for `instanceof` and for types: `event instanceof
 * PhotoStoryLoadEvent` holds for every `photo-story-load` event, and `event.detail` is then typed. The
 * elements fire `ElementEvent`s (one class for all keeps every embed light); each event's class knows
 * its events by their `type`.
 */
export abstract class NamedEvent<T> extends ElementEvent<T> {
  /** The event's name. */
  declare static readonly type: string;

  static override [Symbol.hasInstance](event: unknown): boolean {
    return event instanceof Event && event.type == this.type;
  }
}
