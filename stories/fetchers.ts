import type { Fetcher } from '../src/index.js';

/** Fetchers for stories: every state without a network. */
export const answer =
  (json: unknown, status = 200): Fetcher =>
  async () =>
    new Response(typeof json == 'string' ? json : JSON.stringify(json), { status });

/** A request that never answers: the loading state, for as long as you look. */
export const never: Fetcher = (_url, init) =>
  new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal!.reason)));

/** A request the browser could not make (offline, DNS, CORS). */
export const offline: Fetcher = async () => {
  throw new TypeError('Failed to fetch');
};

/** The archive takes too long: the fetch fails as `AbortSignal.timeout` makes it fail. */
export const timeout: Fetcher = async () => {
  throw new DOMException('The operation timed out.', 'TimeoutError');
};

/** Answers `status` the first time, then the URL's real document (for Try again). */
export const failOnce = (status: number): Fetcher => {
  let failed = false;
  return (url, init) => (failed ? fetch(url, init) : ((failed = true), answer({}, status)(url, init)));
};
