/** The events of the library: typed, bubbling and composed, so they reach listeners on the page. */
export class ElementEvent<T> extends CustomEvent<T> {
  constructor(type: string, detail: T, cancelable = false) {
    super(type, { bubbles: true, composed: true, cancelable, detail });
  }
}
