import type { Context, ContextCallback } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';

/*
 * Both sides of the context protocol, as the elements use it: every consumer subscribes, and a value
 * changes only by `setValue`. `@lit/context`'s controllers do more (options, one-off requests as
 * consumers); these speak the same events, so the providers and consumers of a page (and the
 * `ContextRoot` of the session chunk) work with them alike.
 */

/** An event of the protocol, with the fields that `@lit/context`'s events carry and its controllers read. */
const contextEvent = (type: string, fields: object) => Object.assign(new Event(type, { bubbles: true, composed: true }), fields);

/** A subscribing request of `consumer` for `context`, answered to `callback`. */
const request = <T>(context: Context<unknown, T>, consumer: Element, callback: ContextCallback<T>) =>
  contextEvent('context-request', { context, contextTarget: consumer, callback, subscribe: true });

/** The value of `context` from the nearest provider around `host`; `host` updates when it changes. */
export class ContextConsumer<T> implements ReactiveController {
  declare value: T;
  private _unsubscribe?: () => void;
  /** The same callback for every request: providers (and `ContextRoot`) keep it to answer again. */
  private _callback: ContextCallback<T> = (value, unsubscribe) => {
    // Another provider answers now: the old one stops telling this one.
    if (this._unsubscribe != unsubscribe) this._unsubscribe?.();
    this._unsubscribe = unsubscribe;
    this.value = value;
    this._host.requestUpdate();
  };

  constructor(
    private readonly _host: ReactiveElement,
    private readonly _context: Context<unknown, T>,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._host.dispatchEvent(request(this._context, this._host, this._callback));
  }

  hostDisconnected(): void {
    this._unsubscribe?.();
    this._unsubscribe = undefined;
  }
}

/** What the events of the protocol say: their context, and the element that sent them. */
type Asker = { context: unknown; contextTarget?: Element };

/** Provides `context` to the elements inside `host`, and tells those that subscribed of each change. */
export class ContextProvider<T> implements ReactiveController {
  declare value: T;
  /** Each subscribed callback, with its element and the function that unsubscribes it. */
  private _consumers = new Map<ContextCallback<T>, [Element, () => void]>();

  constructor(
    private readonly _host: ReactiveElement,
    private readonly _context: Context<unknown, T>,
  ) {
    _host.addEventListener('context-request', (event) => {
      const consumer = this._asker(event);
      if (!consumer) return;
      event.stopPropagation();
      const callback = event.callback as ContextCallback<T>;
      if (!event.subscribe) return callback(this.value);
      if (!this._consumers.has(callback)) this._consumers.set(callback, [consumer, () => this._consumers.delete(callback)]);
      callback(this.value, this._consumers.get(callback)![1]);
    });
    // A provider of the same context appeared inside: every consumer asks again, so that the nearest
    // provider answers it.
    _host.addEventListener('context-provider', (event) => {
      if (!this._asker(event as Event & Asker)) return;
      event.stopPropagation();
      for (const [callback, [consumer]] of [...this._consumers]) consumer.dispatchEvent(request(this._context, consumer, callback));
    });
    _host.addController(this);
  }

  /** The element that sent an event of this context, unless it is the host itself. */
  private _asker(event: Event & Asker): Element | undefined {
    const from = event.contextTarget ?? (event.composedPath()[0] as Element);
    return event.context === this._context && from != this._host ? from : undefined;
  }

  setValue(value: T): void {
    if (Object.is(value, this.value)) return;
    this.value = value;
    for (const [callback, [, unsubscribe]] of this._consumers) callback(value, unsubscribe);
  }

  /** Tells the providers around, and a `ContextRoot` holding requests nobody answered yet. */
  hostConnected(): void {
    this._host.dispatchEvent(contextEvent('context-provider', { context: this._context, contextTarget: this._host }));
  }
}
