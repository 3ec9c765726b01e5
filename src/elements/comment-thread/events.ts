import type { Comment } from '../../data/model.js';
import type { LoadFailure } from '../../data/load-error.js';
import { NamedEvent } from '../../context/element-event.js';

/** `comment-post` (cancelable): a reader sends a comment. Cancel it to send it yourself. */
export class CommentPostEvent extends NamedEvent<{ text: string; parent?: string; url: string }> {
  static override readonly type = 'comment-post';
}

/** `comment-posted`: the archive took the comment; `status` 202 means it awaits moderation. */
export class CommentPostedEvent extends NamedEvent<{ comment: Comment; status: number }> {
  static override readonly type = 'comment-posted';
}

/** `comment-failed`: the comment was not taken; the text stays in the box with the reason. */
export class CommentFailedEvent extends NamedEvent<{ reason: LoadFailure; status: number; message: string }> {
  static override readonly type = 'comment-failed';
}

declare global {
  interface HTMLElementEventMap {
    'comment-post': CommentPostEvent;
    'comment-posted': CommentPostedEvent;
    'comment-failed': CommentFailedEvent;
  }
}
