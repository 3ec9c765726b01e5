import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadJson, type LoadOptions, type JsonDocument } from './load-json.js';
import { LoadError } from './load-error.js';

/**
 * One element's view of a remote document: loads a URL through the shared loader, reads it with
 * `read`, and keeps the newest result. A newer `load` (or the element leaving the page) stops the
 * older one, so a slow old answer never replaces a newer one; an element put back resumes, and one
 * moved to another place in the page goes on as if nothing happened.
 */
export class RemoteData<T> implements ReactiveController {
  value?: T;
  error?: LoadError;
  private _controller?: AbortController;
  /** @internal Set while a document is on its way (an error shown meanwhile is the last answer's). */
  _pending?: (signal: AbortSignal) => Promise<JsonDocument>;
  private _connected = false;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _read: (doc: JsonDocument) => T | Promise<T>,
    private readonly _settled: (value?: T, error?: LoadError) => void,
  ) {
    _host.addController(this);
  }

  /**
   * Loads `url`, dropping whatever was shown or loading before; an error stays until the answer comes
   * (the reader's Try again stays where it is, and the same error again is not news).
   */
  load(url: string, options: LoadOptions = {}): void {
    this._start((signal) => loadJson(url, { ...options, signal }));
  }

  /** Shows a document that is already at hand (set from script). */
  show(json: unknown, url: string): void {
    this._start(async () => ({ json, url }));
  }

  /** Forgets what was shown or loading. */
  clear(): void {
    this._controller?.abort();
    this._pending = this.value = this.error = undefined;
  }

  private _start(get: (signal: AbortSignal) => Promise<JsonDocument>): void {
    this.value = undefined;
    this._pending = get;
    this._run();
    this._host.requestUpdate();
  }

  private _run(): void {
    this._controller?.abort();
    const controller = (this._controller = new AbortController());
    this._pending!(controller.signal)
      .then(this._read)
      .then(
        (value) => controller == this._controller && this._finish(value),
        (error) => {
          if (controller != this._controller || controller.signal.aborted) return;
          this._finish(undefined, error instanceof LoadError ? error : new LoadError('shape'));
        },
      );
  }

  private _finish(value?: T, error?: LoadError): void {
    this._pending = undefined;
    this.value = value;
    this.error = error;
    // Update first, so that a listener of the settled events can await the host's `updateComplete`.
    this._host.requestUpdate();
    this._settled(value, error);
  }

  hostConnected(): void {
    this._connected = true;
    if (this._pending && this._controller?.signal.aborted) this._run();
  }

  hostDisconnected(): void {
    this._connected = false;
    // A move in the page (out and back in within one task) keeps the request: only an element that
    // is still out once the task is over stops listening.
    queueMicrotask(() => this._connected || this._controller?.abort());
  }
}
