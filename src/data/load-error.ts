/** Why a document could not be shown; each reason has its own sentence for the reader. */
export type LoadFailure =
  /** The request never got an answer: offline, DNS, CORS refused, connection reset. */
  | 'network'
  /** No answer within the time limit. */
  | 'timeout'
  /** The server answered with an HTTP error status (see `status`). */
  | 'http'
  /** The body is not JSON (an HTML error page, a truncated body). */
  | 'parse'
  /** The JSON holds nothing this element can show. */
  | 'shape'
  /** A part of the library could not be loaded (a chunk beside `embed.js`: self-hosted without them?). */
  | 'chunk';

/** A typed failure of loading or reading a document. */
export class LoadError extends Error {
  constructor(
    readonly reason: LoadFailure,
    /** The HTTP status when `reason` is `http`, otherwise 0. */
    readonly status = 0,
  ) {
    super(reason);
    this.name = 'LoadError';
  }
}
