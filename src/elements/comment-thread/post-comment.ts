import { prepare, record, text } from '../../data/fields.js';
import type { Comment } from '../../data/model.js';
import { LoadError } from '../../data/load-error.js';
import { withCredentials, type Auth, type Fetcher } from '../../data/load-json.js';

/** The answer to a post: the stored comment (when the archive sent one back) and the status. */
export interface Posted {
  comment?: Comment;
  status: number;
  /** The text as the archive says it stored it, when it says. */
  stored?: string;
}

/** A post the archive did not take: `LoadError`'s reason and status, and the archive's own sentence. */
export class PostError extends LoadError {
  constructor(reason: LoadError['reason'], status?: number, readonly said?: string) {
    super(reason, status);
  }
}

/**
 * Posts a comment once (a retry is the reader's call, with the same `key`): `201` stored, `202` held for
 * moderation. Anything else throws a `PostError`.
 */
export async function postComment(
  url: string,
  body: { text: string; parent?: string },
  key: string,
  auth: Auth | undefined,
  fetcher: Fetcher = (url, init) => fetch(url, init),
): Promise<Posted> {
  let response: Response;
  try {
    response = await fetcher(url, {
      method: 'POST',
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
      ...withCredentials(auth, { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': key }),
    });
  } catch (error) {
    throw new PostError((error as Error)?.name == 'TimeoutError' ? 'timeout' : 'network');
  }
  const { status } = response;
  const json = await response.json().catch(() => undefined);
  await prepare(json);
  if (!response.ok) throw new PostError('http', status, text(record(json)?.error)?.slice(0, 300));
  const { anchorId, threads } = await import('./comment-view.js');
  const [comment] = threads([json], url);
  // An answer without the comment's text may still name it: the list asked again then shows it once.
  const id = anchorId(text(record(json)?.id));
  const stored = record(json)?.text;
  return { comment: comment ?? (id ? ({ id } as Comment) : undefined), status, stored: typeof stored == 'string' ? stored : undefined };
}
