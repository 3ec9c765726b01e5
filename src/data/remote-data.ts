import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadJson, type Fetcher, type JsonDocument } from './load-json.js';
import { LoadError } from './load-error.js';

/**
 * One element's view of a remote document: loads a URL through the shared loader, reads it with
 * `read`, and keeps the newest result. A newer `load` (or the element leaving the page) stops the
 * older one, so a slow old answer never replaces a newer one; an element put back resumes.
 */
export class RemoteData<T> implements ReactiveController {
  value?: T;
  error?: LoadError;
  private controller?: AbortController;
  private pending?: (signal: AbortSignal) => Promise<JsonDocument>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly read: (doc: JsonDocument) => T,
    private readonly settled: (value?: T, error?: LoadError) => void,
  ) {
    host.addController(this);
  }

  get loading(): boolean {
    return !!this.pending;
  }

  /** Loads `url`, dropping whatever was shown or loading before. */
  load(url: string, fetcher?: Fetcher): void {
    this.start((signal) => loadJson(url, { fetcher, signal }));
  }

  /** Shows a document that is already at hand (set from script). */
  show(json: unknown, url: string): void {
    this.start(async () => ({ json, url }));
  }

  private start(get: (signal: AbortSignal) => Promise<JsonDocument>): void {
    this.value = this.error = undefined;
    this.pending = get;
    this.run();
    this.host.requestUpdate();
  }

  private run(): void {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.pending!(controller.signal)
      .then(this.read)
      .then(
        (value) => controller == this.controller && this.finish(value),
        (error) => {
          if (controller != this.controller || controller.signal.aborted) return;
          this.finish(undefined, error instanceof LoadError ? error : new LoadError('shape'));
        },
      );
  }

  private finish(value?: T, error?: LoadError): void {
    this.pending = undefined;
    this.value = value;
    this.error = error;
    this.settled(value, error);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (this.pending && this.controller?.signal.aborted) this.run();
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }
}
