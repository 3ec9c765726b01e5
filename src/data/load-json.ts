import { isServer } from 'lit';
import { LoadError } from './load-error.js';

/** The shape of `window.fetch`; set `el.fetch` to one to add headers, go through a proxy or stub data. */
export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

/** A parsed JSON document and the URL it finally came from (after redirects), to resolve its links. */
export interface JsonDocument {
  json: unknown;
  url: string;
}

export interface LoadOptions {
  fetcher?: Fetcher;
  /** Aborting it stops this caller listening; the request itself stops when nobody listens. */
  signal?: AbortSignal;
  /** Milliseconds for one attempt. */
  timeout?: number;
  /** Further attempts after a network error, a 5xx or a 429. */
  retries?: number;
  /** The reader's credentials, for an origin trusted with them (see `Session.authFor`). */
  auth?: Auth;
  /** Asks the server again (revalidating the browser's cache too) rather than sharing a result. */
  fresh?: boolean;
}

/**
 * What a request to an origin trusted with the reader's credentials carries: the token as a Bearer
 * header, or, without a token, the browser's cookies. Every other request goes without either.
 */
export interface Auth {
  token?: string;
}

interface SharedRequest {
  _promise: Promise<JsonDocument>;
  _controller: AbortController;
  _listeners: number;
  /** When the result stops being fresh; `Infinity` while the request is in flight. */
  _expires: number;
}

/** How long a loaded document is handed to new callers without asking the network again. */
const FRESH_MS = 60_000;

const defaultFetcher: Fetcher = (url, init) => fetch(url, init);
/** Shared requests per fetcher: a custom fetcher may answer differently, so it shares only with itself. */
const requests = new WeakMap<Fetcher, Map<string, SharedRequest>>();

/**
 * Loads and parses a JSON document. Every caller of the same URL (and fetcher) shares one request
 * while it is in flight and its result while it is fresh; failures are not kept. A caller that aborts
 * its `signal` stops listening at once; the request is aborted only when nobody listens any more.
 */
export function loadJson(url: string, options: LoadOptions = {}): Promise<JsonDocument> {
  const { fetcher = defaultFetcher, signal, auth } = options;
  const byUrl = requests.get(fetcher) ?? new Map<string, SharedRequest>();
  requests.set(fetcher, byUrl);
  // A reader's view of a document may differ from everyone's (their own pending comments, say).
  const key = auth ? `${url} ${auth.token ?? ''}` : url;
  let shared = byUrl.get(key);
  // A request aborted because its last listener left cannot be joined: its rejection is on its way.
  if (!shared || options.fresh || shared._expires < Date.now() || shared._controller.signal.aborted) {
    const controller = new AbortController();
    const entry: SharedRequest = (shared = {
      _controller: controller,
      _listeners: 0,
      _expires: Infinity,
      _promise: request(url, fetcher, controller.signal, options),
    });
    const forget = () => byUrl.get(key) == entry && byUrl.delete(key);
    entry._promise.then(() => {
      entry._expires = Date.now() + FRESH_MS;
      // On a server, the wait keeps no process alive (a CLI run or a build ends when its work does).
      if (isServer) setTimeout(forget, FRESH_MS).unref();
      else setTimeout(forget, FRESH_MS);
    }, forget);
    byUrl.set(key, entry);
  }
  const current = shared;
  current._listeners++;
  return new Promise((resolve, reject) => {
    const leave = () => {
      reject(signal!.reason);
      if (!--current._listeners && current._expires == Infinity) current._controller.abort();
    };
    if (signal?.aborted) return leave();
    signal?.addEventListener('abort', leave, { once: true });
    current._promise.then(resolve, reject);
  });
}

async function request(
  url: string,
  fetcher: Fetcher,
  signal: AbortSignal,
  { timeout = 15_000, retries = 2, auth, fresh }: LoadOptions,
): Promise<JsonDocument> {
  for (let attempt = 0; ; attempt++) {
    let failure: LoadError;
    let answer: Response | undefined;
    try {
      answer = await fetcher(url, {
        signal: AbortSignal.any([signal, AbortSignal.timeout(timeout)]),
        cache: fresh ? 'no-cache' : undefined,
        ...withCredentials(auth, { Accept: 'application/json' }),
      });
      const { status } = answer;
      if (answer.ok) return { json: parseJson(await answer.text()), url: answer.url || url };
      failure = new LoadError('http', status);
      if (status < 500 && status != 429) throw failure;
    } catch (error) {
      if (error instanceof LoadError) throw error;
      if (signal.aborted) throw signal.reason;
      if ((error as Error)?.name == 'TimeoutError') throw new LoadError('timeout');
      failure = new LoadError('network');
    }
    if (attempt >= retries) throw failure;
    // Without the chunk (offline, say) there is no waiting, and so no retry.
    await import('./backoff.js').then(({ backoff }) => backoff(attempt, failure, signal, answer), () => Promise.reject(failure));
  }
}

/** The `credentials` and `headers` of a request: `headers` plus the reader's token or cookies, if any. */
export function withCredentials(auth: Auth | undefined, headers: Record<string, string>): RequestInit {
  if (auth?.token) headers.Authorization = `Bearer ${auth.token}`;
  return { credentials: auth && !auth.token ? 'include' : 'omit', headers };
}

/** The longest document read, in UTF-16 code units: 32 MiB of text is far past any record or list. */
const MAX_LENGTH = 2 ** 25;

function parseJson(text: string): unknown {
  try {
    if (text.length <= MAX_LENGTH) return JSON.parse(text);
  } catch {
    // Said below.
  }
  throw new LoadError('parse');
}
